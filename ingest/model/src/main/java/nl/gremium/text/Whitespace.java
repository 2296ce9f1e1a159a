package nl.gremium.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whitespace as the gold and every stage expect it: runs of spaces, tabs, line breaks and no-break spaces
 * become one space; printed lines join with a space, except that a line ending in a word and "-" followed by a
 * lower-case word joins without one, keeping the hyphen ("BDUR-" + "gelden" → "BDUR-gelden").
 */
public final class Whitespace {
    private static final Pattern RUNS = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u200b]+");

    private Whitespace() {}

    public static String normalize(String text) {
        return text == null ? "" : RUNS.matcher(text).replaceAll(" ").strip();
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
