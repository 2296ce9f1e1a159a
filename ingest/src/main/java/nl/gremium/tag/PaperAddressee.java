package nl.gremium.tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.text.CaseFold;

/**
 * Recommendations that name no addressee of their own (a table of findings and recommendations, a list without a
 * sub-heading) are for the body the paper says they are for: "De aanbevelingen zijn gericht aan het college", "Alle
 * aanbevelingen richten zich tot het dagelijks bestuur"; in a letter that says nothing of the kind, for whom the letter
 * is (an accountant's management letter "Aan het college van burgemeester en wethouders van de gemeente X"), also where
 * a recommendation speaks to "u".
 */
final class PaperAddressee implements Tagger {
    private static final Pattern STATED = CaseFold.compile("\\b(?:de|alle|onze|deze|bovenstaande|onderstaande)\\s+aanbevelingen\\s+"
            + "(?:(?:zijn|worden)\\s+(?:\\p{L}+\\s+)?(?:gericht|gedaan|bedoeld)|richten\\s+zich)\\s+(?:aan|tot|voor)\\s+(?<rest>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final boolean letter;

    /** @param letter the paper is a letter: its address block names whom it is for */
    PaperAddressee(boolean letter) {
        this.letter = letter;
    }

    /** A letter's "u" ("Wij adviseren u om …", "uw raad") is whom the letter is for. */
    private static final Pattern YOU = CaseFold.compile("(?iu)^(?:u|uw\\s+(?:raad|college|staten|bestuur))$");

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        if (draft.recommendations.stream().noneMatch(r -> unresolved(r.addressee()))) {
            return;
        }
        String to = stated(view);
        if (to == null && letter) {
            String sender = view.doc.metadata() == null ? null : view.doc.metadata().organisation();
            to = AddressBlock.addressee(view.blocks, sender).map(Addressees::leading).orElse(null);
        }
        if (to != null) {
            String addressee = to;
            draft.recommendations.replaceAll(r -> unresolved(r.addressee()) ? r.withAddressee(addressee) : r);
        }
    }

    /** No addressee, or in a letter only "u". */
    private boolean unresolved(String addressee) {
        return addressee == null || letter && YOU.matcher(addressee.strip()).matches();
    }

    /** The body the first sentence stating whom the recommendations are for names, or null. */
    private static String stated(DocumentView view) {
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.block(b).is(BlockType.TABLE)) {
                continue;
            }
            for (DocumentView.Sentence s : view.sentences(b)) {
                Matcher m = STATED.matcher(s.text());
                if (m.find()) {
                    String to = Addressees.leading(m.group("rest"));
                    if (to != null) {
                        return to;
                    }
                }
            }
        }
        return null;
    }
}
