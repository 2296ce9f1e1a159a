package nl.gremium.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gremium.store.DataStore;
import nl.gremium.store.RecommendationStatus;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run of every job on {@link AnalyticsFixture} (one SparkSession for the class); values known by hand. */
class AnalyticsJobTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static DataStore store;
    static AnalyticsJob.Result result;
    static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void run() {
        store = new DataStore(dir);
        AnalyticsFixture.write(store);
        AnalyticsFixture.setStatuses(store);
        RecordsExport.write(store, progress::add);
        spark = Sparks.session("local[2]", 4);
        result = new AnalyticsJob(Analytics.uri(store.recordsDir()), Analytics.uri(store.statusDir()),
                Analytics.uri(store.analyticsDir()), AnalyticsFixture.AS_OF).run(spark, progress::add);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static RecommendationView rec(String id) {
        return result.recommendations().recommendations().stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static List<String> evidence(RecommendationView v) {
        return v.evidence().stream().map(e -> e.docId() + ":" + e.recordType() + ":" + e.recordId() + ":" + e.suggests())
                .toList();
    }

    @Test
    void statusesFollowEvidenceAndTheControllerWins() {
        RecommendationView r1 = rec("r1");
        assertEquals(List.of("ab-apr:agenda_item:5.1:in_progress", "ab-okt:agenda_item:4:closed"), evidence(r1));
        assertEquals(RecommendationStatus.closed, r1.status());
        assertEquals("evidence", r1.statusSource());
        assertEquals(259L, r1.ageDays());
        assertTrue(r1.evidence().get(1).snippet().contains("volledig uitgevoerd"), r1.evidence().get(1).snippet());
        assertEquals(LocalDate.of(2025, 10, 2), r1.evidence().get(1).date());

        RecommendationView r2 = rec("r2");
        assertEquals(RecommendationStatus.in_progress, r2.status(), "the controller's status wins over evidence");
        assertEquals("controller", r2.statusSource());
        assertEquals(RecommendationStatus.closed, r2.evidenceStatus());
        assertEquals("anna", r2.controller().who());
        assertEquals("oefening pas in 2026 gepland", r2.controller().note());

        RecommendationView r3 = rec("r3");
        assertEquals(List.of("voorstel:document:null:open"), evidence(r3),
                "the agenda dated before the report is no follow-up; a proposal's 'kennis te nemen' is no decision");
        assertEquals(RecommendationStatus.open, r3.status());
        assertTrue(r3.evidence().get(0).rule().contains("proposal"), r3.evidence().get(0).rule());
        assertEquals(309L, r3.ageDays());

        RecommendationView r4 = rec("r4");
        assertEquals(List.of(), r4.evidence());
        assertEquals(RecommendationStatus.open, r4.status());
        assertEquals("none", r4.statusSource());
    }

    @Test
    void countsAndTrendOfOpenRecommendations() {
        RecommendationsReport rr = result.recommendations();
        assertEquals(List.of(new StatusCount("(onbekend)", 1, 0, 0, 0, 1),
                new StatusCount("Adviescommissie Water", 1, 0, 0, 0, 1),
                new StatusCount(AnalyticsFixture.INSPECTIE, 0, 1, 0, 1, 2)), rr.byIssuer());
        assertEquals(3, rr.byTheme().size());
        List<String> trend = rr.trend().stream()
                .map(m -> m.month() + "=" + m.open() + "/" + m.inProgress() + "/" + m.closed()).toList();
        assertEquals(List.of("2025-01=1/0/0", "2025-02=1/0/0", "2025-03=4/0/0", "2025-04=2/2/0", "2025-05=2/2/0",
                "2025-06=2/2/0", "2025-07=2/2/0", "2025-08=2/2/0", "2025-09=2/2/0", "2025-10=2/0/2",
                "2025-11=2/1/1"), trend);
    }

    @Test
    void fundingHistoryListsEveryLetterAndTheRevisions() {
        Map<String, FundingSeries> series = result.funding().series().stream()
                .collect(Collectors.toMap(s -> s.organisation() + "/" + s.stream(), s -> s));
        assertEquals(2, series.size());
        FundingSeries gr = series.get("Groningen/BDuR");
        assertEquals(List.of(2025, 2026, 2027), gr.years().stream().map(FundingYear::year).toList());
        FundingYear y2025 = gr.years().get(0);
        assertEquals(List.of("bdur-jan", "bdur-jun", "bdur-jun"), y2025.statements().stream().map(FundingStatement::docId).toList());
        assertEquals(0, new BigDecimal("1020000.50").compareTo(y2025.latest()), "the corrected total, not the correction");
        assertEquals("definitive", y2025.latestKind());
        assertEquals(List.of("Correctie"), gr.components(), "a column header is a drill-down of the one stream");
        assertEquals(List.of("bdur-jan", "bdur-jun"), gr.letters().stream().map(FundingLetter::docId).toList(),
                "one line per letter");
        assertEquals(List.of(2025, 2026, 2027), gr.letters().get(1).points().stream().map(FundingPoint::year).toList());
        assertEquals(1, gr.revisions().size(), "2026 is restated unchanged: no revision");
        FundingRevision rev = gr.revisions().get(0);
        assertEquals(2025, rev.year());
        assertEquals("bdur-jan", rev.fromDoc());
        assertEquals("bdur-jun", rev.toDoc());
        assertEquals(0, new BigDecimal("20000.50").compareTo(rev.delta()));
        FundingRevision dr = series.get("Drenthe/BDuR").revisions().get(0);
        assertEquals(0, new BigDecimal("-5000").compareTo(dr.delta()));
        assertEquals("Junibrief BDuR 2025", dr.toTitle());
    }

    @Test
    void decisionTrendsPerBodyPeriodAndTopic() {
        DecisionReport d = result.decisions();
        assertEquals(List.of(new PeriodCount("Algemeen bestuur", "2025-04", 3, 1, 1, 1, 0, 0, 0, 0),
                new PeriodCount("Algemeen bestuur", "2025-10", 2, 1, 0, 1, 0, 0, 0, 0),
                new PeriodCount("Dagelijks bestuur", "2025-05", 2, 1, 0, 0, 1, 0, 0, 0)), d.perMonth(),
                "the executive board's rejected decision counted as rejected");
        assertEquals(List.of("Algemeen bestuur 2025-Q2 3", "Algemeen bestuur 2025-Q4 2", "Dagelijks bestuur 2025-Q2 2"),
                d.perQuarter().stream().map(p -> p.body() + " " + p.period() + " " + p.total()).toList());
        BodyOutcomes ab = d.perBody().get(0);
        assertEquals(new BodyOutcomes("Algemeen bestuur", 5, 2, 3, 2, 2.0 / 3), ab);
        assertEquals(0.5, d.perBody().get(1).shareAdoptedAsProposed());
        assertEquals(List.of("ingekomen stukken", "vaststellen verslag vergadering"),
                d.recurringTopics().stream().map(RecurringTopic::topic).sorted().toList());
        RecurringTopic t = d.recurringTopics().stream().filter(x -> x.topic().startsWith("vast")).findFirst().orElseThrow();
        assertEquals(2, t.meetings());
        assertEquals(LocalDate.of(2025, 4, 10), t.first());
        assertEquals(LocalDate.of(2025, 10, 2), t.last());
    }

    @Test
    void writesJsonForTheUiAndParquetAndCsvForUsers() throws Exception {
        RecommendationsReport fromJson = AnalyticsFiles.recommendations(store).orElseThrow();
        assertEquals(result.recommendations(), fromJson);
        assertEquals(result.funding(), AnalyticsFiles.funding(store).orElseThrow());
        assertEquals(result.decisions(), AnalyticsFiles.decisions(store).orElseThrow());
        assertEquals(4, spark.read().parquet(store.analyticsDir().resolve("parquet/recommendations").toString()).count());
        List<String> lines = Files.readAllLines(store.analyticsDir().resolve("csv/funding_statements.csv"));
        assertTrue(lines.get(0).startsWith("\uFEFForganisation;stream;year;docId"), "Dutch Excel: BOM and ';' " + lines.get(0));
        assertEquals(1 + 8, lines.size());
        assertTrue(lines.contains("Groningen;BDuR;2025;bdur-jun;Junibrief BDuR 2025;2025-06-10;definitive;1020000.5;t1;3;true;"),
                String.join("\n", lines));
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("analytics: funding: 2 series, 8 statements, 2 revisions")),
                String.join("\n", progress));
        assertNull(rec("r4").controller());
    }

    @Test
    void aRunKilledMidReplaceLeavesWholeTablesAndTheNextRunCleansUp() throws Exception {
        Path parquet = store.analyticsDir().resolve("parquet");
        // as a kill between the two renames leaves it: the old table aside, a half-written new one
        Files.move(parquet.resolve("recommendations"), parquet.resolve(".recommendations.old"));
        Files.createDirectories(parquet.resolve(".funding_statements.tmp/_temporary/0"));
        new AnalyticsJob(Analytics.uri(store.recordsDir()), Analytics.uri(store.statusDir()),
                Analytics.uri(store.analyticsDir()), AnalyticsFixture.AS_OF).run(spark, progress::add);
        assertEquals(4, spark.read().parquet(parquet.resolve("recommendations").toString()).count());
        try (var names = Files.list(parquet)) {
            List<String> left = names.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertEquals(List.of(), left, "no table left aside or half written");
        }
        assertTrue(Files.isRegularFile(parquet.resolve("recommendations/_SUCCESS")));
    }
}
