package nl.gremium.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The judge's and the role model's extra features: unit kind, opening and closing words, cue families. */
class JudgeFeaturesTest {
    private final JudgeFeatures features = new JudgeFeatures();

    @Test
    void tokensStartWithTheUnitKindAndAreFolded() {
        String[] row = JudgeFeatures.tokens("3 | Jaarrekening 2025 | Aangenomen", SourceText.Kind.row);
        assertEquals(JudgeFeatures.ROW, row[0]);
        assertTrue(List.of(row).contains("aangenomen"), List.of(row).toString());
        assertTrue(List.of(row).contains("0000"), "digits folded: " + List.of(row));
        assertEquals(JudgeFeatures.SENTENCE, JudgeFeatures.tokens("Het bestuur besluit.", SourceText.Kind.sentence)[0]);
    }

    @Test
    void aRowWithAnOutcomeWordHasTheOutcomeCue() {
        List<String> f = features.extractFeatures(new String[] {JudgeFeatures.ROW, "0", "|", "begroting", "|", "aangenomen"}, Map.of());
        assertTrue(f.contains("unit=row"), f.toString());
        assertTrue(f.contains("first=begroting"), "numbers and bars are not words: " + f);
        assertTrue(f.contains("last=aangenomen"), f.toString());
        assertTrue(f.contains("cue=outcome"), f.toString());
        assertFalse(f.contains("cueAtStart=outcome"), "the outcome is the fifth token: " + f);
        assertTrue(f.contains("end=none"), f.toString());
    }

    @Test
    void aSentenceOpeningWithACueHasItAtStartAndItsFinalStop() {
        List<String> f = features.extractFeatures(
                new String[] {JudgeFeatures.SENTENCE, "het", "bestuur", "besluit", "de", "nota", "vast", "te", "stellen", "."}, Map.of());
        assertTrue(f.contains("unit=sentence"), f.toString());
        assertTrue(f.contains("first2=het_bestuur"), f.toString());
        assertTrue(f.contains("cueAtStart=decide"), f.toString());
        assertTrue(f.contains("end=."), f.toString());
        assertTrue(f.contains("len=1"), "8 words → bucket 1: " + f);
    }

    @Test
    void withoutAMarkerEveryTokenIsText() {
        List<String> f = features.extractFeatures(new String[] {"zorg", "voor", "een", "plan"}, Map.of());
        assertTrue(f.contains("unit=sentence") && f.contains("first=zorg") && f.contains("last=plan"), f.toString());
        assertEquals(List.of("unit=sentence", "len=0", "end=none"), features.extractFeatures(new String[0], Map.of()));
    }

    @Test
    void firstWordFeatureNamesTheOpening() {
        FirstWordFeature first = new FirstWordFeature();
        assertEquals(List.of("first=zorg", "first2=zorg_voor"), first.extractFeatures(new String[] {"Zorg", "voor", "een"}, Map.of()));
        assertEquals(List.of("first=stel", "first2=stel_"), first.extractFeatures(new String[] {"Stel"}, Map.of()));
        assertEquals(List.of(), first.extractFeatures(new String[0], Map.of()));
    }
}
