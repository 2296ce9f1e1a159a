package nl.gremium.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles {@code \bA|\bB|\bC} as {@code \b(?:A|B|C)}: the same matches, in the same order, with the same groups.
 * java.util.regex tests each alternative's own {@code \b} at every position of the text (a word test of the
 * characters on both sides each time), which made those tests the largest single cost of the taggers' long
 * alternations of words; written once before the alternatives, the boundary is tested once per position.
 * Neighbouring alternatives that begin so are joined ({@code \bA|\bB|C|\bD} as {@code \b(?:A|B)|C|\bD}); a regex
 * it cannot split with certainty ({@code \Q…\E} quoting, comments mode) is compiled as written.
 */
public final class LeadingBoundary {
    private static final String BOUNDARY = "\\b";
    /** An inline flag group that turns on comments mode, where "|" may sit in a comment. */
    private static final Pattern COMMENTS_ON = Pattern.compile("\\(\\?[a-zA-Z]*x");

    private LeadingBoundary() {}

    public static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return CaseFold.compile((flags & Pattern.COMMENTS) != 0 ? regex : factored(regex), flags);
    }

    /**
     * {@code regex} with each run of two or more top-level alternatives that begin with {@code \b} written as one
     * {@code \b(?:…|…)}, or as it is. Only neighbours are joined, so the alternatives are still tried in their order.
     */
    static String factored(String regex) {
        List<String> alternatives = topLevelAlternatives(regex);
        List<String> out = new ArrayList<>();
        boolean joined = false;
        for (int i = 0; i < alternatives.size(); ) {
            int end = i;
            while (end < alternatives.size() && boundaryFirst(alternatives.get(end))) {
                end++;
            }
            if (end - i >= 2) {
                StringBuilder run = new StringBuilder(BOUNDARY).append("(?:");
                for (int k = i; k < end; k++) {
                    run.append(k > i ? "|" : "").append(alternatives.get(k), BOUNDARY.length(), alternatives.get(k).length());
                }
                out.add(run.append(')').toString());
                joined = true;
                i = end;
            } else {
                out.add(alternatives.get(i++));
            }
        }
        return joined ? String.join("|", out) : regex;
    }

    /** Begins with a word boundary; "\b{g}" is a grapheme boundary, not a word boundary followed by text. */
    private static boolean boundaryFirst(String alternative) {
        return alternative.startsWith(BOUNDARY) && !alternative.startsWith(BOUNDARY + "{");
    }

    /** The alternatives of the outermost level, or an empty list when the regex cannot be split with certainty. */
    private static List<String> topLevelAlternatives(String regex) {
        if (regex.contains("\\Q") || COMMENTS_ON.matcher(regex).find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int groups = 0;
        int classes = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // the escaped character is a literal or a class name, never structure
            } else if (classes > 0) {
                classes += c == '[' ? 1 : c == ']' ? -1 : 0; // Java classes nest ("[a-z&&[^b]]")
            } else if (c == '[') {
                // "[]…" and "[^]…" are read differently by different engines: do not guess
                if (regex.startsWith("[]", i) || regex.startsWith("[^]", i)) {
                    return List.of();
                }
                classes = 1;
            } else if (c == '(') {
                groups++;
            } else if (c == ')') {
                groups--;
            } else if (c == '|' && groups == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        if (groups != 0 || classes != 0) {
            return List.of();
        }
        out.add(regex.substring(start));
        return out;
    }
}
