package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gremium.eval.Corpus;
import nl.gremium.eval.CorpusRun;
import nl.gremium.export.RecordRows;
import nl.gremium.model.LogicalDocument;
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
    static CorpusRun run;
    static SearchService search;

    @BeforeAll
    static void ingest() throws IOException {
        // the documents only: README.md and manifest.json describe them and would answer every question
        Path files = Files.createDirectories(tmp.resolve("files"));
        try (Stream<Path> s = Files.list(Corpus.samples())) {
            for (Path f : s.filter(p -> !p.getFileName().toString().matches("README\\.md|manifest\\.json")).toList()) {
                Files.copy(f, files.resolve(f.getFileName()));
            }
        }
        run = CorpusRun.ingest(files, tmp.resolve("data"));
        Indexer.Report r = Indexer.update(run.store(), Indexer.Progress.NONE);
        assertTrue(r.failures().isEmpty(), r.failures().toString());
        search = SearchService.open(run.store());
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static List<SearchResult.Hit> top3(SearchQuery q) {
        return search.search(q.withPage(1, 3)).hits();
    }

    private static String plain(SearchResult.Hit h) {
        return h.snippet().replaceAll("</?mark>", "");
    }

    @Test
    void annualAccountsDecisionInTopThreeWithHighlight() {
        String sentence = "stelt de jaarstukken 2024 vast";
        List<SearchResult.Hit> hits = top3(SearchQuery.of("besluit jaarstukken"));
        assertTrue(hits.stream().anyMatch(h -> plain(h).contains(sentence)
                && h.snippet().contains("<mark>jaarstukken</mark>")), describe(hits));
        assumeTrue(tagged("decision", sentence), "the tagger did not find the decision; its ranking is untestable");
        assertTrue(hits.stream().anyMatch(h -> h.type().equals("decision") && plain(h).contains(sentence)),
                describe(hits));
    }

    @Test
    void continuityPlanRecommendationFirst() {
        String sentence = "Actualiseer de continuïteitsplannen";
        assumeTrue(tagged("recommendation", sentence), "the tagger did not find the recommendation");
        List<SearchResult.Hit> hits = top3(SearchQuery.of("aanbeveling continuïteitsplannen"));
        assertEquals("recommendation", hits.get(0).type(), describe(hits));
        assertTrue(plain(hits.get(0)).contains(sentence), describe(hits));
    }

    /** Whether the pipeline tagged a record of this type containing the text (search cannot find what is not there). */
    private static boolean tagged(String type, String text) {
        return run.store().documents().stream().flatMap(d -> RecordRows.of(d).stream())
                .anyMatch(r -> r.type().equals(type) && r.text() != null && r.text().contains(text));
    }

    @Test
    void fireStationByName() {
        Set<String> proposal = idsOf("voorstel-vastgoedbeleid-brandweerkazernes");
        List<SearchResult.Hit> hits = top3(SearchQuery.of("kazerne Hattem"));
        assertTrue(hits.stream().anyMatch(h -> h.snippet().contains("<mark>Hattem</mark>")), describe(hits));
        SearchResult docs = search.search(SearchQuery.of("kazerne Hattem").withTypes("document"));
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
    void facetsCountEveryUnit() {
        SearchResult all = search.search(SearchQuery.of(""));
        assertEquals(UnitCounts.of(run.store().documents()), UnitCounts.counted(all, "type"));
        long letters = run.store().documents().stream().filter(d -> d.kind() != null && d.kind().name().equals("letter"))
                .count();
        assertEquals(letters, search.search(SearchQuery.of("").withTypes("document").withKinds("letter")).total());
    }

    private static Set<String> idsOf(String filePrefix) {
        return run.byFile().entrySet().stream().filter(e -> e.getKey().startsWith(filePrefix))
                .flatMap(e -> e.getValue().stream()).map(LogicalDocument::id).collect(Collectors.toSet());
    }

    private static String describe(List<SearchResult.Hit> hits) {
        return hits.stream().map(h -> h.type() + " " + h.docId() + " " + h.title() + ": " + h.snippet())
                .collect(Collectors.joining("\n"));
    }
}
