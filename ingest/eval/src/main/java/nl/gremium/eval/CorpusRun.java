package nl.gremium.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.gremium.model.LogicalDocument;
import nl.gremium.pipeline.IngestReport;
import nl.gremium.pipeline.Ingestor;
import nl.gremium.store.DataStore;

/** Ingests a folder of corpus files into a data folder with the real pipeline; documents by file name. */
public final class CorpusRun {
    private final DataStore store;
    private final IngestReport report;

    private CorpusRun(DataStore store, IngestReport report) {
        this.store = store;
        this.report = report;
    }

    private static final Map<Path, CorpusRun> SHARED = new ConcurrentHashMap<>();

    /**
     * One ingest of {@code files} into a temporary folder per JVM, shared by all evaluation tests (surefire runs
     * the test classes in one JVM): the corpus ingest takes about a minute, too long to repeat per test class.
     */
    public static CorpusRun shared(Path files) {
        return SHARED.computeIfAbsent(files.toAbsolutePath().normalize(), f -> ingest(f, null));
    }

    /** Ingests {@code files} into {@code dataDir} (a temporary folder when null). */
    public static CorpusRun ingest(Path files, Path dataDir) {
        try {
            Path dir = dataDir != null ? dataDir : Files.createTempDirectory("gremium-eval-");
            DataStore store = new DataStore(dir);
            return new CorpusRun(store, new Ingestor(store).ingest(List.of(files)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IngestReport report() {
        return report;
    }

    public DataStore store() {
        return store;
    }

    /** Logical documents grouped by source file name, parts in order. */
    public Map<String, List<LogicalDocument>> byFile() {
        return byFile(store);
    }

    /**
     * The stored documents by source file name, parts in order. A document found in several files (on its own and
     * in a bundle) is listed under each, as seen from there, so each file's gold finds its documents.
     */
    public static Map<String, List<LogicalDocument>> byFile(DataStore store) {
        Map<String, List<LogicalDocument>> out = new LinkedHashMap<>();
        store.documents().stream()
                .flatMap(d -> d.locations().stream().filter(p -> p.source() != null).map(d::at))
                .sorted(Comparator.comparing((LogicalDocument d) -> d.source().fileName())
                        .thenComparingInt(LogicalDocument::part))
                .forEach(d -> out.computeIfAbsent(d.source().fileName(), k -> new ArrayList<>()).add(d));
        return out;
    }
}
