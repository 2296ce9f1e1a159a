package nl.gremium.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.tag.DocumentFamily;
import org.junit.jupiter.api.Test;

/** The family table stays one table: a family's recogniser scores only the kinds of that family. */
class FamilyRecognitionTest {
    private static final List<List<Block>> SAMPLES = List.of(
            List.of(Block.heading("Agenda", 1, 1, null), Block.paragraph("1. Opening", 1), Block.paragraph("2. Rondvraag", 1)),
            List.of(Block.paragraph("Motie: Meer bankjes", 1), Block.paragraph("De raad, in vergadering bijeen,", 1),
                    Block.paragraph("constaterende dat er weinig bankjes zijn;", 1), Block.paragraph("verzoekt het college", 1)),
            List.of(Block.paragraph("Geachte heer Jansen,", 1), Block.paragraph("Kenmerk: 2026/1", 1),
                    Block.paragraph("Met vriendelijke groet,", 1)),
            List.of(Block.heading("Besluitenlijst college 3 maart 2026", 1, 1, null), Block.paragraph("Het college heeft besloten.", 1)),
            List.of(Block.heading("1. Inleiding", 1, 1, "1"), Block.paragraph("De Inspectie beveelt aan te oefenen.", 1),
                    Block.paragraph("De Inspectie heeft onderzoek gedaan.", 1)));

    @Test
    void everyRecogniserScoresOnlyItsOwnKinds() {
        for (DocumentFamily family : DocumentFamily.values()) {
            for (List<Block> sample : SAMPLES) {
                KindScores scores = new KindScores();
                family.recogniser().score(DocumentEvidence.of(sample), scores);
                for (DocKind kind : scores.scores().keySet()) {
                    assertTrue(family.kinds().contains(kind), family + " scored " + kind);
                }
            }
        }
    }

    @Test
    void everyKindButOtherHasARecogniserThatCanScoreIt() {
        for (DocKind kind : DocKind.values()) {
            DocumentFamily family = DocumentFamily.of(kind);
            assertTrue(family.kinds().contains(kind), kind + " has no family");
            assertTrue(kind == DocKind.other || family.recogniser() != Recogniser.NONE, kind + " is never recognised");
        }
    }
}
