package nl.gremium.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child JVM: a runaway parse is killed and the next file gets a fresh process. */
class ParserWorkerTest {
    @TempDir
    static Path dir;

    @Test
    void timeoutKillsTheChildAndTheNextFileStillParses() throws Exception {
        Path pdf = TestFiles.pdf(dir, "verslag.pdf");
        try (ParserWorker worker = new ParserWorker(Duration.ofSeconds(300), "512m")) {
            // 50 ms is less than the child needs to start, so this parse overruns its limit
            ParseFailure e = assertThrows(ParseFailure.class, () -> worker.parse(pdf, Duration.ofMillis(50)));
            assertEquals("parser timed out after 0.05 s", e.reason());
            ParsedFile parsed = worker.parse(pdf);
            assertEquals(2, parsed.source().pageCount());
            assertEquals("5.1", parsed.blocks().stream().filter(b -> b.text().startsWith("5.1."))
                    .findFirst().orElseThrow().number());
        }
    }

    @Test
    void outOfMemoryIsReportedAsSuch() throws Exception {
        Path pdf = TestFiles.pdf(dir, "groot.pdf");
        try (ParserWorker worker = new ParserWorker(Duration.ofSeconds(300), "6m")) {
            ParseFailure e = assertThrows(ParseFailure.class, () -> worker.parse(pdf));
            assertEquals("parser ran out of memory", e.reason());
        }
    }

    @Test
    void theChildIsReplacedAfterTheConfiguredNumberOfFiles() throws Exception {
        Path text = Files.writeString(dir.resolve("kort.txt"), "Verslag\n\nDe voorzitter opent de vergadering.\n");
        try (ParserWorker worker = new ParserWorker(Duration.ofSeconds(300), "256m", 2)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(2, worker.parse(text).blocks().size(), "file " + (i + 1));
            }
            assertEquals(2, worker.processesStarted(), "files 1-2 in one child, file 3 in a fresh one");
        }
        assertThrows(IllegalArgumentException.class, () -> new ParserWorker(Duration.ofSeconds(1), "64m", 0));
    }
}
