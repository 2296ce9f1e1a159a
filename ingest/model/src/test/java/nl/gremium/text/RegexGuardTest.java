package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexGuardTest {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void everyCharACaseInsensitiveRegexTakesForALetterFoldsToThatLetter() {
        for (char l = 'a'; l <= 'z'; l++) {
            Pattern p = Pattern.compile(String.valueOf(l), I);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                String s = String.valueOf((char) c);
                if (p.matcher(s).matches()) {
                    assertEquals(String.valueOf(l), RegexGuard.fold(s), "char U+" + Integer.toHexString(c));
                }
            }
        }
    }

    @Test
    void foldingKeepsTheLengthSoOffsetsStay() {
        assertEquals("wij zullen s", RegexGuard.fold("Wij ZULLEN ſ"));
        assertEquals("zal i", RegexGuard.fold("Zal İ")); // String.toLowerCase would make "i̇", one char longer
    }

    @Test
    void aDigitIsWhatBackslashDMeans() {
        Pattern d = Pattern.compile("\\d");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            assertEquals(d.matcher(s).matches(), RegexGuard.hasDigit(s), "char U+" + Integer.toHexString(c));
        }
        assertTrue(RegexGuard.hasDigit("€ 2,5 miljoen"));
        assertFalse(RegexGuard.hasDigit("twee miljoen euro"));
    }

    @Test
    void aWholeWordMatchIsNeverMissedWhateverSurroundsIt() {
        // letters, case variants, the chars that fold into ASCII (ſ, ı, İ, Kelvin sign), accents, a combining mark,
        // underscore, digit and punctuation around "zal", "ik" and "als"
        char[] alphabet = "zalZALikIKs ſıİ\u212Aé\u0301_1.-".toCharArray();
        Pattern p = Pattern.compile("\\b(?:zal|ik)\\b|(?<=\\s)als(?=\\s)", I);
        List<String> words = List.of("zal", "ik", "als");
        Random random = new Random(42);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            char[] t = new char[1 + random.nextInt(7)];
            for (int i = 0; i < t.length; i++) {
                t[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(t);
            if (p.matcher(text).find()) {
                matched++;
                assertTrue(RegexGuard.hasWord(text, RegexGuard.fold(text), words), text);
            }
        }
        assertTrue(matched > 1000, "the sample exercises the regex: " + matched);
        assertFalse(RegexGuard.hasWord("Zalm", RegexGuard.fold("Zalm"), words));
        assertTrue(RegexGuard.hasWord("Wij ZAL.", RegexGuard.fold("Wij ZAL."), words));
    }

    @Test
    void aGuardedPatternFindsWhatItsRegexFinds() {
        GuardedPattern g = GuardedPattern.of("\\bzal\\b|\\binterruptie", I, "zal", "interruptie*");
        for (String text : List.of("Hij ZAL komen", "zalm", "De interrupties", "geen interruptie", "Niets", "ZAL")) {
            assertEquals(g.pattern().matcher(text).find(), g.find(text, RegexGuard.fold(text)), text);
        }
    }

    @Test
    void literalsAreFoundInTheFoldedText() {
        assertTrue(RegexGuard.containsAny(RegexGuard.fold("De Raad ZAL besluiten"), List.of("zullen", "zal")));
        assertFalse(RegexGuard.containsAny(RegexGuard.fold("De raad besluit"), List.of("zullen", "zal")));
    }
}
