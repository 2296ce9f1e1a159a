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
     * sentence. A text that needs no change is returned without copying; one that does (a stored block keeps its
     * printed line breaks) is compacted in one char array rather than appended to a builder char by char.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        int first = 0;
        while (first < n && !needsChange(text, first)) {
            first++;
        }
        if (first == n) {
            return text.strip();
        }
        char[] out = text.toCharArray();
        int w = first;
        boolean inRun = false;
        for (int r = first; r < n; r++) {
            char c = out[r];
            if (space(c)) {
                if (!inRun) {
                    out[w++] = ' ';
                    inRun = true;
                }
            } else {
                out[w++] = c;
                inRun = false;
            }
        }
        return new String(out, 0, w).strip();
    }

    /** A space character other than a single ' ': where the copy has to start. */
    private static boolean needsChange(String text, int i) {
        char c = text.charAt(i);
        return c == ' ' ? i + 1 < text.length() && space(text.charAt(i + 1)) : space(c);
    }

    /** {@code \s} of java.util.regex (ASCII) and the no-break, figure, narrow and zero-width spaces. */
    private static boolean space(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        }
        return c >= '\u00a0' && (c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u200b');
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
