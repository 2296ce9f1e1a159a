package nl.gremium.tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.model.Recommendation;
import nl.gremium.text.CaseFold;

/**
 * A letter's recommendations that name no addressee of their own are for whom the letter is: an accountant's
 * management letter "Aan het college van burgemeester en wethouders van de gemeente X" recommends to the college.
 */
final class LetterAddressee implements Tagger {
    /** The addressee line of a letterhead: "Aan het college van …", "Aan: de leden van het algemeen bestuur". */
    private static final Pattern TO = CaseFold.compile("^aan\\s*:?\\s+(?<who>.+)$", Pattern.CASE_INSENSITIVE);
    /** Where a letterhead ends at the latest. */
    private static final int HEAD = 10;

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        if (draft.recommendations.stream().noneMatch(r -> r.addressee() == null)) {
            return;
        }
        String to = addressee(view);
        if (to == null) {
            return;
        }
        draft.recommendations.replaceAll(r -> r.addressee() != null ? r : new Recommendation(r.id(), r.text(), r.number(),
                r.issuer(), to, r.reportTitle(), r.date(), r.theme(), r.page(), r.due(), r.dueText()));
    }

    private static String addressee(DocumentView view) {
        for (int b = 0; b < Math.min(HEAD, view.blocks.size()); b++) {
            if (view.is(b, BlockType.TABLE)) {
                continue;
            }
            Matcher m = TO.matcher(view.text(b));
            if (m.matches()) {
                return Addressees.leading(m.group("who"));
            }
        }
        return null;
    }
}
