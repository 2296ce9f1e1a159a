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
import java.util.TreeMap;
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
     * in a bundle) is stored once, with the text of the file it is whole in; a file that holds only such borrowed
     * documents (a bundle whose parts also came as separate files) is ingested again on its own, into a folder
     * beside the data folder, so that its entry shows the parts the splitter made of its own pages.
     */
    public static Map<String, List<LogicalDocument>> byFile(DataStore store) {
        Map<String, List<LogicalDocument>> own = new LinkedHashMap<>();
        Map<String, String> borrowedPaths = new LinkedHashMap<>();
        for (LogicalDocument d : store.documents()) {
            own.computeIfAbsent(d.source().fileName(), k -> new ArrayList<>()).add(d);
            d.locations().stream().filter(p -> p.source() != null && !p.source().fileName().equals(d.source().fileName()))
                    .forEach(p -> borrowedPaths.putIfAbsent(p.source().fileName(), p.source().path()));
        }
        Map<String, List<LogicalDocument>> out = new LinkedHashMap<>(own);
        borrowedPaths.forEach((name, path) -> {
            if (!own.containsKey(name) && path != null && Files.isRegularFile(Path.of(path))) {
                out.put(name, alone(store, Path.of(path)));
            }
        });
        out.values().forEach(l -> l.sort(Comparator.comparingInt(LogicalDocument::part)));
        return new TreeMap<>(out);
    }

    private static List<LogicalDocument> alone(DataStore store, Path file) {
        Path dir = store.root().resolveSibling(store.root().getFileName() + "-" + file.getFileName() + "-alone");
        DataStore side = new DataStore(dir);
        try (Ingestor ingestor = new Ingestor(side)) {
            ingestor.ingest(List.of(file));
        }
        return new ArrayList<>(side.documents());
    }
}
