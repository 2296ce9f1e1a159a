package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query filtering two or three facet dimensions finds, ranks and counts the same whether each dimension is
 * searched sideways on its own or all of them in one pass: its matches are those of all filters, and each filtered
 * dimension's counts are the totals of the query with that dimension's filter set to the counted value.
 */
class SidewaysSearchTest {
    @TempDir
    Path dir;

    @Test
    void onePassFindsAndCountsWhatEachDimensionSearchedSeparatelyDoes() {
        DataStore store = new DataStore(dir);
        for (var doc : TestDocs.all()) { // one commit per document: several segments, searched side by side
            store.write(doc);
            Indexer.update(store, Indexer.Progress.NONE);
        }
        SearchQuery kindBody = SearchQuery.of("besluit").withKinds("decision_list").withBodies("Dagelijks bestuur");
        List<SearchQuery> queries = List.of(kindBody, kindBody.withText(""), kindBody.withText("jaarstukken kazerne"),
                kindBody.withSort(SearchQuery.Sort.date_desc), kindBody.withPage(2, 2),
                kindBody.withBodies("Dagelijks bestuur", "Algemeen bestuur"),
                kindBody.withYears("2024", "2025"), kindBody.withText("").withTypes("decision").withYears("2025"),
                kindBody.withStatuses("adopted"), kindBody.withFrom(LocalDate.of(2025, 1, 1)),
                SearchQuery.of("").withFrom(LocalDate.of(1900, 1, 1)).withTypes("decision", "action")
                        .withKinds("decision_list"));
        var passes = SearchService.SidewaysPass.values();
        SearchService[] exact = new SearchService[passes.length];
        SearchService[] sampled = new SearchService[passes.length]; // a sample of 3: estimated counts too
        try {
            for (int p = 0; p < passes.length; p++) {
                exact[p] = SearchService.open(store, Integer.MAX_VALUE, 2, passes[p]);
                sampled[p] = SearchService.open(store, 3, 2, passes[p]);
            }
            boolean someEstimated = false;
            for (SearchQuery q : queries) {
                for (boolean clearance : new boolean[] {false, true}) {
                    SearchResult r = exact[0].search(q, clearance);
                    SearchResult s = sampled[0].search(q, clearance);
                    for (int p = 1; p < passes.length; p++) {
                        assertEquals(r, withoutTime(exact[p].search(q, clearance), r), passes[p] + " " + q);
                        assertEquals(s, withoutTime(sampled[p].search(q, clearance), s), passes[p] + " sampled " + q);
                    }
                    someEstimated |= s.facets().values().stream().flatMap(List::stream)
                            .anyMatch(SearchResult.FacetCount::estimated);
                    SearchResult plain = exact[0].search(q.withFacets(false), clearance);
                    assertEquals(plain.total(), r.total(), q.toString());
                    assertEquals(plain.hits(), r.hits(), q.toString());
                    for (String dim : List.of("type", "kind", "body", "year")) {
                        if (!filter(q, dim).isEmpty()) {
                            assertFalse(r.facets().get(dim).isEmpty(), dim + " counted sideways: " + q);
                            for (SearchResult.FacetCount f : r.facets().get(dim)) {
                                assertEquals(exact[1].search(with(q, dim, f.value()).withFacets(false), clearance)
                                        .total(), f.count(), dim + " " + f.value() + " in " + q);
                            }
                        }
                    }
                }
            }
            assertTrue(someEstimated, "the sampled counts were compared too");
        } finally {
            for (int p = 0; p < passes.length; p++) {
                for (SearchService s : new SearchService[] {exact[p], sampled[p]}) {
                    if (s != null) {
                        s.close();
                    }
                }
            }
        }
    }

    /** {@code r} with the time taken of {@code like} (the one field that may differ). */
    private static SearchResult withoutTime(SearchResult r, SearchResult like) {
        return new SearchResult(r.query(), r.total(), r.hits(), r.facets(), r.relaxed(), r.suggestion(),
                r.corrected(), like.tookMillis());
    }

    private static List<String> filter(SearchQuery q, String dim) {
        return switch (dim) {
            case "type" -> q.types();
            case "kind" -> q.kinds();
            case "body" -> q.bodies();
            default -> q.years();
        };
    }

    private static SearchQuery with(SearchQuery q, String dim, String value) {
        return switch (dim) {
            case "type" -> q.withTypes(value);
            case "kind" -> q.withKinds(value);
            case "body" -> q.withBodies(value);
            default -> q.withYears(value);
        };
    }
}
