package nl.gremium.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Feature for the sentence-role model: the first word and the first two words. Dutch recommendations
 * open with an imperative ("Zorg", "Stel"), proposals with "Voorgesteld"/"Wij stellen", so the opening
 * carries more signal than its bag-of-words weight gives it.
 */
public final class FirstWordFeature implements FeatureGenerator {
    @Override
    public List<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        if (text.length == 0) {
            return List.of();
        }
        String first = text[0].toLowerCase(Locale.ROOT);
        String second = text.length > 1 ? text[1].toLowerCase(Locale.ROOT) : "";
        return List.of("first=" + first, "first2=" + first + "_" + second);
    }
}
