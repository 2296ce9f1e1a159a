package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.nlp.JudgeFixtures;
import nl.gremium.nlp.JudgeLabel;
import nl.gremium.nlp.JudgeTrainer;
import nl.gremium.nlp.SourceText;
import org.junit.jupiter.api.Test;

class JudgedCandidatesTest {
    /** A real model, trained on our own fixture sentences. */
    private static final LearnedJudge JUDGE = new LearnedJudge(JudgeTrainer.model(JudgeFixtures.examples()));

    private static final String HABIT = "Het college verleent al jaren subsidie aan de muziekschool.";
    private static final String AGREED = "Het dagelijks bestuur besluit de subsidieaanvraag van de stichting toe te kennen.";
    /** The rules read "Provinciale Staten besluiten …" now; the bare "Staten" is still a subject they do not know. */
    private static final String MISSED = "Staten besluiten de omgevingsverordening vast te stellen.";

    private static final LogicalDocument MINUTES = Docs.of(DocKind.minutes, List.of(
            h(null, "Muziekschool", 1), p(HABIT),
            h(null, "Subsidie stichting", 1), p(AGREED),
            h(null, "Omgevingsverordening", 1), p(MISSED)), List.of());

    private static TagDraft ruled(DocumentView view) {
        TagDraft draft = new TagDraft(MINUTES.id());
        new DecisionTagger().tag(view, draft);
        new ActionTagger().tag(view, draft);
        return draft;
    }

    private static List<String> texts(TagDraft draft) {
        return draft.decisions.stream().map(Decision::text).toList();
    }

    @Test
    void rulesModeLeavesTheRecordsAsTheRulesMadeThem() {
        DocumentView view = new DocumentView(MINUTES);
        TagDraft draft = ruled(view);
        List<Decision> before = List.copyOf(draft.decisions);
        assertEquals(List.of(HABIT, AGREED), texts(draft), "precondition: the rules take the habit for a decision");
        new JudgedCandidates(JUDGE, JudgedCandidates.Mode.rules).tag(view, draft);
        assertEquals(before, draft.decisions);
    }

    @Test
    void modelModeDropsWhatTheModelRejectsAndAddsWhatTheRulesMissed() {
        DocumentView view = new DocumentView(MINUTES);
        TagDraft draft = ruled(view);
        new JudgedCandidates(JUDGE, JudgedCandidates.Mode.model).tag(view, draft);
        assertEquals(List.of(AGREED, MISSED), texts(draft));
        // the added decision gets a fresh id after the ones in use, and the page and date of its sentence
        assertEquals(List.of("abcdef0123456789-01#d2", "abcdef0123456789-01#d3"),
                draft.decisions.stream().map(Decision::id).toList());
        assertEquals(MINUTES.metadata().date(), draft.decisions.get(1).date());
    }

    @Test
    void decisionsAreNotAddedWhereTheDecisionTaggerDoesNotLook() {
        LogicalDocument agenda = Docs.of(DocKind.agenda, List.of(p(MISSED)), List.of());
        DocumentView view = new DocumentView(agenda);
        TagDraft draft = new TagDraft(agenda.id());
        new JudgedCandidates(JUDGE, JudgedCandidates.Mode.model).tag(view, draft);
        assertTrue(draft.decisions.isEmpty());
    }

    @Test
    void theModeComesFromTheSystemProperty() {
        String old = System.getProperty(JudgedCandidates.PROPERTY);
        try {
            System.setProperty(JudgedCandidates.PROPERTY, "Both");
            assertEquals(JudgedCandidates.Mode.both, JudgedCandidates.configuredMode());
            System.clearProperty(JudgedCandidates.PROPERTY);
            assertEquals(JudgedCandidates.DEFAULT, JudgedCandidates.configuredMode());
            System.setProperty(JudgedCandidates.PROPERTY, "sometimes");
            assertThrows(IllegalArgumentException.class, JudgedCandidates::configuredMode);
        } finally {
            if (old == null) {
                System.clearProperty(JudgedCandidates.PROPERTY);
            } else {
                System.setProperty(JudgedCandidates.PROPERTY, old);
            }
        }
    }

    @Test
    void theRuleJudgeReadsTheTaggersRules() {
        RuleJudge rules = new RuleJudge();
        assertEquals(new RoleJudge.Judgement(JudgeLabel.decision, 0.9),
                rules.judge("Het algemeen bestuur besluit de begroting 2027 vast te stellen.", SourceText.Kind.sentence));
        assertEquals(JudgeLabel.proposed_decision,
                rules.judge("Voorgesteld wordt de begroting 2027 vast te stellen.", SourceText.Kind.sentence).label());
        assertEquals(JudgeLabel.action,
                rules.judge("De secretaris zal het verslag voor de volgende vergadering rondsturen.",
                        SourceText.Kind.sentence).label());
        assertEquals(JudgeLabel.decision, rules.judge("4 | Jaarrekening 2025 | aangenomen", SourceText.Kind.row).label());
        assertEquals(JudgeLabel.other, rules.judge("De regio telt acht gemeenten.", SourceText.Kind.sentence).label());
    }
}
