package nl.gremium.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features of the role judge beyond its bag of words and bigrams: what kind of unit it is (a table row reads
 * differently from a sentence), its opening words, and cue families from {@code judge-cues.txt} (an outcome
 * word, a modal of the future, a proposal or request form). Input tokens come from {@link #tokens}, whose
 * first token marks the unit kind. Public with a no-argument constructor: the model file names this class.
 */
public final class JudgeFeatures implements FeatureGenerator {
    static final String ROW = "⟨row⟩";
    static final String SENTENCE = "⟨sentence⟩";

    /** The judge's input: a unit-kind marker, then lower-cased tokens with digits folded to "0". */
    public static String[] tokens(String text, SourceText.Kind kind) {
        String[] t = DutchNlp.roleFeatures(DutchNlp.get().tokens(text));
        String[] out = new String[t.length + 1];
        out[0] = kind == SourceText.Kind.row ? ROW : SENTENCE;
        System.arraycopy(t, 0, out, 1, t.length);
        return out;
    }

    @Override
    public List<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> out = new ArrayList<>();
        int from = text.length > 0 && (text[0].equals(ROW) || text[0].equals(SENTENCE)) ? 1 : 0;
        out.add(from == 1 && text[0].equals(ROW) ? "unit=row" : "unit=sentence");
        List<String> words = new ArrayList<>();
        for (int i = from; i < text.length; i++) {
            if (text[i].chars().anyMatch(Character::isLetter)) {
                words.add(text[i]);
            }
        }
        if (!words.isEmpty()) {
            out.add("first=" + words.get(0));
            out.add("first2=" + words.get(0) + "_" + (words.size() > 1 ? words.get(1) : ""));
            out.add("last=" + words.get(words.size() - 1));
        }
        out.add("len=" + Math.min(6, words.size() / 5));
        String last = text.length > from ? text[text.length - 1] : "";
        out.add("end=" + (last.equals(":") || last.equals(";") || last.equals(".") || last.equals("?") ? last : "none"));
        for (int i = from; i < text.length; i++) {
            String cue = JudgeCues.get().cue(text[i]);
            if (cue != null) {
                out.add("cue=" + cue);
                if (i - from < 4) {
                    out.add("cueAtStart=" + cue);
                }
            }
        }
        return out;
    }
}
