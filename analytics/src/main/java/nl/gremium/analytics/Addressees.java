package nl.gremium.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.text.Folding;

/**
 * Whether a passage's organisation can speak for the party a recommendation is addressed to: a recommendation
 * "aan de minister" is not followed up by a region's own minutes, one "aan de besturen van de veiligheidsregio's"
 * is. The parties and the organisations acting for them are a word list ({@code addressee-parties.txt}); an
 * addressee naming no known party, or a passage without organisation, is not judged (the link stands).
 */
final class Addressees implements Serializable {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Set<String>> PARTIES = load();

    private Addressees() {}

    /** True unless the addressee names known parties and the organisation acts for none of them. */
    static boolean canAnswer(String addressee, String organisation) {
        if (addressee == null || organisation == null || organisation.isBlank()) {
            return true;
        }
        List<Set<String>> named = new ArrayList<>();
        for (String w : words(addressee)) {
            PARTIES.forEach((party, actors) -> {
                if (w.startsWith(party)) {
                    named.add(actors);
                }
            });
        }
        if (named.isEmpty()) {
            return true;
        }
        List<String> org = words(organisation);
        return named.stream().anyMatch(actors -> org.stream().anyMatch(w -> actors.stream().anyMatch(w::startsWith)));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Folding.fold(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Addressees.class.getResourceAsStream("addressee-parties.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                out.put(line.substring(0, eq).strip(), Set.of(line.substring(eq + 1).strip().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read addressee-parties.txt", e);
        }
        return out;
    }
}
