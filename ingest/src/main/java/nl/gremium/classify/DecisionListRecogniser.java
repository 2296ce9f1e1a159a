package nl.gremium.classify;

import static nl.gremium.model.DocKind.decision_list;

import java.util.List;

/** Decision lists of councils, boards, GS and colleges: a title, decision phrases, an outcome per item. */
public final class DecisionListRecogniser implements Recogniser {
    static final List<Cue> CUES = List.of(
            Cue.once(decision_list, Zone.TITLE, 7, Cues.DECISIONS_TITLE, "title Besluitenlijst"),
            Cue.per(decision_list, Zone.ALL, 2, 2, "heeft besloten|besluit(?:en)? (?:om|tot|conform)|stemt in met|^besluit$|^besluit:",
                    "decision phrases").needing("heeft besloten", "besluit", "stemt in met"),
            // a column of outcomes: lines (table rows) that end in the verdict
            Cue.per(decision_list, Zone.ITEMS, 3, 2, "\\s(?:aangenomen|verworpen|conform(?:\\s+voorstel)?|aangehouden|ingetrokken"
                    + "|vastgesteld|hamerstuk)$", "outcome per item")
                    .needing("aangenomen", "verworpen", "conform", "aangehouden", "ingetrokken", "vastgesteld", "hamerstuk"));

    @Override
    public void score(DocumentEvidence doc, KindScores scores) {
        CUES.forEach(c -> scores.apply(c, doc));
        // "Besluitenlijst van de vergadering … gehouden op 26 juni": the meeting held is the decision list's as much as
        // minutes', so the date line under (or in) a decision-list title does not tip the list into minutes
        scores.addIf(doc.any(Zone.TITLE, Cues.DECISIONS_TITLE) && doc.any(Zone.TITLE, Cues.HELD_ON), decision_list, 4,
                "meeting held on, under a decision-list title");
    }
}
