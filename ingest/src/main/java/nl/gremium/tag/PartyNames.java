package nl.gremium.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.text.WordList;

/**
 * Political party names in a line of text: the national parties of {@code parties.txt} and local parties by
 * the words they are named with ("Leefbaar Vechtland", "Lokaal Belang", "Stadspartij").
 */
final class PartyNames {
    private static final Pattern KNOWN = load();
    private static final Pattern LOCAL = Pattern.compile(
            "\\b(?:(?:Leefbaar|Lokaal|Gemeentebelangen|Stadspartij|Dorpspartij)(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,3}"
                    + "|(?:Partij|Groep|Lijst)(?:\\s+(?:de\\s+|van\\s+|voor\\s+)?\\p{Lu}[\\p{L}'’\\-]*){1,3}"
                    + "|(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){1,3}(?:Lokaal|Belang|Belangen|Gemeentebelangen|Partij|Fractie))\\b");

    private PartyNames() {}

    /** The party names in {@code text}, in order, as printed; a local name never overlaps a national one. */
    static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Pattern p : new Pattern[] {KNOWN, LOCAL}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean overlaps = false;
                for (int i = m.start(); i < m.end(); i++) {
                    overlaps |= taken[i];
                }
                if (!overlaps) {
                    Arrays.fill(taken, m.start(), m.end(), true);
                    add(out, m.group().trim());
                }
            }
        }
        return out;
    }

    /** Adds {@code name} unless the list has it already, in it or around it ("Stadspartij", "Haagse Stadspartij"). */
    static void add(List<String> names, String name) {
        if (!name.isEmpty() && names.stream().noneMatch(x -> x.contains(name) || name.contains(x))) {
            names.add(name);
        }
    }

    private static Pattern load() {
        List<String> names = new ArrayList<>(WordList.read(PartyNames.class, "parties.txt"));
        names.sort(Comparator.comparingInt(String::length).reversed()); // longest first: "CU-SGP" before "CU"
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", names.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\d])");
    }
}
