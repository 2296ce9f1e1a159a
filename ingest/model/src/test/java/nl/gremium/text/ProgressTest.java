package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void plainLinesAtMostOncePerIntervalAndAlwaysTheLast() {
        List<String> lines = new ArrayList<>();
        Progress p = Progress.lines(lines::add, "indexing", "documents", "units", 3, Duration.ofHours(1));
        p.update(1, 10, null);
        p.update(2, 20, null);
        assertTrue(lines.isEmpty(), "within the interval nothing is printed: " + lines);
        p.update(3, 30, null);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("indexing: 3/3 documents, 30 units, "), lines.get(0));
        assertTrue(lines.get(0).contains(" units/s, ") && lines.get(0).endsWith(" elapsed, ETA -"), lines.get(0));
    }

    @Test
    void everyUpdateWhenTheIntervalIsZeroWithTheTimeLeftAndTheCurrentItem() {
        List<String> lines = new ArrayList<>();
        Progress p = Progress.lines(lines::add, "ingest", "files", "pages", 4, Duration.ZERO);
        p.update(1, 7, 0.5, "verslag.pdf");
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("ingest: 1/4 files, 7 pages, [\\d.]+ pages/s, 0:\\d\\d elapsed, ETA 0:\\d\\d  verslag\\.pdf"),
                lines.get(0));
    }

    @Test
    void liveRedrawsOneLineAndEndsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress p = Progress.live(out, "ingest", "files", "pages", 2);
        p.update(1, 3, "a.pdf");
        p.update(2, 5, null);
        p.done();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\ringest: 1/2 files") && shown.contains("\ringest: 2/2 files, 5 pages"), shown);
        assertTrue(shown.endsWith(System.lineSeparator()), "the live line is ended");
    }

    @Test
    void clockShowsMinutesOrHours() {
        assertEquals("0:07", Progress.clock(7));
        assertEquals("2:05", Progress.clock(125));
        assertEquals("1:00:01", Progress.clock(3601));
    }
}
