package nl.gremium.analytics.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ScaleUpTest {
    @Test
    void eachCopyHasItsOwnVocabularyButKeepsNamesAndNumbers() {
        String text = "De Inspectie JenV vraagt Vechtland om de continuïteitsplannen vóór 2026 te actualiseren.";
        assertEquals(text, ScaleUp.vary(text, 0), "copy 0 is the original");
        assertEquals("De Inspectie JenV qbvraagt Vechtland om de qbcontinuïteitsplannen vóór 2026 te qbactualiseren.",
                ScaleUp.vary(text, 1));
        assertNotEquals(ScaleUp.vary(text, 1), ScaleUp.vary(text, 27), "every copy its own tag");
        assertEquals(ScaleUp.vary("stroomuitval", 3), ScaleUp.vary("stroomuitval", 3), "the same in all fields of a copy");
    }
}
