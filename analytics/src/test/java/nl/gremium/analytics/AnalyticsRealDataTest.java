package nl.gremium.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gremium.eval.CorpusRun;
import nl.gremium.fixtures.Corpus;
import nl.gremium.model.FundingFact;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;
import nl.gremium.store.RecommendationStatus;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jobs on real ingests: our samples (always) and the development corpus (when present), with the
 * real pipeline's documents and tags. What the jobs guarantee is checked whatever the taggers found;
 * facts known from the samples' README and the corpus are checked when the taggers extracted them.
 */
class AnalyticsRealDataTest {
    static SparkSession spark;
    static DataStore samples;
    static AnalyticsJob.Result samplesResult;

    @BeforeAll
    static void run() {
        spark = Sparks.session("local[2]", 4);
        samples = CorpusRun.shared(Corpus.samples()).store();
        samplesResult = job(samples, LocalDate.of(2026, 1, 31));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static AnalyticsJob.Result job(DataStore store, LocalDate asOf) {
        RecordsExport.write(store, s -> { });
        return new AnalyticsJob(Analytics.uri(store.recordsDir()), Analytics.uri(store.statusDir()),
                Analytics.uri(store.analyticsDir()), asOf).run(spark, s -> { });
    }

    private static Set<String> docsOf(DataStore store, String fileName) {
        return store.documents().stream()
                .filter(d -> d.locations().stream().anyMatch(p -> p.source().fileName().equals(fileName)))
                .map(LogicalDocument::id).collect(Collectors.toSet());
    }

    @Test
    void everyFundingFactIsInTheHistoryAndTheLatestIsTheNewestLetters() {
        checkFunding(samples, samplesResult.funding());
    }

    static void checkFunding(DataStore store, FundingReport report) {
        Map<List<Object>, FundingYear> years = new HashMap<>();
        for (FundingSeries s : report.series()) {
            for (FundingYear y : s.years()) {
                years.put(List.of(s.organisation(), s.stream(), y.year()), y);
                FundingStatement newest = y.statements().get(y.statements().size() - 1);
                assertEquals(0, newest.value().compareTo(y.latest()), s + " " + y.year());
            }
            for (FundingRevision r : s.revisions()) {
                assertEquals(0, r.toValue().subtract(r.fromValue()).compareTo(r.delta()), r.toString());
                assertTrue(r.fromDate() == null || !r.toDate().isBefore(r.fromDate()), r.toString());
            }
        }
        for (LogicalDocument d : store.documents()) {
            for (FundingFact f : d.tags().funding()) {
                FundingYear y = years.get(List.of(f.organisation().trim(),
                        f.stream() == null ? FundingJob.UNKNOWN_STREAM : f.stream().trim(), f.year()));
                assertNotNull(y, "missing in history: " + f);
                assertTrue(y.statements().stream().anyMatch(st -> st.value().compareTo(f.value()) == 0), f.toString());
            }
        }
    }

    @Test
    void vechtlandBdurHistoryMatchesTheLetters() {
        // samples/README.md, "Vechtland funding history": junibrief → decemberbrief 2025
        Map<Integer, long[]> gold = Map.of(2025, new long[] {7_412_386, 7_436_912}, 2026, new long[] {7_642_170, 7_707_128},
                2027, new long[] {7_733_876, 7_799_614}, 2028, new long[] {7_780_279, 7_846_411},
                2029, new long[] {7_819_180, 7_885_643});
        Set<BigDecimal> known = gold.values().stream().flatMap(v -> Arrays.stream(v).boxed())
                .map(BigDecimal::valueOf).collect(Collectors.toSet());
        List<FundingSeries> vechtland = samplesResult.funding().series().stream()
                .filter(s -> s.organisation().contains("Vechtland")).toList();
        assertTrue(!vechtland.isEmpty(), "no funding facts for Vechtland extracted");
        List<String> checked = new ArrayList<>();
        for (FundingSeries s : vechtland) {
            for (FundingYear y : s.years()) {
                long[] g = gold.get(y.year());
                if (g != null && known.stream().anyMatch(k -> k.compareTo(y.latest()) == 0)) {
                    // a level the letters state: the latest must be the December letter's where it restates the year
                    boolean december = y.statements().stream().anyMatch(st -> st.value().compareTo(BigDecimal.valueOf(g[1])) == 0);
                    if (december) {
                        assertEquals(0, BigDecimal.valueOf(g[1]).compareTo(y.latest()), s.stream() + " " + y.year());
                        checked.add(y.year() + "");
                    }
                }
            }
            for (FundingRevision r : s.revisions()) {
                long[] g = gold.get(r.year());
                if (g != null && r.fromValue().compareTo(BigDecimal.valueOf(g[0])) == 0) {
                    assertEquals(0, BigDecimal.valueOf(g[1] - g[0]).compareTo(r.delta()), r.toString());
                    checked.add("revision " + r.year());
                }
            }
        }
        assertTrue(!checked.isEmpty(), "the letters' Vechtland values were not extracted");
        System.out.println("Vechtland BDuR checked against the samples: " + checked);
    }

    @Test
    void inspectionRecommendationsHaveAStatusAndTheJulyMinutesAsEvidence() {
        List<RecommendationView> recs = samplesResult.recommendations().recommendations();
        recs.forEach(v -> assertNotNull(v.status(), v.id()));
        Set<String> report = docsOf(samples, "inspectierapport-stroomuitval-2025.pdf");
        List<RecommendationView> fromReport = recs.stream().filter(v -> report.contains(v.docId())).toList();
        assertTrue(!fromReport.isEmpty(), "the tagger found no recommendations in the inspection report");
        Set<String> july = docsOf(samples, "verslag-ab-2025-07-09.pdf");
        for (RecommendationView v : fromReport) {
            assertTrue(v.evidence().stream().anyMatch(e -> july.contains(e.docId())),
                    v.id() + " lacks the AB 9 July decision as evidence: " + v.evidence());
            assertNotNull(v.date(), "the report prints its date: " + v.id());
            // the region's minutes follow up what is asked of the regions, not what is asked of the minister
            boolean toMinister = v.addressee() != null && v.addressee().toLowerCase(Locale.ROOT).contains("minister");
            assertEquals(toMinister, v.status() == RecommendationStatus.open, v.id() + " " + v.addressee());
        }
    }

    @Test
    void followUpMeetsTheSamplesGold() {
        FollowUpEvaluation.Result r = FollowUpEvaluation.evaluate(FollowUpEvaluation.SAMPLES, samples);
        r.print(System.out);
        assertGold(r);
    }

    /**
     * The corpus's gold: the inspectorate papers are dated by the incoming-papers list (18-07-2025), after the AB
     * minutes of 9 July, whose item on another Inspectorate request is no follow-up of them; nothing later follows them up.
     */
    @Test
    void followUpMeetsTheCorpusGold() {
        Optional<Path> corpus = Corpus.locate();
        assumeTrue(corpus.isPresent() && Files.isDirectory(corpus.get().resolve("files")), "no corpus");
        DataStore store = CorpusRun.shared(corpus.get().resolve("files")).store();
        AnalyticsJob.Result r = job(store, LocalDate.of(2025, 10, 1));
        checkFunding(store, r.funding());
        r.recommendations().recommendations().forEach(v -> assertNotNull(v.status(), v.id()));
        FollowUpEvaluation.Result f = FollowUpEvaluation.evaluate(FollowUpEvaluation.CORPUS, store);
        f.print(System.out);
        assertGold(f);
    }

    private static void assertGold(FollowUpEvaluation.Result r) {
        String why = String.join("\n", r.errors());
        assertEquals(r.recommendations(), r.found(), "every gold recommendation tagged: " + why);
        assertTrue(r.precision() >= 0.90, "evidence link precision " + r.precision() + ": " + why);
        assertTrue(r.recall() >= 0.90, "evidence link recall " + r.recall() + ": " + why);
        assertTrue(r.statusAccuracy() >= 0.90, "status accuracy " + r.statusAccuracy() + ": " + why);
    }
}
