package nl.gremium.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.gremium.text.WordList;

/**
 * Cue families for the role judge (resource {@code judge-cues.txt}: "family: word word …"): a word belongs to
 * at most one family, so the model learns one weight per family instead of one per rare word.
 */
final class JudgeCues {
    private static final String RESOURCE = "judge-cues.txt";
    private static volatile JudgeCues instance;
    private final Map<String, String> family = new HashMap<>();

    private JudgeCues() {
        for (String line : WordList.read(JudgeCues.class, RESOURCE)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).strip();
            for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                family.putIfAbsent(w.toLowerCase(Locale.ROOT), name);
            }
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
