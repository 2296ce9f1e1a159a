package nl.gremium.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.fixtures.Corpus;
import nl.gremium.text.Progress;
import org.junit.jupiter.api.Test;

class IngestBenchmarkTest {
    private static final List<String> FILES = List.of("agenda-ab-2025-04-02.pdf", "bdur-junibrief-2025.pdf",
            "agenda-ab-2025-07-09.pdf", "brief-zienswijze-begroting-2026.rtf");

    /** The parse on several threads reads every file once, as the one-thread parse does, and reports each. */
    @Test
    void parsingOnTwoThreadsCountsThePagesOfOneThread() {
        List<Path> files = FILES.stream().map(f -> Corpus.samples().resolve(f)).toList();
        List<String> shown = new ArrayList<>();
        int one = IngestBenchmark.bareParse(files, 1, Progress.silent());
        int two = IngestBenchmark.bareParse(files, 2, Progress.lines(shown::add, "bare", "files", "pages", files.size(),
                Duration.ofHours(1)));
        assertTrue(one >= files.size(), "every file has at least one page: " + one);
        assertEquals(one, two);
        assertTrue(shown.get(shown.size() - 1).contains("4/4"), shown.toString());
    }
}
