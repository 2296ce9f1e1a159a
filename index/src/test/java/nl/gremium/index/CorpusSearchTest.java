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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.gremium.fixtures.Corpus;
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
    static IngestedFolder corpus;

    @BeforeAll
    static void ingest() {
        Optional<Path> dir = Corpus.locate();
        assumeTrue(dir.isPresent(), "no ../shared/corpus");
        corpus = IngestedFolder.of(dir.get().resolve("files"), name -> !name.startsWith("00-"), tmp);
    }

    @AfterAll
    static void close() {
        if (corpus != null) {
            corpus.close();
        }
    }

    private static Set<String> idsOf(String filePrefix) {
        return corpus.idsOf(filePrefix);
    }

    private static List<SearchResult.Hit> top3(String query) {
        return corpus.top3(SearchQuery.of(query));
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
        SearchResult r = corpus.search().search(SearchQuery.of("kazernes").withTypes("document"));
        assertTrue(r.hits().stream().anyMatch(h -> proposal.contains(h.docId())), describe(r.hits()));
        assertTrue(corpus.search().search(SearchQuery.of("continuiteit plan").withTypes("recommendation")).total() > 0);
        assertTrue(corpus.search().search(SearchQuery.of("besloten").withTypes("decision")).total() > 0);
    }

    @Test
    void facetsCountEveryUnit() {
        var docs = corpus.run().store().documents();
        assertEquals(UnitCounts.of(docs), UnitCounts.counted(corpus.search().search(SearchQuery.of(""), true), "type"));
        assertEquals(UnitCounts.visible(docs), UnitCounts.counted(corpus.search().search(SearchQuery.of("")), "type"));
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
        System.out.printf(Locale.ROOT, "gold recommendations found in top 3: %d/%d = %.2f%n", found, asked, rate);
        assertTrue(asked >= 10);
        assertTrue(rate >= 0.9, "found " + found + "/" + asked + "; missed: " + missed);
    }

    private static String describe(List<SearchResult.Hit> hits) {
        return IngestedFolder.describe(hits);
    }
}
