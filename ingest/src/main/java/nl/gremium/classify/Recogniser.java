package nl.gremium.classify;

import java.util.List;

/**
 * How one document family is recognised: adds points for the family's kinds (or against them). Most
 * recognisers are a table of {@link Cue}s plus a rule or two that a table cannot say.
 */
@FunctionalInterface
public interface Recogniser {
    /** A family that is never recognised (the fallback {@code other}). */
    Recogniser NONE = (doc, scores) -> {};

    void score(DocumentEvidence doc, KindScores scores);

    /** A recogniser that only applies its cues. */
    static Recogniser of(List<Cue> cues) {
        return (doc, scores) -> cues.forEach(c -> scores.apply(c, doc));
    }
}
