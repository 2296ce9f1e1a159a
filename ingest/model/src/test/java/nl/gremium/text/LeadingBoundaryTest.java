package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingBoundaryTest {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void writesTheBoundaryOnceWhenEveryAlternativeBeginsWithIt() {
        assertEquals("\\b(?:zal|gaan\\b.*\\bvoor\\b|(?:wij|we)\\s+nemen)",
                LeadingBoundary.factored("\\bzal|\\bgaan\\b.*\\bvoor\\b|\\b(?:wij|we)\\s+nemen"));
        assertEquals("\\b(?:(?<!\\bte\\s)(?:gaat|ga)|[a|b](x|y))",
                LeadingBoundary.factored("\\b(?<!\\bte\\s)(?:gaat|ga)|\\b[a|b](x|y)"));
    }

    @Test
    void leavesEveryOtherRegexAsWritten() {
        for (String r : List.of("\\bzal|gaan", "zal|\\bgaan", "\\bzal", "\\b(?:zal|gaan)", "\\bzal\\|\\bgaan", "\\b{g}a|\\bb",
                "\\\\bzal|\\bgaan", "\\bx\\Q|\\E|\\by", "(?x)\\ba # c|d\n|\\bb", "\\b[]|]|\\bb", "\\b(a|\\bb")) {
            assertEquals(r, LeadingBoundary.factored(r), r);
        }
        assertEquals("\\b(?:[a-z&&[^|]]x|b)", LeadingBoundary.factored("\\b[a-z&&[^|]]x|\\bb"));
        assertEquals("\\b(?:a|b)|c|\\bd|e|\\b(?:f|g)", LeadingBoundary.factored("\\ba|\\bb|c|\\bd|e|\\bf|\\bg"));
    }

    /** Every find of every regex, on random texts with the characters word tests and case folding treat apart. */
    @Test
    void findsWhatThePlainPatternFinds() {
        List<String> regexes = List.of(
                "\\b(?:zal|zullen)\\b(?!\\s+(?:zijn|hebben)\\b)|\\b(?<!\\bte\\s)(?:gaat|ga)\\b(?=.*\\b\\p{L}+en\\b)|\\bkom(?:t|en)\\b.*\\bmet\\b",
                "\\b(?<v>wordt|worden)\\b(?:\\s+[^\\s,;:]+){0,3}?\\s+ge\\p{L}+d\\b|\\bis\\s+(k)\\2?\\b|\\b_\\d+",
                "\\bé[eë]n\\b|\\bſa\\b|\\b\u212Aom\\b|\\bı\\b|\\b\\d{1,2}\\s+\\p{L}+|\\b(?i:ZAL)\\b",
                "\\bte\\b|\\b\\B|\\b(?=a)|\\b",
                "\\bzal\\s+(\\p{L}+)|gaat|\\bte\\b|\\b(?:ga|een)\\b|\\B(k)|\\bkom\\b|\\b\\d");
        String alphabet = "aeklmnostzgdwijrAEKZ _-.,;:\n0123456789éëſ\u212AıİÉ\u0301\u00a0";
        Random random = new Random(20261204);
        for (String r : regexes) {
            for (int flags : new int[] {0, I}) {
                Pattern plain = CaseFold.compile(r, flags); // the folding is CaseFold's (CaseFoldTest); this is the factoring
                Pattern once = LeadingBoundary.compile(r, flags);
                for (int n = 0; n < 20_000; n++) {
                    StringBuilder text = new StringBuilder();
                    int length = random.nextInt(24);
                    for (int i = 0; i < length; i++) {
                        text.append(random.nextInt(4) == 0 ? pick(random, List.of("zal ", "gaat ", "te ", "komen ", "met ",
                                "wordt ", "gedeeld", "is kk ", "één ", "ſa ", "\u212Aom ", "ZAL")) : alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    assertEquals(finds(plain, text.toString()), finds(once, text.toString()), r + " on \"" + text + "\"");
                }
            }
        }
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static List<String> finds(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            StringBuilder groups = new StringBuilder();
            for (int g = 0; g <= m.groupCount(); g++) {
                groups.append(m.start(g)).append(',').append(m.end(g)).append(';');
            }
            out.add(groups.toString());
        }
        return out;
    }
}
