package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockTextTest {
    @Test
    void countsWordsAsTheNormalFormSplitsThem() {
        assertEquals(0, BlockText.words(" \n\u00a0"));
        assertEquals(3, BlockText.words("  Het\nbestuur\u00a0 besluit "));
        String alphabet = "ab1-. \t\n\u00a0\u2003\u200b";
        Random random = new Random(5);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = Whitespace.normalize(text.toString());
            assertEquals(t.isEmpty() ? 0 : t.split(" ").length, BlockText.words(text.toString()), "\"" + text + "\"");
        }
    }

    /** A long block text asked for again is normalised once: the same normal form comes back. */
    @Test
    void aLongTextIsNormalisedOnce() {
        String block = "Het algemeen bestuur stelt de begroting 2026 vast\nen neemt kennis van de\nzienswijzen.";
        String first = BlockText.normalise(block);
        assertEquals("Het algemeen bestuur stelt de begroting 2026 vast en neemt kennis van de zienswijzen.", first);
        assertSame(first, BlockText.normalise(block));
        String equalElsewhere = new String(block.toCharArray());
        assertEquals(first, BlockText.normalise(equalElsewhere));
    }
}
