package nl.gremium.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Motion;
import nl.gremium.model.Outcome;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Motion and amendment trends on the real Spark job: per body and month, per submitting party, by outcome. */
class MotionJobTest {
    private static final String RAAD = "Gemeenteraad";

    @TempDir
    static Path dir;
    static SparkSession spark;
    static MotionReport report;

    @BeforeAll
    static void run() {
        DataStore store = new DataStore(dir);
        store.write(motion("m1", DocKind.motion, LocalDate.of(2025, 3, 10), List.of("VVD", "D66"), Outcome.adopted));
        store.write(motion("m2", DocKind.motion, LocalDate.of(2025, 3, 20), List.of("SP"), Outcome.rejected));
        store.write(motion("a1", DocKind.amendment, LocalDate.of(2025, 4, 2), List.of("VVD"), Outcome.withdrawn));
        RecordsExport.write(store, s -> { });
        spark = Sparks.session("local[2]", 2);
        report = MotionJob.run(new RecordsDataset(spark, Analytics.uri(store.recordsDir())));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void perBodyAndMonth() {
        assertEquals(List.of(new MotionCount(RAAD, "2025-03", null, "motion", 2, 1, 1, 0, 0),
                new MotionCount(RAAD, "2025-04", null, "amendment", 1, 0, 0, 1, 0)), report.perMonth());
    }

    @Test
    void perPartyAMotionOfTwoPartiesCountsForEach() {
        assertEquals(List.of(new MotionCount(null, null, "D66", "motion", 1, 1, 0, 0, 0),
                new MotionCount(null, null, "SP", "motion", 1, 0, 1, 0, 0),
                new MotionCount(null, null, "VVD", "amendment", 1, 0, 0, 1, 0),
                new MotionCount(null, null, "VVD", "motion", 1, 1, 0, 0, 0)), report.perParty());
    }

    private static LogicalDocument motion(String id, DocKind kind, LocalDate date, List<String> parties,
                                                          Outcome outcome) {
        Motion m = new Motion(id + "#m1", kind, id.toUpperCase(Locale.ROOT), "Motie " + id, List.of("Jansen"),
                parties, outcome, outcome.name(), 1);
        return AnalyticsFixture.doc(id, kind, "Gemeente Oostrand", RAAD, date, "Motie " + id,
                List.of(Block.paragraph("De raad, in vergadering bijeen, verzoekt het college iets te doen.", 1)),
                List.of(), new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(m)));
    }
}
