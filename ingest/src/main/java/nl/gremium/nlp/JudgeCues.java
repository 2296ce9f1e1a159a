package nl.gremium.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Cue families for the role judge (resource {@code judge-cues.txt}: "family: word word …"): a word belongs to
 * at most one family, so the model learns one weight per family instead of one per rare word.
 */
final class JudgeCues {
    private static final String RESOURCE = "/nl/gremium/nlp/judge-cues.txt";
    private static volatile JudgeCues instance;
    private final Map<String, String> family = new HashMap<>();

    private JudgeCues() {
        InputStream in = JudgeCues.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource missing: " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : r.lines().toList()) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).strip();
                for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                    family.putIfAbsent(w.toLowerCase(Locale.ROOT), name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static JudgeCues get() {
        if (instance == null) {
            synchronized (JudgeCues.class) {
                if (instance == null) {
                    instance = new JudgeCues();
                }
            }
        }
        return instance;
    }

    /** The family of a lower-cased token, or null. */
    String cue(String token) {
        return family.get(token);
    }
}
