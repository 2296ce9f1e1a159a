package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A confidential document never shows to a searcher without clearance: not as a hit, not in the total,
 * not in a facet count or snippet, not through the relaxed (any word) retry. Compared with an index that
 * never held it.
 */
class ConfidentialSearchTest {
    @TempDir
    static Path withNote;
    @TempDir
    static Path withoutNote;
    static SearchService search;
    static SearchService reference;

    @BeforeAll
    static void index() {
        DataStore store = new DataStore(withNote);
        TestDocs.write(store);
        store.write(TestDocs.confidentialNote());
        Indexer.update(store, Indexer.Progress.NONE);
        search = SearchService.open(store);
        DataStore plain = new DataStore(withoutNote);
        TestDocs.write(plain);
        Indexer.update(plain, Indexer.Progress.NONE);
        reference = SearchService.open(plain);
    }

    @AfterAll
    static void close() {
        search.close();
        reference.close();
    }

    @Test
    void aWordOnlyTheConfidentialNoteHasFindsNothingWithoutClearance() {
        SearchResult r = search.search(SearchQuery.of("piketvergoeding"));
        assertEquals(0, r.total());
        assertEquals(List.of(), r.hits());
        assertTrue(r.facets().values().stream().allMatch(List::isEmpty), r.facets().toString());

        SearchResult cleared = search.search(SearchQuery.of("piketvergoeding"), true);
        assertTrue(cleared.total() >= 3, "document, agenda item and decision: " + cleared.total());
        assertTrue(cleared.hits().stream().allMatch(h -> h.docId().equals(TestDocs.confidentialNote().id())));
    }

    @Test
    void totalsFacetsAndSnippetsAreThoseOfAnIndexWithoutTheNote() {
        for (SearchQuery q : List.of(SearchQuery.of(""), SearchQuery.of("jaarstukken"),
                SearchQuery.of("piketvergoeding jaarstukken"), SearchQuery.of("besloten").withTypes("decision"),
                SearchQuery.of("").withBodies("Dagelijks bestuur").withPage(1, 100))) {
            SearchResult r = search.search(q);
            SearchResult expected = reference.search(q);
            assertEquals(expected.total(), r.total(), q.toString());
            assertEquals(expected.facets(), r.facets(), q.toString());
            assertEquals(expected.hits().stream().map(SearchResult.Hit::snippet).toList(),
                    r.hits().stream().map(SearchResult.Hit::snippet).toList(), q.toString());
            assertTrue(r.hits().stream().noneMatch(h -> h.docId().equals(TestDocs.confidentialNote().id())));
        }
        assertTrue(search.search(SearchQuery.of(""), true).total() > reference.search(SearchQuery.of("")).total());
    }
}
