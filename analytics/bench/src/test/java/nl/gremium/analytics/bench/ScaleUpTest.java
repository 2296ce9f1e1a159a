package nl.gremium.analytics.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScaleUpTest {
    private static final Set<String> SUBJECTS = Set.of("stroomuitval", "continuïteit", "crisisorganisatie");

    @Test
    void eachCopyFollowsUpReportsOfItsOwnAndKeepsEveryOtherWord() {
        String text = "De Inspectie vraagt de regio om het rapport Continuïteit van de crisisorganisatie bij stroomuitval op te volgen.";
        assertEquals(text, ScaleUp.vary(text, 0, SUBJECTS), "copy 0 is the original");
        assertEquals("De Inspectie vraagt de regio om het rapport qbContinuïteit van de qbcrisisorganisatie bij qbstroomuitval op te volgen.",
                ScaleUp.vary(text, 1, SUBJECTS));
        assertNotEquals(ScaleUp.vary(text, 1, SUBJECTS), ScaleUp.vary(text, 27, SUBJECTS), "every copy its own tag");
    }
}
