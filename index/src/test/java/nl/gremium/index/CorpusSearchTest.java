package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gremium.eval.Corpus;
import nl.gremium.eval.CorpusRun;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search over the development corpus, ingested once with the real pipeline (its 20 separate files;
 * the bundle holds the same documents again). Skipped when {@code ../shared/corpus} is absent.
 */
class CorpusSearchTest {
    @TempDir
    static Path tmp;
    static CorpusRun run;
    static SearchService search;

    @BeforeAll
    static void ingest() throws IOException {
        Optional<Path> corpus = Corpus.locate();
        assumeTrue(corpus.isPresent(), "no ../shared/corpus");
        Path files = Files.createDirectories(tmp.resolve("files"));
        try (Stream<Path> s = Files.list(corpus.get().resolve("files"))) {
            for (Path f : s.filter(p -> !p.getFileName().toString().startsWith("00-")).toList()) {
                Files.copy(f, files.resolve(f.getFileName()));
            }
        }
        run = CorpusRun.ingest(files, tmp.resolve("data"));
        Indexer.update(run.store(), Indexer.Progress.NONE);
        search = SearchService.open(run.store());
    }

    @AfterAll
    static void close() {
        if (search != null) {
            search.close();
        }
    }

    private static Set<String> idsOf(String filePrefix) {
        return run.byFile().entrySet().stream().filter(e -> e.getKey().startsWith(filePrefix))
                .flatMap(e -> e.getValue().stream()).map(LogicalDocument::id).collect(Collectors.toSet());
    }

    private static List<SearchResult.Hit> top3(String query) {
        return search.search(SearchQuery.of(query).withPage(1, 3)).hits();
    }

    @Test
    void annualAccountsDecisionInTopThreeWithHighlightedSnippet() {
        Set<String> minutes = idsOf("02-");
        List<SearchResult.Hit> hits = top3("besluit jaarstukken");
        assertTrue(hits.stream().anyMatch(h -> h.type().equals("decision") && minutes.contains(h.docId())
                && h.snippet().contains("<mark>")), describe(hits));
    }

    @Test
    void continuityPlanRecommendation() {
        Set<String> letter = idsOf("09-");
        List<SearchResult.Hit> hits = top3("aanbeveling continuïteitsplan");
        assertTrue(hits.stream().anyMatch(h -> h.type().equals("recommendation") && letter.contains(h.docId())),
                describe(hits));
    }

    @Test
    void fireStationByName() {
        Set<String> proposal = idsOf("10-");
        List<SearchResult.Hit> hits = top3("kazerne Heino");
        assertTrue(hits.stream().anyMatch(h -> proposal.contains(h.docId())), describe(hits));
    }

    @Test
    void compoundAndStemmedQueriesHit() {
        Set<String> proposal = idsOf("10-");
        SearchResult r = search.search(SearchQuery.of("kazernes").withTypes("document"));
        assertTrue(r.hits().stream().anyMatch(h -> proposal.contains(h.docId())), describe(r.hits()));
        assertTrue(search.search(SearchQuery.of("continuiteit plan").withTypes("recommendation")).total() > 0);
        assertTrue(search.search(SearchQuery.of("besloten").withTypes("decision")).total() > 0);
    }

    @Test
    void facetsCountEveryUnit() {
        assertEquals(UnitCounts.of(run.store().documents()), UnitCounts.counted(search.search(SearchQuery.of("")), "type"));
    }

    /**
     * Each gold recommendation, searched by its first eight words, brings a unit of its own document
     * into the top 3. The words come from the text itself, so anything less than nearly all means
     * ranking or analysis is broken; 0.9 leaves room for a recommendation whose opening words are generic.
     */
    @Test
    void goldRecommendationsAreFoundByTheirOpeningWords() throws IOException {
        Path gold = Corpus.locate().orElseThrow().resolve("gold");
        int asked = 0, found = 0;
        List<String> missed = new ArrayList<>();
        try (Stream<Path> s = Files.list(gold)) {
            for (Path g : s.sorted().toList()) {
                JsonNode recs = Json.mapper().readTree(g.toFile()).path("recommendations");
                Set<String> ids = idsOf(g.getFileName().toString().substring(0, 3));
                for (JsonNode rec : recs) {
                    String words = String.join(" ", List.of(rec.path("text").asText().split("\\s+"))
                            .subList(0, 8)).replaceAll("[\"()*+|~-]", " ");
                    asked++;
                    if (top3(words).stream().anyMatch(h -> ids.contains(h.docId()))) {
                        found++;
                    } else {
                        missed.add(words);
                    }
                }
            }
        }
        double rate = (double) found / asked;
        System.out.printf("gold recommendations found in top 3: %d/%d = %.2f%n", found, asked, rate);
        assertTrue(asked >= 10);
        assertTrue(rate >= 0.9, "found " + found + "/" + asked + "; missed: " + missed);
    }

    private static String describe(List<SearchResult.Hit> hits) {
        return hits.stream().map(h -> h.type() + " " + h.docId() + " " + h.title() + ": " + h.snippet())
                .collect(Collectors.joining("\n"));
    }
}
