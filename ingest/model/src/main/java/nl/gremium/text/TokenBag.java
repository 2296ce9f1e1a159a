package nl.gremium.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word counts of a text and their overlap, the one way texts are compared by their words: evaluation
 * (the gold sets' own rule: NFKD, ASCII, lower case, runs of [a-z0-9] of two or more characters, F1 of
 * the counts), linking a motion to the vote that records it, carrying a status to a reworded record.
 */
public final class TokenBag {
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    private TokenBag() {}

    /** Token counts of {@code s}; null is empty. */
    public static Map<String, Integer> of(String s) {
        String folded = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "")
                .toLowerCase(Locale.ROOT);
        Map<String, Integer> out = new HashMap<>();
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) {
            if (m.group().length() > 1) {
                out.merge(m.group(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** F1 of the shared counts: 1 for the same words, 0 for none in common. */
    public static double f1(Map<String, Integer> a, Map<String, Integer> b) {
        int inter = shared(a, b);
        if (inter == 0) {
            return 0;
        }
        double p = (double) inter / size(a);
        double r = (double) inter / size(b);
        return 2 * p * r / (p + r);
    }

    public static double f1(String a, String b) {
        return f1(of(a), of(b));
    }

    /** Share of the smaller text's words that the other has too (a reworded text still "contains" the old). */
    public static double containment(String a, String b) {
        Map<String, Integer> x = of(a);
        Map<String, Integer> y = of(b);
        int smaller = Math.min(x.size(), y.size());
        return smaller == 0 ? 0 : (double) x.keySet().stream().filter(y::containsKey).count() / smaller;
    }

    private static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        int inter = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            inter += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return inter;
    }

    private static int size(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }
}
