package nl.gremium.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatCrossValidator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.sentdetect.SDCrossValidator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenizerCrossValidator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the three Dutch models from {@link TrainingData} (our own writing) and measures each with
 * 10-fold cross-validation. Deterministic: same data, same order, one thread, fixed iterations.
 */
public final class ModelTrainer {
    public static final String LANG = "nld";
    public static final int FOLDS = 10;
    /** Sentences per synthetic paragraph for the sentence detector (boundaries inside a paragraph). */
    private static final int SENTENCES_PER_DOCUMENT = 4;

    /** Cross-validated quality: F-measure for sentences and tokens, accuracy for roles. */
    public record Report(int sentences, Map<SentenceRole, Integer> perRole, double sentenceF, double tokenF,
                         double roleAccuracy) {
        public String format() {
            return String.format(Locale.ROOT,
                    "training sentences: %d %s%n%d-fold cross-validation:%n"
                            + "  sentence detector  F1       %.3f%n"
                            + "  tokenizer          F1       %.3f%n"
                            + "  sentence roles     accuracy %.3f%n",
                    sentences, perRole, FOLDS, sentenceF, tokenF, roleAccuracy);
        }
    }

    private ModelTrainer() {}

    /** Trains, cross-validates and writes nl-sent.bin, nl-token.bin and nl-role.bin to {@code outDir}. */
    public static Report train(Path outDir) {
        try {
            List<TrainingData.Labelled> data = TrainingData.roles();
            Set<String> abbreviations = TrainingData.abbreviations();
            Dictionary abbrevDict = new Dictionary(false);
            abbreviations.forEach(a -> abbrevDict.put(new StringList(a)));

            List<SentenceSample> sentenceSamples = sentenceSamples(data);
            SentenceDetectorFactory sdFactory = new SentenceDetectorFactory(LANG, true, abbrevDict, null);
            SentenceModel sentModel = SentenceDetectorME.train(LANG, stream(sentenceSamples), sdFactory, params(1));
            SDCrossValidator sdcv = new SDCrossValidator(LANG, params(1), sdFactory);
            sdcv.evaluate(stream(sentenceSamples), FOLDS);

            List<TokenSample> tokenSamples = new ArrayList<>();
            for (TrainingData.Labelled l : data) {
                tokenSamples.add(new TokenSample(l.text(), TrainingData.ruleTokens(l.text(), abbreviations).stream()
                        .map(s -> new Span(s[0], s[1])).toArray(Span[]::new)));
            }
            TokenizerFactory tokFactory = new TokenizerFactory(LANG, abbrevDict, false, null);
            TokenizerModel tokModel = TokenizerME.train(stream(tokenSamples), tokFactory, params(1));
            TokenizerCrossValidator tokcv = new TokenizerCrossValidator(params(1), tokFactory);
            tokcv.evaluate(stream(tokenSamples), FOLDS);

            // Role samples are shuffled deterministically so every fold sees every role
            List<DocumentSample> docSamples = new ArrayList<>();
            Map<SentenceRole, Integer> perRole = new LinkedHashMap<>();
            for (TrainingData.Labelled l : interleaved(data)) {
                docSamples.add(new DocumentSample(l.role().name(),
                        DutchNlp.roleFeatures(new TokenizerME(tokModel).tokenize(l.text()))));
                perRole.merge(l.role(), 1, Integer::sum);
            }
            DoccatFactory docFactory = new DoccatFactory(new FeatureGenerator[] {
                    new BagOfWordsFeatureGenerator(), new FirstWordFeature()});
            DoccatModel roleModel = DocumentCategorizerME.train(LANG, stream(docSamples), roleParams(), docFactory);
            DoccatCrossValidator dcv = new DoccatCrossValidator(LANG, roleParams(), docFactory);
            dcv.evaluate(stream(docSamples), FOLDS);

            Files.createDirectories(outDir);
            try (OutputStream o = Files.newOutputStream(outDir.resolve(DutchNlp.SENT_MODEL))) {
                sentModel.serialize(o);
            }
            try (OutputStream o = Files.newOutputStream(outDir.resolve(DutchNlp.TOKEN_MODEL))) {
                tokModel.serialize(o);
            }
            try (OutputStream o = Files.newOutputStream(outDir.resolve(DutchNlp.ROLE_MODEL))) {
                roleModel.serialize(o);
            }
            return new Report(data.size(), perRole, sdcv.getFMeasure().getFMeasure(),
                    tokcv.getFMeasure().getFMeasure(), dcv.getDocumentAccuracy());
        } catch (IOException e) {
            throw new UncheckedIOException("training failed: " + e.getMessage(), e);
        }
    }

    /** Paragraphs of a few consecutive sentences joined by a space, with their sentence spans. */
    private static List<SentenceSample> sentenceSamples(List<TrainingData.Labelled> data) {
        List<SentenceSample> out = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (doc.length() > 0) {
                doc.append(' ');
            }
            spans.add(new Span(doc.length(), doc.length() + data.get(i).text().length()));
            doc.append(data.get(i).text());
            boolean paragraphEnds = i + 1 == data.size() || data.get(i + 1).paragraph() != data.get(i).paragraph();
            if (spans.size() == SENTENCES_PER_DOCUMENT || paragraphEnds) {
                out.add(new SentenceSample(doc.toString(), spans.toArray(Span[]::new)));
                doc.setLength(0);
                spans.clear();
            }
        }
        return out;
    }

    /** Round-robin over the roles, so folds are balanced; stable for the same input. */
    private static List<TrainingData.Labelled> interleaved(List<TrainingData.Labelled> data) {
        Map<SentenceRole, List<TrainingData.Labelled>> byRole = new LinkedHashMap<>();
        data.forEach(l -> byRole.computeIfAbsent(l.role(), k -> new ArrayList<>()).add(l));
        List<TrainingData.Labelled> out = new ArrayList<>();
        for (int i = 0; out.size() < data.size(); i++) {
            for (List<TrainingData.Labelled> list : byRole.values()) {
                if (i < list.size()) {
                    out.add(list.get(i));
                }
            }
        }
        return out;
    }

    private static <T> ObjectStream<T> stream(List<T> samples) {
        return new CollectionObjectStream<>(samples);
    }

    /** Sentence roles: few samples per class, so an algorithm that needs little data (env override for experiments). */
    private static TrainingParameters roleParams() {
        TrainingParameters p = params(1);
        p.put(TrainingParameters.ALGORITHM_PARAM, System.getenv().getOrDefault("GREMIUM_ROLE_ALGO", "PERCEPTRON"));
        return p;
    }

    private static TrainingParameters params(int cutoff) {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ITERATIONS_PARAM, 200);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }
}
