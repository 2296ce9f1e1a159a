package nl.gremium.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.text.Folding;
import nl.gremium.text.WordList;

/**
 * The province or municipality whose own web address a document's header prints ("Vergadering terugkijken
 * https://gemeentezwolle.raadsinformatie.nl/…", "www.overijssel.nl", "info@zwolle.nl"). That is a sender signal,
 * unlike a name in running text: councils' decision lists often name their municipality nowhere else. Their
 * domains are their folded names, optionally after "gemeente" or "provincie", so a list of names reads them back.
 */
final class OwnWebsite {
    private static final Pattern HOST = Pattern.compile("(?iu)(?<![\\p{L}\\d.-])((?:[a-z\\d-]+\\.)+nl)(?![\\p{L}\\d])");
    private static final Map<String, String> BY_LABEL = index(WordList.read(OwnWebsite.class, "places.txt"));

    private OwnWebsite() {}

    /** The organisation named by the first web or mail address in {@code lines} that reads as one. */
    static Optional<String> organisation(List<String> lines) {
        for (String line : lines) {
            Matcher m = HOST.matcher(line);
            while (m.find()) {
                String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
                for (int i = 0; i < labels.length - 1; i++) {
                    String org = BY_LABEL.get(labels[i].replace("-", ""));
                    if (org != null) {
                        return Optional.of(org);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "gemeente Den Haag" → labels "denhaag" and "gemeentedenhaag"; a bare label is the municipality's when both have it. */
    private static Map<String, String> index(List<String> entries) {
        Map<String, String> out = new HashMap<>();
        for (String entry : entries) {
            String[] kindAndName = entry.split(" ", 2);
            String kind = kindAndName[0];
            String name = kindAndName[1];
            String key = Folding.fold(name).replaceAll("[^a-z]", "");
            String org = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + name;
            out.put(kind + key, org);
            if (kind.equals("gemeente")) {
                out.put(key, org);
            } else {
                out.putIfAbsent(key, org);
            }
        }
        return Map.copyOf(out);
    }
}
