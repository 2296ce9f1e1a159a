package nl.gremium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import nl.gremium.analytics.AnalyticsFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract: summary on stderr, exit 3 when some files failed, a clear error for bad options. */
class IngestCommandTest {

    @Test
    void partialFailureExitsThreeAndNamesTheFile(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("stukken.html"),
                "<html><body><h1>Ingekomen stukken</h1><p>Het bestuur neemt kennis van de stukken.</p></body></html>");
        Files.write(in.resolve("leeg.pdf"), new byte[0]);
        String err = stderrOf(3, "ingest", "--no-analytics", "--data", dir.resolve("data").toString(), in.toString());
        assertTrue(err.contains("1 document") && err.contains("1 failed"), err);
        assertTrue(err.contains("leeg.pdf: empty file (0 bytes)"), err);
        assertEquals(1, Files.list(dir.resolve("data").resolve("docs")).count());
        assertTrue(Files.isDirectory(dir.resolve("data").resolve("logs")), "library logging has its folder");
        assertTrue(!err.contains("WARN") && !err.contains("INFO"), "no library logging on the terminal: " + err);
    }

    @Test
    void statusesAreRecomputedAfterAnIngestThatChangedDocuments(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("besluitenlijst.txt"), "Besluitenlijst dagelijks bestuur 12 maart 2026\n\n"
                + "1. Het dagelijks bestuur stelt de jaarrekening 2025 vast.\n");
        Path data = dir.resolve("data");
        stderrOf(0, "ingest", "--data", data.toString(), in.toString());
        Path statuses = data.resolve("analytics").resolve(AnalyticsFiles.RECOMMENDATIONS);
        assertTrue(Files.isRegularFile(statuses), "the analytics ran after the ingest");
        FileTime first = Files.getLastModifiedTime(statuses);
        String again = stderrOf(0, "ingest", "--data", data.toString(), in.toString());
        assertEquals(first, Files.getLastModifiedTime(statuses), "nothing changed, nothing recomputed: " + again);
    }

    /**
     * {@code ingest --master}: Spark's executors parse and analyse, this machine stores; the records are the same
     * as a local run's. Here on {@code local[2]} (in the build); the same on a standalone cluster is the documented
     * command in BENCHMARKS.md (bin/spark-cluster).
     */
    @Test
    void aClusterIngestStoresTheSameDocumentsAsALocalOne(@TempDir Path dir) throws Exception {
        Path samples = Path.of("..", "..", "samples").toAbsolutePath().normalize();
        Path local = dir.resolve("local");
        Path cluster = dir.resolve("cluster");
        stderrOf(0, "ingest", "--no-analytics", "--data", local.toString(), samples.toString());
        String err = stderrOf(0, "ingest", "--no-analytics", "--master", "local[2]", "--data", cluster.toString(), samples.toString());
        assertTrue(err.contains("to parse and analyse on local[2]") && err.contains("the cluster parsed and analysed"), err);
        List<String> ids = ids(local);
        assertTrue(ids.size() >= 10, "the samples give documents: " + ids);
        assertEquals(ids, ids(cluster), "the same documents");
        for (String id : ids) {
            assertEquals(Files.readString(local.resolve("docs").resolve(id + ".json")),
                    Files.readString(cluster.resolve("docs").resolve(id + ".json")), id);
        }
        assertFalse(Files.exists(cluster.resolve("staging")), "the staging folder is cleared");
        String again = stderrOf(0, "ingest", "--no-analytics", "--master", "local[2]", "--data", cluster.toString(), samples.toString());
        assertFalse(again.contains("to parse and analyse"), "nothing changed, nothing sent to the cluster: " + again);
    }

    private static List<String> ids(Path data) throws Exception {
        try (Stream<Path> docs = Files.list(data.resolve("docs"))) {
            return docs.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
        }
    }

    @Test
    void badWorkerCountIsRefused(@TempDir Path dir) throws Exception {
        String err = stderrOf(1, "ingest", "--workers", "0", "--data", dir.toString(), dir.toString());
        assertTrue(err.startsWith("gremium ingest: --workers"), err);
    }

    @Test
    void badTimeoutIsRefused(@TempDir Path dir) throws Exception {
        String err = stderrOf(1, "ingest", "--timeout", "0", "--data", dir.toString(), dir.toString());
        assertTrue(err.startsWith("gremium ingest: --timeout"), err);
    }

    private static String stderrOf(int expectedExit, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Main.run(args));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
