package nl.gremium.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The trained Dutch models (resources {@code nl/gremium/nlp/*.bin}, built by {@link ModelTrainer}):
 * sentence detection, tokenisation and the sentence-role categorizer. Models are shared and loaded once;
 * the ME wrappers are not thread-safe, so each thread gets its own.
 */
public final class DutchNlp {
    public static final String SENT_MODEL = "nl-sent.bin";
    public static final String TOKEN_MODEL = "nl-token.bin";
    public static final String ROLE_MODEL = "nl-role.bin";
    private static final String DIR = "/nl/gremium/nlp/";

    private static volatile DutchNlp instance;

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<DocumentCategorizerME> roles;

    /** A sentence role with the model's probability for it and for every role. */
    public record RoleScore(SentenceRole role, double probability, Map<SentenceRole, Double> all) {
        public double p(SentenceRole r) {
            return all.getOrDefault(r, 0.0);
        }
    }

    private DutchNlp() {
        try (InputStream s = open(SENT_MODEL); InputStream t = open(TOKEN_MODEL); InputStream r = open(ROLE_MODEL)) {
            SentenceModel sm = new SentenceModel(s);
            TokenizerModel tm = keepingAlphanumericRunsWhole(new TokenizerModel(t));
            DoccatModel dm = new DoccatModel(r);
            sentences = ThreadLocal.withInitial(() -> new DutchSentenceDetector(sm));
            tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tm));
            roles = ThreadLocal.withInitial(() -> new DocumentCategorizerME(dm));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load Dutch models from " + DIR + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tokenizer model as trained, but asking OpenNLP not to consult it inside a run of letters and digits. The
     * model was trained on every position and never splits such a run (the Den Haag archive's 58,263 block texts,
     * 1.46 million tokens, tokenise identically either way), so the tokens are the same, three times faster; the
     * role model tokenises every sentence a form cue leaves open, so this was a tenth of a re-analysis.
     */
    static TokenizerModel keepingAlphanumericRunsWhole(TokenizerModel trained) {
        TokenizerFactory f = trained.getFactory();
        return new TokenizerModel(trained.getMaxentModel(), Map.of(),
                new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern()));
    }

    public static DutchNlp get() {
        if (instance == null) {
            synchronized (DutchNlp.class) {
                if (instance == null) {
                    instance = new DutchNlp();
                }
            }
        }
        return instance;
    }

    private static InputStream open(String name) {
        InputStream in = DutchNlp.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("model " + DIR + name + " missing: run `gremium train`");
        }
        return in;
    }

    public List<String> sentences(String text) {
        return List.of(sentences.get().sentDetect(text));
    }

    public Span[] sentenceSpans(String text) {
        return sentences.get().sentPosDetect(text);
    }

    public String[] tokens(String text) {
        return tokenizer.get().tokenize(text);
    }

    public RoleScore role(String sentence) {
        DocumentCategorizerME cat = roles.get();
        double[] p = cat.categorize(roleFeatures(tokens(sentence)));
        Map<SentenceRole, Double> all = new EnumMap<>(SentenceRole.class);
        for (int i = 0; i < p.length; i++) {
            all.put(SentenceRole.valueOf(cat.getCategory(i)), p[i]);
        }
        SentenceRole best = SentenceRole.valueOf(cat.getBestCategory(p));
        return new RoleScore(best, all.get(best), all);
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** The role model's input: lower-cased tokens with digits folded to "0", so amounts and dates generalise. */
    static String[] roleFeatures(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = DIGIT.matcher(tokens[i].toLowerCase(Locale.ROOT)).replaceAll("0");
        }
        return out;
    }
}
