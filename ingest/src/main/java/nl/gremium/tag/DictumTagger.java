package nl.gremium.tag;

import java.util.regex.Pattern;
import nl.gremium.model.Decision;
import nl.gremium.text.CaseFold;

/**
 * Proposals (raadsvoorstel, collegevoorstel, GS-nota): the dictum's clauses are decisions, one per clause,
 * when the document records that they were taken: the clerk's adoption stamp ("Aldus besloten in de openbare
 * raadsvergadering van …"), or the writer's own executive deciding ("Het college besluit:") where nothing
 * frames it as a proposal. Otherwise the clauses are proposals and tagged as nothing. A stamp that rejects,
 * withdraws or holds the proposal makes the proposal itself one decision with that outcome. A decided clause
 * that orders someone ("het college op te dragen …", "de burgemeester te verzoeken …", "X te mandateren …") is
 * also an action of that party ({@link DictumActionTagger}). Outcome stays null for the document's own dictum; the stamp as printed is
 * kept in {@code outcomeText}.
 */
final class DictumTagger implements Tagger {
    private static final Pattern TITLE = CaseFold.compile(
            "^(?:(?:tweede\\s+)?(?:gewijzigd|geamendeerd)\\s+)?(?:initiatief|raads|college)?voorstel\\s+(?:van|tot|inzake)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        OutcomeStamp stamp = OutcomeStamp.find(view, false);
        IdSequence ids = draft.ids('d');
        if (stamp != null && !stamp.adopted()) {
            String title = title(view);
            if (title != null) {
                draft.decisions.add(new Decision(ids.next(), title, null, null, body(view), view.date(), null,
                        stamp.outcome(), view.block(stamp.block()).page(), stamp.text()));
            }
            return;
        }
        Dictum dictum = Dictum.last(view, stamp == null ? -1 : stamp.block());
        if (dictum == null || stamp == null && (!dictum.own() || dictum.proposed())) {
            return;
        }
        for (Clauses.Clause c : dictum.clauses(view)) {
            // the body's adoption stamp ("Aldus besloten in de openbare raadsvergadering …") is the printed outcome
            draft.decisions.add(new Decision(ids.next(), c.text(), null, null, body(view), view.date(), null,
                    stamp == null ? null : stamp.outcome(), c.page(), stamp == null ? null : stamp.text()));
        }
    }

    /** The proposal's own title line ("Voorstel van het college inzake …"), else the document's title. */
    private static String title(DocumentView view) {
        for (int b = 0; b < view.blocks.size(); b++) {
            String t = view.text(b);
            if (TITLE.matcher(t).find() && t.split("\\s+").length <= 40) {
                return t;
            }
        }
        return view.doc.title();
    }

    private static String body(DocumentView view) {
        return view.doc.metadata() == null ? null : view.doc.metadata().body();
    }
}
