package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.gremium.eval.CorpusRun;
import nl.gremium.export.ExportRows;
import nl.gremium.fixtures.Corpus;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions people ask, over the project's own {@code samples/} ingested once with the real pipeline.
 * Facts from samples/README.md (the bundle repeats several documents, so a hit may come from either copy).
 */
class SamplesSearchTest {
    @TempDir
    static Path tmp;
    static IngestedFolder samples;

    @BeforeAll
    static void ingest() {
        // the documents only: README.md and manifest.json describe them and would answer every question
        samples = IngestedFolder.of(Corpus.samples(), name -> !name.matches("README\\.md|manifest\\.json"), tmp);
    }

    @AfterAll
    static void close() {
        samples.close();
    }

    private static List<SearchResult.Hit> top3(SearchQuery q) {
        return samples.top3(q);
    }

    private static String plain(SearchResult.Hit h) {
        return h.snippet().replaceAll("</?mark>", "");
    }

    @Test
    void aTableAmountHitShowsTheAmountWithItsRowAndColumn() {
        // samples/README.md: the annual accounts proposal's table, row Brandweerzorg, column Realisatie 2024
        List<SearchResult.Hit> hits = samples.top3(SearchQuery.of("brandweerzorg realisatie 2024"));
        assertTrue(tagged("amount", "Brandweerzorg | Realisatie 2024"), "the tagger did not find the table amount");
        assertTrue(hits.stream().anyMatch(h -> h.type().equals("amount") && plain(h).contains("Brandweerzorg | Realisatie 2024")
                && plain(h).contains("€ 17.064.911")), describe(hits));
    }

    @Test
    void annualAccountsDecisionInTopThreeWithHighlight() {
        String sentence = "stelt de jaarstukken 2024 vast";
        List<SearchResult.Hit> hits = top3(SearchQuery.of("besluit jaarstukken"));
        assertTrue(hits.stream().anyMatch(h -> plain(h).contains(sentence)
                && h.snippet().contains("<mark>jaarstukken</mark>")), describe(hits));
        assertTrue(tagged("decision", sentence), "the tagger did not find the decision; its ranking is untestable");
        assertTrue(hits.stream().anyMatch(h -> h.type().equals("decision") && plain(h).contains(sentence)),
                describe(hits));
    }

    @Test
    void continuityPlanRecommendationFirst() {
        String sentence = "Actualiseer de continuïteitsplannen";
        assertTrue(tagged("recommendation", sentence), "the tagger did not find the recommendation");
        List<SearchResult.Hit> hits = top3(SearchQuery.of("aanbeveling continuïteitsplannen"));
        assertEquals("recommendation", hits.get(0).type(), describe(hits));
        assertTrue(plain(hits.get(0)).contains(sentence), describe(hits));
    }

    /** Whether the pipeline tagged a record of this type containing the text (search cannot find what is not there). */
    private static boolean tagged(String type, String text) {
        return samples.run().store().documents().stream().flatMap(d -> ExportRows.of(d).stream())
                .anyMatch(r -> r.type().equals(type) && r.text() != null && r.text().contains(text));
    }

    @Test
    void fireStationByName() {
        Set<String> proposal = samples.idsOf("voorstel-vastgoedbeleid-brandweerkazernes");
        List<SearchResult.Hit> hits = top3(SearchQuery.of("kazerne Hattem"));
        assertTrue(hits.stream().anyMatch(h -> h.snippet().contains("<mark>Hattem</mark>")), describe(hits));
        SearchResult docs = samples.search().search(SearchQuery.of("kazerne Hattem").withTypes("document"));
        assertTrue(docs.hits().stream().limit(3).anyMatch(h -> proposal.contains(h.docId())), describe(docs.hits()));
    }

    @Test
    void stemmedQueryFindsTheRejection() {
        List<SearchResult.Hit> hits = top3(SearchQuery.of("voorstel verworpen").withTypes("decision"));
        assertFalse(hits.isEmpty());
        assertTrue(plain(hits.get(0)).contains("verwerpt het voorstel"), describe(hits));
        assertTrue(hits.get(0).snippet().contains("<mark>verwerpt</mark>"), describe(hits));
    }

    @Test
    void reingestingUnchangedSamplesLeavesTheIndexAlone() throws Exception {
        Path data = samples.run().store().root();
        long before = lastCommit(samples.run().store());
        CorpusRun again = CorpusRun.ingest(data.resolveSibling("files"), data);
        assertTrue(again.report().addedIds().isEmpty(), "nothing re-ingested: " + again.report().addedIds());
        Indexer.Report r = Indexer.update(again.store(), Indexer.Progress.NONE);
        assertFalse(r.committed(), r.summary());
        assertEquals(before, lastCommit(again.store()));
    }

    private static long lastCommit(DataStore store) throws Exception {
        try (var dir = FSDirectory.open(store.indexDir())) {
            return SegmentInfos.readLatestCommit(dir).getGeneration();
        }
    }

    @Test
    void facetsCountEveryUnit() {
        List<LogicalDocument> docs = samples.run().store().documents();
        assertEquals(UnitCounts.of(docs), UnitCounts.counted(samples.search().search(SearchQuery.of(""), true), "type"));
        SearchResult all = samples.search().search(SearchQuery.of(""));
        assertEquals(UnitCounts.visible(docs), UnitCounts.counted(all, "type"));
        long letters = docs.stream().filter(d -> d.kind() != null && d.kind().name().equals("letter")).count();
        assertEquals(letters, samples.search().search(SearchQuery.of("").withTypes("document").withKinds("letter"), true).total());
    }

    private static String describe(List<SearchResult.Hit> hits) {
        return IngestedFolder.describe(hits);
    }
}
