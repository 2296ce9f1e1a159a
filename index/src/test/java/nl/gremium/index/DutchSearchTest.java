package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gremium.model.DocKind;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forgiving Dutch search: spelling suggestions, synonyms, compound heads, any-word ranking. */
class DutchSearchTest {
    @TempDir
    static Path dir;
    static SearchService search;

    @BeforeAll
    static void index() {
        DataStore store = new DataStore(dir);
        TestDocs.Doc a = new TestDocs.Doc("k1", DocKind.report, "Notitie waterberging", "Algemeen bestuur",
                LocalDate.of(2025, 3, 12), null);
        a.item("1", "Klimaatadaptatie", 1, "De regio werkt aan klimaatadaptatie: meer waterberging in wijken "
                + "en minder verharding op schoolpleinen.");
        a.item("2", "Programmarekening", 2, "De programmarekening over het vorige jaar sluit met een klein overschot.");
        a.item("3", "Vergunningen", 2, "Het loket verleent vergunningen voor evenementen op pleinen in de binnenstad.");
        TestDocs.Doc b = new TestDocs.Doc("k2", DocKind.report, "Notitie evenementen", "Algemeen bestuur",
                LocalDate.of(2025, 4, 2), null);
        b.item("1", "Evenementen", 1, "Evenementen in de zomer vragen extra toezicht bij drukte.");
        b.item("2", "Jaarrekening", 1, "De jaarrekening toont een tekort op toezicht en handhaving.");
        store.write(a.build());
        store.write(b.build());
        Indexer.update(store, Indexer.Progress.NONE);
        search = SearchService.open(store);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static SearchResult find(String text) {
        return search.search(SearchQuery.of(text));
    }

    @Test
    void typoGetsASuggestionAndItsResults() {
        SearchResult r = find("jaarekening");
        assertEquals("jaarrekening", r.suggestion());
        assertTrue(r.corrected(), "nothing held the typo, so the suggestion's results are shown");
        assertTrue(r.total() > 0);
        assertTrue(r.hits().get(0).snippet().contains("<mark>jaarrekening</mark>"), r.hits().get(0).snippet());
    }

    @Test
    void knownWordsGetNoSuggestion() {
        SearchResult r = find("jaarrekening toezicht");
        assertNull(r.suggestion());
        assertFalse(r.corrected());
    }

    @Test
    void suggestionKeepsTheOtherWords() {
        assertEquals("jaarrekening toezicht", find("jaarrekening toezciht").suggestion());
    }

    @Test
    void synonymFindsTheOtherTerm() {
        Set<String> snippets = find("jaarstukken").hits().stream().map(SearchResult.Hit::snippet)
                .collect(Collectors.toSet());
        assertTrue(snippets.stream().anyMatch(s -> s.contains("<mark>programmarekening</mark>")), snippets.toString());
        assertTrue(snippets.stream().anyMatch(s -> s.contains("<mark>jaarrekening</mark>")), snippets.toString());
    }

    @Test
    void compoundHeadFindsTheCompound() {
        SearchResult r = find("klimaat");
        assertTrue(r.total() > 0, "klimaat finds klimaatadaptatie");
        assertTrue(r.hits().get(0).snippet().toLowerCase(Locale.ROOT).contains("klimaatadaptatie"),
                r.hits().get(0).snippet());
        assertTrue(find("klim").hits().stream().noneMatch(h -> h.snippet().contains("limaatadaptatie")),
                "short words are not taken as compound heads");
    }

    @Test
    void anyWordFallbackRanksUnitsHoldingMoreWordsFirst() {
        // no unit holds all four; the vergunningen item holds three (evenementen, pleinen, vergunningen), the
        // summer item holds one (evenementen) many times in a short text
        SearchResult r = find("evenementen pleinen vergunningen zeppelin");
        assertTrue(r.relaxed());
        String first = r.hits().get(0).snippet();
        assertTrue(first.contains("<mark>vergunningen</mark>") && first.contains("<mark>pleinen</mark>"), first);
    }
}
