package nl.gremium.text;

import java.util.List;

/**
 * Cheap tests run before a costly regex: one whose every match holds a digit, or one of a few literal words,
 * need not scan a text without them. The tests are necessary conditions only (a text that passes still goes
 * to the regex), so what the regex finds never changes; they only spare re-analysis most of its regex time.
 */
public final class RegexGuard {
    private RegexGuard() {}

    /** Whether the text has a digit as {@code \d} means it (ASCII 0–9, the regex default). */
    public static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The text folded char by char the way a {@code CASE_INSENSITIVE | UNICODE_CASE} regex compares a char with
     * a literal (lower case of upper case, so "ſ" folds to "s"): same length, and every lower-case literal a
     * match of such a regex spells is a substring of the folded text.
     */
    public static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 128 ? c : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(out);
    }

    /**
     * Whether the folded text ({@link #fold} of {@code text}) holds one of the lower-case words as a whole word: no
     * ASCII letter or digit of {@code text} right before or after it. That is what {@code \\bword\\b} needs on
     * every Java: {@code \\b} counts ASCII letters and digits as word characters whether it follows Unicode
     * (Java 17) or ASCII (Java 19 and later) rules. A word written with a final "*" only needs to start a word
     * ({@code \\binterruptie} matches "interrupties").
     */
    public static boolean hasWord(String text, String folded, List<String> words) {
        for (String word : words) {
            boolean prefix = word.endsWith("*");
            String w = prefix ? word.substring(0, word.length() - 1) : word;
            for (int i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
                if (!asciiWordChar(text, i - 1) && (prefix || !asciiWordChar(text, i + w.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean asciiWordChar(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Whether the folded text ({@link #fold}) contains one of the lower-case literals. */
    public static boolean containsAny(String folded, List<String> literals) {
        for (String l : literals) {
            if (folded.contains(l)) {
                return true;
            }
        }
        return false;
    }
}
