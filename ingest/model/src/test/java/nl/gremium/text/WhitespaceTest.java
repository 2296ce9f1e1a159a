package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhitespaceTest {
    /** The rule as a regex, the way it was first written: the scan must agree with it on any text. */
    private static final Pattern RUNS = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u200b]+");

    @Test
    void collapsesRunsAndStripsEnds() {
        assertEquals("Het bestuur besluit", Whitespace.normalize("  Het\u00a0 bestuur\n\t besluit \u200b"));
        assertEquals("", Whitespace.normalize(null));
        assertEquals("", Whitespace.normalize(" \u202f "));
        assertEquals("a\u2003b", Whitespace.normalize("a\u2003b"), "an em space inside is not in the set");
        assertEquals("a b", Whitespace.normalize("\u2003a b\u2003"), "but strip() removes it at the ends");
    }

    @Test
    void returnsTheSameStringWhenNothingChanges() {
        String clean = "Besluit: de jaarrekening 2024 wordt vastgesteld.";
        assertSame(clean, Whitespace.normalize(clean));
    }

    @Test
    void agreesWithTheRegexOnRandomText() {
        List<Character> alphabet = List.of('a', 'B', '1', '-', ' ', '\t', '\n', '\r', '\f', (char) 0x0B, '\u00a0',
                '\u2007', '\u202f', '\u200b', '\u2003', '\u3000', 'é');
        Random rnd = new Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(12); i > 0; i--) {
                sb.append(alphabet.get(rnd.nextInt(alphabet.size())));
            }
            String s = sb.toString();
            assertEquals(RUNS.matcher(s).replaceAll(" ").strip(), Whitespace.normalize(s), () -> "on [" + s + "]");
        }
    }

    @Test
    void joinsHyphenatedLines() {
        assertEquals("BDUR-gelden en meer", Whitespace.joinLines(List.of("BDUR-", " gelden", "", "en  meer")));
    }
}
