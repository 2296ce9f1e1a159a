package nl.gremium.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.gremium.nlp.JudgeFeatures;
import nl.gremium.nlp.JudgeLabel;
import nl.gremium.nlp.JudgeTrainer;
import nl.gremium.nlp.SourceText;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The role model ({@code nl-judge.bin}, trained by {@link JudgeTrainer} on labelled units of real documents) as
 * a judge: its most probable label and that probability. The model is loaded once; the categorizer is not
 * thread-safe, so each thread has its own.
 */
final class LearnedJudge implements RoleJudge {
    private static final String RESOURCE = "/nl/gremium/nlp/" + JudgeTrainer.MODEL;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    LearnedJudge(DoccatModel model) {
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** The shared judge on the packaged model. */
    static LearnedJudge shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final LearnedJudge INSTANCE = new LearnedJudge(load());

        private static DoccatModel load() {
            try (InputStream in = LearnedJudge.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("model " + RESOURCE + " missing: run `gremium train --sources DIR`");
                }
                return new DoccatModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Judgement judge(String text, SourceText.Kind unit) {
        DocumentCategorizerME cat = categorizer.get();
        double[] p = cat.categorize(JudgeFeatures.tokens(text, unit));
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new Judgement(JudgeLabel.valueOf(cat.getCategory(best)), p[best]);
    }
}
