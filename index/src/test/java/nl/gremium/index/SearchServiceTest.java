package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relevance and query features over the hand-written archive of {@link TestDocs}. */
class SearchServiceTest {
    @TempDir
    static Path dir;
    static SearchService search;

    @BeforeAll
    static void index() {
        DataStore store = new DataStore(dir);
        TestDocs.write(store);
        Indexer.Report r = Indexer.update(store, Indexer.Progress.NONE);
        assertEquals(TestDocs.all().size(), r.added());
        search = SearchService.open(store);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static SearchResult find(String text) {
        return search.search(SearchQuery.of(text));
    }

    private static int rankOf(SearchResult r, String type, String textPart) {
        for (int i = 0; i < r.hits().size(); i++) {
            SearchResult.Hit h = r.hits().get(i);
            if (h.type().equals(type) && h.snippet().replaceAll("</?mark>", "").contains(textPart)) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void annualAccountsDecisionInTopThreeWithHighlight() {
        SearchResult r = find("besluit jaarstukken");
        int rank = rankOf(r, "decision", "jaarstukken 2024 vast te stellen");
        assertTrue(rank >= 1 && rank <= 3, "rank " + rank + " in " + titles(r));
        SearchResult.Hit h = r.hits().get(rank - 1);
        assertTrue(h.snippet().contains("<mark>jaarstukken</mark>"), h.snippet());
        assertTrue(h.snippet().contains("<mark>besloten</mark>"), "stemmed form highlighted: " + h.snippet());
        assertEquals(TestDocs.decisionList().id(), h.docId());
        assertEquals("2", h.agendaItem());
        assertEquals(1, h.page());
        assertEquals("adopted", h.status());
    }

    @Test
    void continuityRecommendationWithoutDiacritics() {
        SearchResult r = find("aanbeveling continuiteitsplannen");
        assertEquals("recommendation", r.hits().get(0).type(), titles(r));
        assertTrue(r.hits().get(0).snippet().contains("<mark>continuïteitsplannen</mark>"), r.hits().get(0).snippet());
        assertEquals(6, r.hits().get(0).page());
    }

    @Test
    void fireStationByName() {
        SearchResult r = find("kazerne Dalfsen-Noord");
        assertFalse(r.hits().isEmpty());
        assertEquals("decision", r.hits().get(0).type(), titles(r));
        assertTrue(r.hits().get(0).snippet().contains("<mark>Dalfsen</mark>"), r.hits().get(0).snippet());
    }

    @Test
    void compoundPartFindsCompound() {
        SearchResult r = search.search(SearchQuery.of("kazernes").withTypes("agenda_item"));
        List<String> items = r.hits().stream().map(SearchResult.Hit::title).toList();
        assertTrue(items.contains("3 Vastgoedbeleid brandweerkazernes"), items.toString());
        assertTrue(items.contains("6 Rondvraag"), "plain 'kazerne' also matches: " + items);
    }

    @Test
    void decisionFoundThroughItsAgendaItemShowsThatTitle() {
        assertEquals(2, search.search(SearchQuery.of("jaarrekening").withTypes("decision")).total(),
                "the synonym jaarstukken finds the 2024 decision too");
        SearchResult r = search.search(SearchQuery.of("jaarrekening").withTypes("decision").withYears("2023"));
        assertEquals(1, r.total());
        assertEquals("<mark>Jaarrekening</mark> 2022 — Het dagelijks bestuur besluit conform voorstel.",
                r.hits().get(0).snippet());
        assertEquals("3 Jaarrekening 2022", r.hits().get(0).title());
        SearchResult both = search.search(SearchQuery.of("besluit jaarrekening").withTypes("decision").withYears("2023"));
        assertEquals("<mark>Jaarrekening</mark> 2022 — Het dagelijks bestuur <mark>besluit</mark> conform voorstel.",
                both.hits().get(0).snippet(), "the title's match is shown even when the text has another");
    }

    @Test
    void pluralCompoundPartFindsSingular() {
        SearchResult r = search.search(SearchQuery.of("plan continuïteit").withTypes("recommendation"));
        assertEquals(1, r.total(), "'plan' and 'continuïteit' are both parts of 'continuïteitsplannen'");
    }

    @Test
    void stemmedQueryFindsIrregularForm() {
        SearchResult r = search.search(SearchQuery.of("vaststellen begrotingswijziging").withTypes("decision"));
        assertEquals(1, r.total(), titles(r));
        assertTrue(r.hits().get(0).snippet().contains("<mark>vastgesteld</mark>"), r.hits().get(0).snippet());
    }

    @Test
    void phrasesAreExact() {
        SearchResult r = find("\"vastgoedbeleid voor de brandweerkazernes\"");
        assertTrue(r.total() > 0);
        assertEquals(0, find("\"brandweerkazernes voor het vastgoedbeleid\"").total());
        // a phrase's hits are scored in the pass that counts its matches: best first, and counted in the facets
        for (int i = 1; i < r.hits().size(); i++) {
            assertTrue(r.hits().get(i - 1).score() >= r.hits().get(i).score(), titles(r));
        }
        assertEquals(r.total(), UnitCounts.counted(r, "type").values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void exclusionAndRelaxation() {
        long all = find("jaarstukken").total();
        long without = find("jaarstukken -agenda").total();
        assertTrue(without < all, without + " < " + all);
        SearchResult r = find("jaarstukken zeppelin");
        assertTrue(r.relaxed(), "no unit holds both words: any-word results are marked relaxed");
        assertTrue(r.total() > 0);
    }

    @Test
    void facetsCountEveryMatchingUnit() {
        SearchResult r = search.search(SearchQuery.of(""));
        Map<String, Long> expected = UnitCounts.of(TestDocs.all());
        assertEquals(expected, UnitCounts.counted(r, "type"));
        assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), r.total());
        assertEquals(3, count(r, "year", "2023"), "2023: 1 document + 1 agenda item + 1 decision");
    }

    @Test
    void facetsFollowTheQuery() {
        SearchResult r = search.search(SearchQuery.of("kazerne").withTypes("decision", "action"));
        int decisions = count(r, "type", "decision");
        int actions = count(r, "type", "action");
        assertEquals(1, decisions, "only the fire-station decision mentions a kazerne");
        assertEquals(1, actions, "the Ommen action");
        assertEquals(r.total(), decisions + actions);
        assertTrue(count(r, "type", "document") > 0, "type is counted sideways: other types stay visible");
        for (SearchResult.FacetCount f : r.facets().get("type")) {
            assertEquals(f.count(), search.search(SearchQuery.of("kazerne").withTypes(f.value())).total(), f.value());
        }
        assertEquals(r.total(), count(r, "kind", "decision_list") + count(r, "kind", "minutes"),
                "other dimensions count the filtered results");
    }

    @Test
    void twoFilteredDimensionsAreEachCountedSideways() {
        SearchQuery q = SearchQuery.of("").withFrom(LocalDate.of(1900, 1, 1)).withTypes("decision", "action")
                .withKinds("decision_list");
        SearchResult r = search.search(q);
        assertEquals(r.total(), search.search(q.withFacets(false)).total(), "the same matches with or without counts");
        assertTrue(r.total() > 1);
        for (SearchQuery same : List.of(q, q.withText("besluit"), q.withSort(SearchQuery.Sort.date_asc))) {
            assertEquals(search.search(same.withFacets(false)).hits(), search.search(same).hits(),
                    "ranked among the matches counted sideways, in the same order: " + same);
        }
        for (SearchResult.FacetCount f : r.facets().get("type")) {
            assertEquals(search.search(q.withTypes(f.value())).total(), f.count(), "type " + f.value());
        }
        for (SearchResult.FacetCount f : r.facets().get("kind")) {
            assertEquals(search.search(q.withKinds(f.value())).total(), f.count(), "kind " + f.value());
        }
        assertTrue(r.facets().get("kind").size() > 1, "other kinds stay visible: " + r.facets().get("kind"));
        assertEquals(r.total(), r.facets().get("year").stream().mapToInt(SearchResult.FacetCount::count).sum(),
                "an unfiltered dimension counts the results");
    }

    @Test
    void manyMatchesGetFacetCountsFromASampleScaledUp() {
        // every dated unit: not browsing, so the general path
        SearchQuery q = SearchQuery.of("").withFrom(LocalDate.of(1900, 1, 1));
        SearchResult exact = search.search(q);
        SearchResult everything = search.search(SearchQuery.of(""), true);
        try (SearchService sampling = SearchService.open(search.store(), 10)) {
            SearchResult browsed = sampling.search(SearchQuery.of(""));
            assertEquals(search.search(SearchQuery.of("")).facets(), browsed.facets(),
                    "browsing everything is counted exactly, once per commit and clearance");
            assertTrue(browsed.facets().values().stream().flatMap(List::stream).noneMatch(SearchResult.FacetCount::estimated));
            SearchResult sampled = sampling.search(q);
            assertTrue(exact.total() > 10 * 2, "enough units to sample: " + exact.total());
            assertEquals(exact.total(), sampled.total(), "the total stays exact");
            assertEquals(exact.hits(), sampled.hits(), "sampling touches only the counts");
            long sum = 0;
            for (SearchResult.FacetCount f : sampled.facets().get("type")) {
                assertTrue(f.count() <= count(everything, "type", f.value()),
                        "a scaled count never exceeds the units holding the value: " + f);
                assertTrue(f.estimated(), "a scaled count says it is an estimate: " + f);
                sum += f.count();
            }
            // every unit has one type: the scaled counts add up to about the total
            assertTrue(Math.abs(sum - exact.total()) <= exact.total() / 2, sum + " vs " + exact.total());
            assertEquals(sampled.facets(), sampling.search(q).facets(), "the same counts on every repeat");
        }
        SearchResult few = search.search(SearchQuery.of("kazerne"));
        try (SearchService sampling = SearchService.open(search.store(), 1_000)) {
            assertEquals(few.facets(), sampling.search(SearchQuery.of("kazerne")).facets(), "few matches: exact");
            assertTrue(few.facets().values().stream().flatMap(List::stream).noneMatch(SearchResult.FacetCount::estimated));
        }
    }

    @Test
    void filtersByKindBodyOrganisationYearStatus() {
        assertEquals(3, search.search(SearchQuery.of("").withTypes("decision").withBodies("Dagelijks bestuur")
                .withYears("2025")).total());
        SearchResult adopted = search.search(SearchQuery.of("").withStatuses("adopted"));
        assertEquals(4, adopted.total());
        SearchResult letters = search.search(SearchQuery.of("").withKinds("letter").withTypes("funding"));
        assertEquals(2, letters.total());
        SearchResult inspectorate = search.search(SearchQuery.of("")
                .withOrganisations("Inspectie Justitie en Veiligheid").withTypes("recommendation"));
        assertEquals(2, inspectorate.total());
    }

    @Test
    void dateRangeAndDateSort() {
        SearchResult r = search.search(SearchQuery.of("jaarstukken jaarrekening").withTypes("decision")
                .withSort(SearchQuery.Sort.date_desc));
        assertFalse(r.relaxed(), "synonyms: each decision holds one of the two words and so both");
        assertEquals(List.of(TestDocs.DB_DATE, LocalDate.of(2023, 3, 14)),
                r.hits().stream().map(SearchResult.Hit::date).toList());
        SearchResult only2023 = search.search(SearchQuery.of("").withTypes("decision")
                .withFrom(LocalDate.of(2023, 1, 1)).withTo(LocalDate.of(2023, 12, 31)));
        assertEquals(1, only2023.total());
        assertEquals("3 Jaarrekening 2022", only2023.hits().get(0).title());
    }

    @Test
    void pagesDoNotOverlap() {
        SearchQuery q = SearchQuery.of("").withSort(SearchQuery.Sort.date_asc);
        SearchResult p1 = search.search(q.withPage(1, 5));
        SearchResult p2 = search.search(q.withPage(2, 5));
        assertEquals(5, p1.hits().size());
        assertEquals(p1.total(), p2.total());
        assertTrue(p1.pages() >= 2);
        assertTrue(p1.hits().stream().noneMatch(a -> p2.hits().stream().anyMatch(b -> a.id().equals(b.id()))));
        SearchResult countsOnly = search.search(q.withPage(1, 0));
        assertTrue(countsOnly.hits().isEmpty());
        assertEquals(p1.total(), countsOnly.total());
        assertEquals(p1.facets(), countsOnly.facets());
    }

    @Test
    void snippetsAreEscaped() {
        SearchResult r = search.search(SearchQuery.of("alert notulen").withTypes("agenda_item"));
        String s = r.hits().get(0).snippet();
        assertFalse(s.contains("<script>"), s);
        assertTrue(s.contains("&lt;script&gt;"), s);
    }

    @Test
    void badInputGetsClearErrors() {
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x").withTypes("meeting"));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x").withPage(0, 10));
        assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.of("x").withFrom(LocalDate.of(2025, 2, 1)).withTo(LocalDate.of(2025, 1, 1)));
        assertEquals(0, find("de het een").total(), "only stop words: nothing, no error");
        assertNotNull(find("\"unclosed phrase").hits());
    }

    private static int count(SearchResult r, String dim, String value) {
        return r.facets().get(dim).stream().filter(f -> f.value().equals(value))
                .mapToInt(SearchResult.FacetCount::count).findFirst().orElse(0);
    }

    private static String titles(SearchResult r) {
        return r.hits().stream().map(h -> h.type() + ":" + h.title()).toList().toString();
    }

    @Test
    void redactionsAreAFacetPerGroundCountingDocumentsAndAFilter() {
        SearchResult all = search.search(SearchQuery.of(""));
        assertEquals(List.of(new SearchResult.FacetCount("5.1.2e", 1), new SearchResult.FacetCount(Fields.NO_GROUND, 1)),
                all.facets().get(Fields.REDACTION));
        SearchResult redacted = search.search(SearchQuery.of("").withRedactions("5.1.2e"));
        assertEquals(1, redacted.total());
        assertEquals(TestDocs.letter().id(), redacted.hits().get(0).docId());
        assertEquals(0, search.search(SearchQuery.of("").withRedactions("5.2")).total());
    }
}
