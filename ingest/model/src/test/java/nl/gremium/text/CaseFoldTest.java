package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CaseFoldTest {
    private static final int UNICODE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void anAsciiRegexFoldsTheAsciiWay() {
        Pattern p = CaseFold.compile("\\bstelt\\s+(?:de|het)\\s+\\p{L}+\\s+vast\\b", UNICODE);
        assertEquals(Pattern.CASE_INSENSITIVE, p.flags());
        assertTrue(p.matcher("Het AB STELT de Programmabegroting vast.").find());
        assertEquals("(?i)^aanwezig\\b", CaseFold.compile("(?iu)^aanwezig\\b").pattern());
        assertEquals("(?i)^aanwezig\\b", CaseFold.compile("(?ui)^aanwezig\\b").pattern());
    }

    @Test
    void aRegexWithOtherLettersKeepsUnicodeFolding() {
        Pattern p = CaseFold.compile("\\bfinanciële\\s+gevolgen\\b", UNICODE);
        assertEquals(UNICODE, p.flags());
        assertTrue(p.matcher("FINANCIËLE GEVOLGEN").find(), "Ë folds to ë only with Unicode folding");
        assertEquals("(?iu)één", CaseFold.compile("(?iu)één").pattern());
        assertEquals(UNICODE, CaseFold.compile("\\u00e9\\u00e9n", UNICODE).flags(), "an escape names a letter");
        assertEquals(UNICODE, CaseFold.compile("\\x{e9}", UNICODE).flags());
    }

    @Test
    void matchesAsUnicodeFoldingDoesOnDutchText() {
        List<String> regexes = List.of("\\b(?:besluit|besluiten)\\b", "^[a-z]+\\s*:", "[^a-z0-9 ]", "\\bIJssel\\w*",
                "(?<!\\p{L})ex\\b");
        List<String> texts = List.of("Het college BESLUIT: één voorstel", "IJsselmeer en Ĳssel", "Ëxtra: ex ÉX",
                "Cliënten, overeenkomst en coördinatie", "Besluiten – ‘afgedaan’");
        for (String regex : regexes) {
            Pattern ascii = CaseFold.compile(regex, UNICODE);
            Pattern unicode = Pattern.compile(regex, UNICODE);
            assertFalse((ascii.flags() & Pattern.UNICODE_CASE) != 0);
            for (String text : texts) {
                assertEquals(unicode.matcher(text).results().map(r -> r.start() + ":" + r.group()).toList(),
                        ascii.matcher(text).results().map(r -> r.start() + ":" + r.group()).toList(), regex + " on " + text);
            }
        }
    }
}
