package nl.gremium.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the role judge (resource {@code nl-judge.bin}) on labelled units of real documents and measures it
 * with leave-one-organisation-out cross-validation: each organisation's units are judged by a model trained
 * on all the others, so the figures say how the judge does on an organisation it has never seen.
 * Deterministic: same examples, same order, one thread, fixed iterations.
 */
public final class JudgeTrainer {
    public static final String MODEL = "nl-judge.bin";
    private static final int ITERATIONS = 100;

    /** Counts per label (gold, predicted, both) summed over the held-out organisations. */
    public record Report(int examples, int organisations, Map<JudgeLabel, Integer> perLabel,
                         Map<JudgeLabel, int[]> counts, int correct, String heldOut, int folds) {
        public double precision(JudgeLabel l) {
            int[] c = counts.get(l);
            return c[1] == 0 ? 0 : (double) c[2] / c[1];
        }

        public double recall(JudgeLabel l) {
            int[] c = counts.get(l);
            return c[0] == 0 ? 0 : (double) c[2] / c[0];
        }

        public double f1(JudgeLabel l) {
            double p = precision(l);
            double r = recall(l);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String format() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "examples: %d  organisations: %d  per label: %s%n"
                            + "leave-one-%s-out cross-validation (%d folds):%n"
                            + "  %-18s %6s %6s %6s %6s%n", examples, organisations, perLabel, heldOut, folds,
                    "label", "P", "R", "F1", "gold"));
            for (JudgeLabel l : JudgeLabel.values()) {
                sb.append(String.format(Locale.ROOT, "  %-18s %6.3f %6.3f %6.3f %6d%n", l, precision(l), recall(l), f1(l),
                        counts.get(l)[0]));
            }
            sb.append(String.format(Locale.ROOT, "  accuracy %.3f%n", examples == 0 ? 0 : (double) correct / examples));
            return sb.toString();
        }
    }

    private JudgeTrainer() {}

    /** Trains on all examples and writes {@value #MODEL} to {@code outDir}; returns the cross-validated report. */
    public static Report train(List<LabelledExamples.Example> examples, Path outDir) {
        Report report = crossValidate(examples);
        DoccatModel model = model(examples);
        try {
            Files.createDirectories(outDir);
            try (OutputStream o = Files.newOutputStream(outDir.resolve(MODEL))) {
                model.serialize(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + MODEL + ": " + e.getMessage(), e);
        }
        return report;
    }

    public static DoccatModel model(List<LabelledExamples.Example> examples) {
        List<DocumentSample> samples = new ArrayList<>();
        for (LabelledExamples.Example e : examples) {
            samples.add(new DocumentSample(e.label().name(), JudgeFeatures.tokens(e.text(), e.unit())));
        }
        try {
            return DocumentCategorizerME.train(ModelTrainer.LANG, new CollectionObjectStream<>(samples), params(),
                    factory());
        } catch (IOException e) {
            throw new UncheckedIOException("judge training failed: " + e.getMessage(), e);
        }
    }

    /**
     * Leave one organisation out. With a single organisation, leave one folder out instead (a meeting, a year
     * of a series): weaker, since the held-out text shares its writers with the training text.
     */
    public static Report crossValidate(List<LabelledExamples.Example> examples) {
        boolean byOrg = examples.stream().map(LabelledExamples.Example::org).distinct().count() > 1;
        Function<LabelledExamples.Example, String> group = byOrg ? LabelledExamples.Example::org
                : LabelledExamples.Example::folder;
        TreeSet<String> groups = new TreeSet<>();
        examples.forEach(e -> groups.add(group.apply(e)));
        TreeSet<String> orgs = new TreeSet<>();
        Map<JudgeLabel, Integer> perLabel = new EnumMap<>(JudgeLabel.class);
        Map<JudgeLabel, int[]> counts = new EnumMap<>(JudgeLabel.class);
        for (JudgeLabel l : JudgeLabel.values()) {
            counts.put(l, new int[3]);
        }
        for (LabelledExamples.Example e : examples) {
            orgs.add(e.org());
            perLabel.merge(e.label(), 1, Integer::sum);
        }
        int correct = 0;
        if (groups.size() > 1) {
            for (String held : groups) {
                List<LabelledExamples.Example> train = examples.stream()
                        .filter(e -> !group.apply(e).equals(held)).toList();
                DocumentCategorizerME cat = new DocumentCategorizerME(model(train));
                for (LabelledExamples.Example e : examples) {
                    if (!group.apply(e).equals(held)) {
                        continue;
                    }
                    JudgeLabel p = JudgeLabel.valueOf(
                            cat.getBestCategory(cat.categorize(JudgeFeatures.tokens(e.text(), e.unit()))));
                    counts.get(e.label())[0]++;
                    counts.get(p)[1]++;
                    if (p == e.label()) {
                        counts.get(p)[2]++;
                        correct++;
                    }
                }
            }
        }
        return new Report(examples.size(), orgs.size(), new TreeMap<>(perLabel), counts, correct,
                byOrg ? "organisation" : "folder", groups.size() > 1 ? groups.size() : 0);
    }

    private static DoccatFactory factory() {
        return new DoccatFactory(new FeatureGenerator[] {unigramsAndBigrams(), new JudgeFeatures()});
    }

    /** Words and word pairs. The default n-gram range (1–2), because the model file restores generators by class only. */
    private static FeatureGenerator unigramsAndBigrams() {
        try {
            return new NGramFeatureGenerator();
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Maximum entropy: its probabilities are what the judge's confidence thresholds read. */
    private static TrainingParameters params() {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }
}
