package nl.gremium.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.gremium.model.DocKind;

/** The points each kind collected, with the reasons, for one document. */
public final class KindScores {
    private final Map<DocKind, Integer> score = new EnumMap<>(DocKind.class);
    private final List<String> reasons = new ArrayList<>();

    public void add(DocKind kind, int points, String why) {
        if (points != 0) {
            score.merge(kind, points, Integer::sum);
            reasons.add(kind + (points > 0 ? " +" : " ") + points + " " + why);
        }
    }

    public void addIf(boolean condition, DocKind kind, int points, String why) {
        if (condition) {
            add(kind, points, why);
        }
    }

    public void apply(Cue cue, DocumentEvidence doc) {
        add(cue.kind(), cue.score(doc), cue.why());
    }

    public int of(DocKind kind) {
        return score.getOrDefault(kind, 0);
    }

    /**
     * The kind with the highest score of at least {@code min}, else {@code other}. Report is the general
     * fallback: on a tie a specific kind wins; other ties go to the kind declared first.
     */
    DocKind best(int min) {
        DocKind best = DocKind.other;
        int bestScore = min - 1;
        for (Map.Entry<DocKind, Integer> e : score.entrySet()) {
            boolean beats = e.getValue() > bestScore || e.getValue() == bestScore && best == DocKind.report;
            if (beats) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    Map<DocKind, Integer> scores() {
        return Map.copyOf(score);
    }

    List<String> reasons() {
        return List.copyOf(reasons);
    }
}
