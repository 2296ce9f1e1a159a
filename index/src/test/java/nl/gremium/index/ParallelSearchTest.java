package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching groups of segments side by side finds, ranks and counts exactly what searching them in turn does. */
class ParallelSearchTest {
    @TempDir
    Path dir;

    @Test
    void sameResultsOnOneThreadAndOnSeveral() {
        DataStore store = new DataStore(dir);
        for (var doc : TestDocs.all()) { // one commit per document: a segment each, left unmerged at this size
            store.write(doc);
            Indexer.update(store, Indexer.Progress.NONE);
        }
        List<SearchQuery> queries = List.of(SearchQuery.of(""), SearchQuery.of("besluit"),
                SearchQuery.of("jaarstukken besluit"), SearchQuery.of("\"algemeen bestuur\""),
                SearchQuery.of("kazerne zwembad"), SearchQuery.of("besluit").withKinds("decision_list").withBodies("Dagelijks bestuur"),
                SearchQuery.of("").withFrom(LocalDate.of(1900, 1, 1)),
                SearchQuery.of("besluit").withSort(SearchQuery.Sort.date_desc));
        // a sample of 10 matches also makes the sampled counts' draw cross the groups
        try (SearchService one = SearchService.open(store, 10, 1); SearchService two = SearchService.open(store, 10, 2)) {
            assertEquals(1, one.slices());
            assertTrue(two.slices() > 1, "more than one group of segments: " + two.slices());
            for (SearchQuery q : queries) {
                for (boolean clearance : new boolean[] {false, true}) {
                    SearchResult a = one.search(q, clearance);
                    SearchResult b = two.search(q, clearance);
                    assertEquals(a.total(), b.total(), q.toString());
                    assertEquals(a.hits(), b.hits(), q.toString());
                    assertEquals(a.facets(), b.facets(), q.toString());
                }
            }
        }
    }
}
