package nl.gremium.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language of a text with OpenNLP's served language-detection model (org.apache.opennlp:opennlp-models-langdetect,
 * 103 languages, ISO 639-3 codes such as "nld"). The 10 MB model loads once, on first use, and is shared; each
 * thread has its own detector over it (a detector is not thread-safe, the model is), so parallel analyses do not
 * queue for one lock.
 */
public final class LanguageGuess {
    private static final String MODEL = "/langdetect-183.bin";
    /**
     * Detection reads the first 600 characters: on all 655 documents of a council archive they give the same
     * language as the first 1,500 (and as the whole text), for 40% of the time; the detector was a tenth of a
     * re-analysis.
     */
    private static final int SAMPLE = 600;
    private static final int MIN_CHARS = 20;

    private LanguageGuess() {}

    private static final class Holder {
        static final LanguageDetectorModel MODEL_LOADED = load();
        static final ThreadLocal<LanguageDetectorME> DETECTOR =
                ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL_LOADED));

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageGuess.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL + " not on the classpath");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language model " + MODEL, e);
            }
        }
    }

    /** Loads the model now (once), so that a caller can have it read while other work goes on. */
    public static void load() {
        Objects.requireNonNull(Holder.MODEL_LOADED);
    }

    /** ISO 639-3 code of the most likely language, or null when the text is too short to tell. */
    public static String of(String text) {
        if (text == null || text.strip().length() < MIN_CHARS) {
            return null;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (plainlyDutch(sample)) {
            return DUTCH;
        }
        Language best = Holder.DETECTOR.get().predictLanguage(sample);
        return best == null ? null : best.getLang();
    }

    private static final String DUTCH = "nld";
    /**
     * Dutch function words. Running Dutch prose is a third of them, and "de" with "van" and "een" or "het" are Dutch's
     * own among its neighbours: Frisian writes "fan" and "in" for "een", Afrikaans "die" and "'n" for "de" and "een".
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "voor",
            "met", "zijn", "wordt", "niet", "aan", "bij", "om", "door", "naar", "als", "ook");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_WORDS = 40;
    private static final double MIN_SHARE = 0.25;

    /**
     * Whether a sample is Dutch beyond doubt by its function words (the model, which costs a tenth of a re-analysis,
     * gives "nld" for every such text); anything else, tables of names and short lines included, goes to the model.
     */
    static boolean plainlyDutch(String sample) {
        Matcher m = WORD.matcher(sample);
        int words = 0;
        int function = 0;
        int de = 0;
        int van = 0;
        int article = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            if (FUNCTION_WORDS.contains(w)) {
                function++;
                de += w.equals("de") ? 1 : 0;
                van += w.equals("van") ? 1 : 0;
                article += w.equals("een") || w.equals("het") ? 1 : 0;
            }
        }
        return words >= MIN_WORDS && function >= MIN_SHARE * words && de >= 2 && van >= 1 && article >= 1;
    }
}
