package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class DutchAnalysisTest {
    private final Analyzer index = DutchAnalysis.forIndex();
    private final Analyzer query = DutchAnalysis.forQuery();

    private String one(String word) {
        List<String> t = DutchAnalysis.terms(query, word);
        assertEquals(1, t.size(), word + " → " + t);
        return t.get(0);
    }

    @Test
    void compoundsAreFoundByTheirParts() {
        List<String> terms = DutchAnalysis.terms(index, "De brandweerkazernes worden gerenoveerd");
        assertTrue(terms.contains(one("kazerne")), terms.toString());
        assertTrue(terms.contains(one("brandweer")), terms.toString());
        assertTrue(terms.contains(one("brandweerkazernes")), "the compound itself stays: " + terms);
        List<String> plans = DutchAnalysis.terms(index, "continuïteitsplannen");
        assertTrue(plans.contains(one("continuiteit")), plans.toString());
        assertTrue(plans.contains(one("plannen")), plans.toString());
    }

    @Test
    void queriesDoNotSplitCompounds() {
        assertEquals(1, DutchAnalysis.terms(query, "brandweerkazerne").size());
    }

    @Test
    void wordsNotInTheListStayWhole() {
        // "enorm" holds "norm", which is deliberately not a listed part
        assertEquals(List.of(one("enorme")), DutchAnalysis.terms(index, "enorme"));
    }

    @Test
    void irregularFormsMeetTheirBaseForm() {
        assertEquals(one("besluit"), one("besloten"));
        assertEquals(one("besluiten"), one("besloten"));
        assertEquals(one("vaststellen"), one("vastgesteld"));
        assertEquals(one("vaststelling"), one("vastgestelde"));
        assertEquals(one("goedkeuren"), one("goedgekeurd"));
        assertEquals(one("aannemen"), one("aangenomen"));
        assertEquals(one("verworpen"), one("verwerpt"));
        assertEquals(one("stellen"), one("stelt"));
    }

    @Test
    void regularInflectionIsStemmed() {
        assertEquals(one("aanbeveling"), one("aanbevelingen"));
        assertEquals(one("kazerne"), one("kazernes"));
        assertEquals(one("maatregel"), one("maatregelen"));
        assertEquals(one("plan"), one("plannen"));
        assertEquals(one("continuïteitsplan"), one("continuïteitsplannen"));
        assertEquals(one("instemmen"), one("ingestemd"));
    }

    @Test
    void diacriticsAndCaseFold() {
        assertEquals(one("continuiteit"), one("Continuïteit"));
        assertEquals(one("financien"), one("financiën"));
    }

    @Test
    void synonymsOnTheQuerySideOnly() {
        List<String> q = DutchAnalysis.terms(query, "jaarstukken");
        assertTrue(q.containsAll(List.of("jaarreken", "programmareken", "jaarstuk")), q.toString());
        assertEquals(1, DutchAnalysis.terms(index, "jaarstukken").size());
    }

    @Test
    void stopWordsAreDropped() {
        assertEquals(List.of(one("vastgoedbeleid")), DutchAnalysis.terms(query, "de van het vastgoedbeleid"));
        assertFalse(DutchAnalysis.terms(query, "en").iterator().hasNext());
    }
}
