package nl.gremium.tag;

import java.util.List;
import java.util.regex.Pattern;
import nl.gremium.model.Decision;
import nl.gremium.text.CaseFold;

/**
 * Proposals (raadsvoorstel, collegevoorstel, GS-nota): the dictum's clauses are decisions, one per clause,
 * when the document records that they were taken: the clerk's adoption stamp ("Aldus besloten in de openbare
 * raadsvergadering van …"), or the writer's own executive deciding ("Het college besluit:") where nothing
 * frames it as a proposal, or the board's dated record that it decided as proposed ("heeft in zijn vergadering van …
 * besloten overeenkomstig het voorstel"), which adopts the clauses the proposal put forward ("stelt … voor: 1. … 2. …").
 * Otherwise the clauses are proposals and tagged as nothing. A stamp that rejects,
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
        if (stamp != null && stamp.asProposed()) {
            // "heeft … besloten overeenkomstig het voorstel": the clauses the proposal put forward are what was decided
            List<Clauses.Clause> proposed = proposedClauses(view, stamp.block());
            for (Clauses.Clause c : proposed) {
                draft.decisions.add(new Decision(ids.next(), c.text(), null, null, body(view), view.date(), null,
                        stamp.outcome(), c.page(), stamp.text()));
            }
            if (!proposed.isEmpty()) {
                return;
            }
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

    /** The clauses under the last proposing introduction before {@code before} ("Het dagelijks bestuur stelt het algemeen bestuur voor:"). */
    private static List<Clauses.Clause> proposedClauses(DocumentView view, int before) {
        for (int b = before - 1; b >= 0; b--) {
            String t = view.text(b);
            // an introduction that puts clauses forward: "… stelt het algemeen bestuur voor:", "Voorgesteld besluit:", "Beslispunten"
            if (DecisionTagger.proposes(t) && (t.endsWith(":") || t.split("\\s+").length <= 2)) {
                return Clauses.read(view, b, null, b + 1).stream().filter(c -> c.block() < before).toList();
            }
        }
        return List.of();
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
