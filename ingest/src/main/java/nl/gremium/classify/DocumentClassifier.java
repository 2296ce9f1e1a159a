package nl.gremium.classify;

import java.util.List;
import java.util.Map;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;

/**
 * Decides what kind of document a run of blocks is, with interpretable scored cues. Every family (the table
 * is {@code tag.DocumentFamily}, which hands its recognisers in, so this package needs nothing of tagging)
 * brings its {@link Recogniser} (the title it announces itself with, the phrases of
 * its body, its layout); the classifier sums the points per kind and the highest score wins. Title cues weigh
 * most: minutes quote motions and a letter quotes recommendations, but only the real kind announces itself at
 * the top. Below {@link #MIN_SCORE} the document is {@code other}.
 */
public final class DocumentClassifier {
    /** Minimum score for any kind; weaker evidence means "other". */
    static final int MIN_SCORE = 3;

    private final List<Recogniser> recognisers;

    public DocumentClassifier(List<Recogniser> recognisers) {
        this.recognisers = List.copyOf(recognisers);
    }

    /** The kind with the highest score, or {@code other}. */
    public DocKind classify(List<Block> blocks) {
        return explain(blocks).kind();
    }

    /** The decision with every kind's score and the cues that fired (for evaluation output). */
    public Explanation explain(List<Block> blocks) {
        DocumentEvidence doc = DocumentEvidence.of(blocks);
        KindScores scores = new KindScores();
        for (Recogniser r : recognisers) {
            r.score(doc, scores);
        }
        return new Explanation(scores.best(MIN_SCORE), scores.scores(), scores.reasons());
    }

    /** The outcome and its evidence. */
    public record Explanation(DocKind kind, Map<DocKind, Integer> scores, List<String> reasons) {}
}
