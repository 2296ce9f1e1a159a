package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.gremium.model.DocKind;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippet work is bounded per hit: a huge document (here one agenda item of several million characters,
 * like a 5,000-page appendix) is highlighted over its first {@link Snippets#MAX_ANALYZED} characters only.
 */
class SnippetsTest {
    static final String EARLY = "kademuur";
    static final String LATE = "sluisdeur";

    @TempDir
    static Path dir;
    static SearchService search;
    static int length;

    @BeforeAll
    static void index() {
        StringBuilder text = new StringBuilder("Het bestuur bespreekt het herstel van de " + EARLY + " bij de haven. ");
        for (int i = 0; text.length() < 3 * Snippets.MAX_ANALYZED; i++) {
            text.append("Vulzin ").append(i).append(" beschrijft een onderdeel van het onderhoudsplan zonder bijzonderheden. ");
        }
        text.append("Tot slot wordt de vervanging van de ").append(LATE).append(" besproken.");
        length = text.length();
        TestDocs.Doc d = new TestDocs.Doc("s7", DocKind.report, "Bijlage onderhoudsplan kunstwerken", null, null, TestDocs.DB_DATE);
        d.item("1", "Onderhoudsplan", 1, text.toString());
        DataStore store = new DataStore(dir);
        store.write(d.build());
        Indexer.update(store, Indexer.Progress.NONE);
        search = SearchService.open(store);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    @Test
    void aMatchInsideTheWindowIsHighlighted() {
        SearchResult r = search.search(SearchQuery.of(EARLY));
        assertTrue(r.total() > 0);
        assertTrue(r.hits().get(0).snippet().contains("<mark>" + EARLY + "</mark>"), r.hits().get(0).snippet());
    }

    @Test
    void aMatchBeyondTheWindowIsFoundButNotHighlighted() {
        assertTrue(length > 2 * Snippets.MAX_ANALYZED, "the document is larger than the window");
        SearchResult r = search.search(SearchQuery.of(LATE));
        assertTrue(r.total() > 0, "the search still finds the document");
        SearchResult.Hit h = r.hits().get(0);
        assertFalse(h.snippet().contains("<mark>"), "no highlighting past the window: " + h.snippet());
        assertFalse(h.snippet().contains(LATE), "the snippet comes from the window, not the end: " + h.snippet());
        assertTrue(h.snippet().length() < 1_000, "a short snippet from the start: " + h.snippet().length());
    }
}
