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
    private static final String DIJKWACHT = "Rapport Oefenen met de dijkwacht";

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
        // a report with numbered recommendations, of which the board takes two over and declines the third; a motion
        // to carry the third out after all is voted down
        store.write(AnalyticsFixture.doc("dw", DocKind.report, ISSUER, null, REPORT, DIJKWACHT,
                List.of(Block.paragraph("De rekenkamer onderzocht de oefeningen van de dijkwacht.", 1)), List.of(),
                new Tags(List.of(), List.of(numbered("dw1", "1", "Oefen elk voorjaar met de dijkwacht."),
                        numbered("dw2", "2", "Leg de taken van de dijkwacht vast in het rampbestrijdingsplan."),
                        numbered("dw3", "3", "Stel een reservepool van vrijwilligers samen.")),
                        List.of(), List.of(), List.of(), List.of())));
        store.write(AnalyticsFixture.doc("ab-jun", DocKind.decision_list, REGIO, "Algemeen bestuur", LocalDate.of(2025, 6, 12),
                "Besluitenlijst juni", List.of(), List.of(), new Tags(List.of(
                        new Decision("dj1", "Het algemeen bestuur besluit de aanbevelingen 1 en 2 uit het rapport Oefenen met de "
                                + "dijkwacht van de rekenkamer over te nemen en aanbeveling 3 niet.", "5", null, "Algemeen bestuur",
                                LocalDate.of(2025, 6, 12), null, Outcome.adopted, 1, "conform")),
                        List.of(), List.of(), List.of(), List.of(), List.of())));
        store.write(AnalyticsFixture.doc("ab-jul", DocKind.decision_list, REGIO, "Algemeen bestuur", LocalDate.of(2025, 7, 10),
                "Besluitenlijst juli", List.of(), List.of(), new Tags(List.of(
                        new Decision("dj2", "Motie: verzoekt het dagelijks bestuur aanbeveling 3 uit het rapport Oefenen met de "
                                + "dijkwacht van de rekenkamer alsnog uit te voeren.", "3", null, "Algemeen bestuur",
                                LocalDate.of(2025, 7, 10), null, Outcome.rejected, 1, "verworpen")),
                        List.of(), List.of(), List.of(), List.of(), List.of())));
        // the rekenkamer's cover letter asks; its follow-up study half a year later says how far the board has come
        store.write(AnalyticsFixture.doc("dw-brief", DocKind.letter, ISSUER, null, LocalDate.of(2025, 3, 5),
                "Aanbieding rapport", List.of(Block.paragraph("Hierbij ontvangt u ons rapport Oefenen met de dijkwacht. Wij "
                        + "vragen u in te stemmen met de aanbevelingen en de uitvoering ervan te bewaken.", 1)), List.of(), Tags.EMPTY));
        store.write(AnalyticsFixture.doc("dw-na", DocKind.report, ISSUER, null, LocalDate.of(2025, 10, 1),
                "Naonderzoek dijkwacht", List.of(Block.paragraph("Wij zijn nagegaan wat er met de aanbevelingen uit het rapport "
                        + "Oefenen met de dijkwacht is gebeurd.", 1), Block.paragraph("Aanbeveling 2 is opgevolgd: de taken staan "
                        + "in het rampbestrijdingsplan.", 1), Block.paragraph("Aanbeveling 1 is deels opgevolgd.", 1)),
                List.of(), Tags.EMPTY));
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
    void aDecisionTakesNumberedRecommendationsOverOrDeclinesThemOneByOne() {
        RecommendationView taken = rec("dw1");
        assertEquals(RecommendationStatus.in_progress, taken.status());
        assertEquals(FollowUpMatcher.RULE_ADOPTED, taken.statusRule());
        RecommendationView declined = rec("dw3");
        assertEquals(RecommendationStatus.not_adopted, declined.status());
        assertEquals(FollowUpMatcher.RULE_DECLINED, declined.statusRule());
        // the motion to carry it out after all was voted down: shown, but it moves nothing
        Evidence motion = declined.evidence().stream().filter(e -> "dj2".equals(e.recordId())).findFirst().orElseThrow();
        assertEquals(RecommendationStatus.open, motion.suggests());
        assertTrue(motion.rule().contains("not taken (rejected)"), motion.rule());
        // a declined recommendation is counted apart, and is not waiting for anyone
        StatusCount issuer = result.recommendations().byIssuer().stream().filter(c -> c.key().equals(ISSUER)).findFirst()
                .orElseThrow();
        assertEquals(1, issuer.notAdopted());
        assertEquals(Boolean.FALSE, RecommendationView.overdue(REPORT, declined.status(), LocalDate.of(2025, 11, 1)));
    }

    @Test
    void theIssuersFollowUpStudyCountsAndItsCoverLetterDoesNot() {
        RecommendationView done = rec("dw2");
        assertEquals(RecommendationStatus.closed, done.status());
        // the cover letter is no evidence; the motion on recommendation 3 is a mention here
        assertEquals(List.of("ab-jun:in_progress", "ab-jul:open", "dw-na:closed"), links(done));
        assertEquals(FollowUpMatcher.RULE_OWN_SUBJECT, done.statusRule());
        assertEquals(List.of("ab-jun:in_progress", "ab-jul:open", "dw-na:in_progress"), links(rec("dw1")));
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

    private static Recommendation numbered(String id, String number, String text) {
        return new Recommendation(id, text, number, ISSUER, "aan het algemeen bestuur van de veiligheidsregio", DIJKWACHT,
                REPORT, null, 2);
    }

    private static AgendaItem item(String number, String title, String text) {
        return new AgendaItem(number, title, text, 1, 1, 0, 1);
    }
}
