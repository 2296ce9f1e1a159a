package nl.gremium.meta;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gremium.text.Folding;
import nl.gremium.text.WordList;

/**
 * The Dutch provinces and municipalities ({@code places.txt}), looked up by their folded names: "denhaag",
 * "gemeentedenhaag" and "Den Haag" all find "Gemeente Den Haag". A bare name is the municipality's when a
 * province has it too (Groningen, Utrecht).
 */
final class Places {
    private static final Map<String, String> BY_KEY = index(WordList.read(Places.class, "places.txt"));

    private Places() {}

    /** The organisation a folded label names ("zwolle", "gemeentezwolle", "provincieoverijssel", "overijssel"). */
    static Optional<String> byLabel(String label) {
        return Optional.ofNullable(BY_KEY.get(key(label)));
    }

    /** "provincie" or "gemeente" with a written name ("Overijssel", "Den Haag"), when that place exists. */
    static Optional<String> named(String kind, String name) {
        return byLabel(kind + name).filter(org -> org.regionMatches(true, 0, kind, 0, kind.length()));
    }

    /** The longest leading run of the written words that is a known place ("Overijssel Datum" → Provincie Overijssel). */
    static Optional<String> leading(String kind, String words) {
        String[] w = words.split("\\s+");
        for (int n = w.length; n >= 1; n--) {
            Optional<String> org = named(kind, String.join(" ", Arrays.asList(w).subList(0, n)));
            if (org.isPresent()) {
                return org;
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return Folding.fold(text).replaceAll("[^a-z]", "");
    }

    private static Map<String, String> index(List<String> entries) {
        Map<String, String> out = new HashMap<>();
        for (String entry : entries) {
            String[] kindAndName = entry.split(" ", 2);
            String kind = kindAndName[0];
            String name = kindAndName[1];
            String org = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + name;
            out.put(kind + key(name), org);
            if (kind.equals("gemeente")) {
                out.put(key(name), org);
            } else {
                out.putIfAbsent(key(name), org);
            }
        }
        return Map.copyOf(out);
    }
}
