package nl.gremium.text;

import java.util.List;

/**
 * Whitespace as the gold and every stage expect it: runs of spaces, tabs, line breaks and no-break spaces
 * become one space; printed lines join with a space, except that a line ending in a word and "-" followed by a
 * lower-case word joins without one, keeping the hyphen ("BDUR-" + "gelden" → "BDUR-gelden").
 */
public final class Whitespace {
    private Whitespace() {}

    /**
     * Runs of whitespace ({@code [\s\u00a0\u2007\u202f\u200b]+}) become one space, then the ends are
     * stripped. A hand-written scan rather than a regex replace: every stage calls this on every block and
     * sentence, and most texts need no change, which the scan returns without copying.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!space(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && space(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return (out == null ? text : out.toString()).strip();
    }

    /** {@code \s} of java.util.regex (ASCII) and the no-break, figure, narrow and zero-width spaces. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u200b';
    }

    /** Joins printed lines into one normalised text. */
    public static String joinLines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = normalize(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && !hyphenatedBreak(out, line)) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    /** True when the text so far ends in letter + "-" and the next line starts with a lower-case letter. */
    private static boolean hyphenatedBreak(CharSequence before, String next) {
        int n = before.length();
        return n >= 2 && before.charAt(n - 1) == '-' && Character.isLetter(before.charAt(n - 2))
                && Character.isLowerCase(next.codePointAt(0));
    }
}
