package nl.gremium.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gremium.model.LogicalDocument;
import nl.gremium.parse.TestFiles;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several workers give the same stored result as one: the same documents, the same outcome per file in
 * input order, a file repeated in two meeting folders stored once, a broken file reported and the rest kept.
 */
class ParallelIngestTest {
    @TempDir
    Path tmp;

    @Test
    void threeWorkersStoreWhatOneWorkerStores() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("archive"));
        Path a = Files.createDirectories(in.resolve("meeting-a"));
        Path b = Files.createDirectories(in.resolve("meeting-b"));
        TestFiles.pdf(a, "01-verslag.pdf");
        TestFiles.html(a, "02-stukken.html");
        TestFiles.docx(a, "03-voorstel.docx");
        TestFiles.truncatedPdf(b, "00-kapot.pdf");
        Files.copy(a.resolve("01-verslag.pdf"), b.resolve("01-verslag-herhaald.pdf"));
        TestFiles.txt(b, "04-notitie.txt");

        Ingestor.RunReport one = run(tmp.resolve("one"), in, 1);
        Ingestor.RunReport three = run(tmp.resolve("three"), in, 3);

        assertEquals(outcomes(one), outcomes(three));
        assertEquals(new DataStore(tmp.resolve("one")).documents(), new DataStore(tmp.resolve("three")).documents());
        Map<String, String> status = outcomes(three).stream()
                .collect(Collectors.toMap(o -> Path.of(o.get(0)).getFileName().toString(), o -> o.get(1)));
        assertEquals("same-content", status.get("01-verslag-herhaald.pdf"), status.toString());
        assertEquals("failed", status.get("00-kapot.pdf"), status.toString());
        assertEquals(4, three.summary().documents(), "every distinct good file once");
        List<LogicalDocument> docs = new DataStore(tmp.resolve("three")).documents();
        assertEquals(docs.size(), docs.stream().map(d -> d.source().sha256()).distinct().count());
        assertTrue(three.seconds().get("parse") > 0);
    }

    private static Ingestor.RunReport run(Path data, Path in, int workers) {
        try (Ingestor ingestor = new Ingestor(new DataStore(data), Ingestor.Options.defaults().withWorkers(workers))) {
            ingestor.ingest(List.of(in));
            return ingestor.lastRun();
        }
    }

    /** Per file in order: path, status, ids, reason. */
    private static List<List<String>> outcomes(Ingestor.RunReport r) {
        return r.files().stream().map(f -> List.of(f.file(), f.status(), String.valueOf(f.ids()),
                String.valueOf(f.reason()))).toList();
    }
}
