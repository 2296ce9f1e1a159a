package nl.gremium.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetadataEvaluationTest {
    @Test
    void aBodyMatchesWithoutTheNoteInBracketsTheAddresseeOrASpelledOutAcronym() {
        assertTrue(MetadataEvaluation.sameBody("Minister van OCW (namens deze: de directeur Voortgezet Onderwijs)",
                "Minister van Onderwijs, Cultuur en Wetenschap"));
        assertTrue(MetadataEvaluation.sameBody("Gedeputeerde Staten aan Provinciale Staten", "Gedeputeerde Staten"));
        assertTrue(MetadataEvaluation.sameBody("Gemeenteraad (voorstel van het college)", "gemeenteraad"));
        assertFalse(MetadataEvaluation.sameBody("Gedeputeerde Staten aan Provinciale Staten", "Provinciale Staten"));
        assertFalse(MetadataEvaluation.sameBody("Minister van OCW", "Minister van Financiën"));
        assertFalse(MetadataEvaluation.sameBody("Gemeenteraad", null));
    }
}
