package nl.gremium.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.Outcome;
import nl.gremium.model.Recommendation;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;
import nl.gremium.store.RecommendationStatus;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence that holds, on the real Spark job: follow-up must come after the report, from a paper that records what
 * was done (not a proposal), by an organisation acting for the addressee; the snippet is the sentence the status
 * rests on and every status names its rule.
 */
class EvidenceRulesTest {
    private static final String ISSUER = "Rekenkamer Oostrand";
    private static final String REGIO = "Veiligheidsregio Oostrand";
    private static final String TITLE = "Rapport Hoogwater in de winter";
    private static final LocalDate REPORT = LocalDate.of(2025, 3, 1);

    @TempDir
    static Path dir;
    static SparkSession spark;
    static AnalyticsJob.Result result;

    @BeforeAll
    static void run() {
        DataStore store = new DataStore(dir);
        store.write(AnalyticsFixture.doc("hw", DocKind.report, ISSUER, null, REPORT, TITLE,
                List.of(Block.paragraph("De rekenkamer onderzocht de voorbereiding op hoogwater.", 1)), List.of(),
                new Tags(List.of(), List.of(
                        rec("toRegion", "Oefen jaarlijks een evacuatie van de uiterwaarden.", "aan de besturen van de veiligheidsregio's"),
                        rec("toMinister", "Zorg voor een landelijk beeld van de dijkversterking.", "aan de minister van Infrastructuur en Waterstaat")),
                        List.of(), List.of(), List.of(), List.of())));
        // the region's minutes a month before the report: discusses the research, cannot follow it up
        store.write(AnalyticsFixture.doc("ab-feb", DocKind.minutes, REGIO, "Algemeen bestuur", LocalDate.of(2025, 2, 1),
                "Verslag februari", List.of(), List.of(item("4", "Rapport hoogwater rekenkamer",
                        "Het bestuur neemt kennis van het rapport Hoogwater in de winter en stemt in met de actiepunten.")),
                Tags.EMPTY));
        // a proposal after the report: proposes to take note, decides nothing
        store.write(AnalyticsFixture.doc("voorstel", DocKind.proposal, REGIO, "Algemeen bestuur", LocalDate.of(2025, 4, 1),
                "Voorstel hoogwater", List.of(Block.paragraph("Het bestuur wordt voorgesteld kennis te nemen van het "
                        + "rapport Hoogwater in de winter van de rekenkamer.", 1)), List.of(), Tags.EMPTY));
        // the board's decision list after the report: it only took note of the report
        store.write(AnalyticsFixture.doc("db-apr", DocKind.decision_list, REGIO, "Dagelijks bestuur", LocalDate.of(2025, 4, 15),
                "Besluitenlijst april", List.of(), List.of(), new Tags(List.of(new Decision("dn", "Rapport Hoogwater in de winter"
                        + " van de rekenkamer", "7", null, "Dagelijks bestuur", LocalDate.of(2025, 4, 15), null, Outcome.noted, 1,
                        "voor kennisgeving aangenomen")), List.of(), List.of(), List.of(), List.of(), List.of())));
        // the region's minutes after the report: a real follow-up for the recommendation to the regions only
        store.write(AnalyticsFixture.doc("ab-mei", DocKind.minutes, REGIO, "Algemeen bestuur", LocalDate.of(2025, 5, 15),
                "Verslag mei", List.of(), List.of(item("6", "Rapport hoogwater rekenkamer",
                        "Het rapport Hoogwater in de winter is in de commissie besproken. "
                                + "Het bestuur neemt kennis van het rapport en stelt de actiepunten vast.")),
                Tags.EMPTY));
        RecordsExport.write(store, s -> { });
        spark = Sparks.session("local[2]", 2);
        result = new AnalyticsJob(Analytics.uri(store.recordsDir()), Analytics.uri(store.statusDir()),
                Analytics.uri(store.analyticsDir()), LocalDate.of(2025, 11, 1)).run(spark, s -> { });
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void onlyLaterMinutesOfTheAddresseeMoveTheStatus() {
        RecommendationView region = rec("toRegion");
        assertEquals(List.of("voorstel:open", "db-apr:open", "ab-mei:in_progress"), links(region),
                "the February minutes predate the report");
        assertEquals(RecommendationStatus.in_progress, region.status());
        assertEquals(FollowUpMatcher.RULE_ACTED, region.statusRule());
        Evidence minutes = region.evidence().stream().filter(e -> e.docId().equals("ab-mei")).findFirst().orElseThrow();
        assertTrue(minutes.snippet().startsWith("Het bestuur neemt kennis"), "the sentence that proves it: " + minutes.snippet());
        assertTrue(region.evidence().get(0).rule().contains("proposal"), region.evidence().get(0).rule());
        assertEquals(Long.valueOf(245), region.ageDays());
    }

    @Test
    void aDecisionThatOnlyTakesNoteOfTheReportIsNoFollowUp() {
        Evidence noted = rec("toRegion").evidence().stream().filter(e -> e.docId().equals("db-apr")).findFirst().orElseThrow();
        assertEquals(RecommendationStatus.open, noted.suggests());
        assertTrue(noted.rule().contains("only takes note"), noted.rule());
    }

    @Test
    void theRegionsOwnMinutesDoNotAnswerForTheMinister() {
        RecommendationView minister = rec("toMinister");
        assertEquals(RecommendationStatus.open, minister.status());
        Evidence fromRegion = minister.evidence().stream().filter(e -> e.docId().equals("ab-mei")).findFirst().orElseThrow();
        assertEquals(RecommendationStatus.open, fromRegion.suggests());
        assertTrue(fromRegion.rule().contains("does not act for the addressee"), fromRegion.rule());
    }

    @Test
    void theReportSaysWhenItsStatusesWereComputed() {
        assertNotNull(result.recommendations().computedAt());
    }

    private static RecommendationView rec(String id) {
        return result.recommendations().recommendations().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> links(RecommendationView v) {
        List<String> out = new ArrayList<>();
        v.evidence().forEach(e -> out.add(e.docId() + ":" + e.suggests()));
        return out;
    }

    private static Recommendation rec(String id, String text, String addressee) {
        return new Recommendation(id, text, "1", ISSUER, addressee, TITLE, REPORT, "hoogwater", 3);
    }

    private static AgendaItem item(String number, String title, String text) {
        return new AgendaItem(number, title, text, 1, 1, 0, 1);
    }
}
