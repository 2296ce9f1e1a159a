package nl.gremium.store;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gremium.model.LogicalDocument;

/**
 * The data folder. Every module reads and writes through here, so the layout lives in one place:
 * <pre>
 *   docs/&lt;id&gt;.json     one logical document with its blocks, agenda items and tags
 *   files/&lt;sha256&gt;.&lt;ext&gt; a copy of each ingested original (served by the web UI)
 *   runs/               ingest run reports
 *   sources.json        the ingest registry: source path → content hash and document ids
 *   index/              the Lucene index
 *   records/&lt;type&gt;/      the records as JSON lines, the dataset Spark reads (written by analytics)
 *   analytics/          Spark job outputs
 *   status/             recommendation statuses set by controllers (see StatusStore)
 *   access/             accounts (users.json, hashes only) and the audit trail (audit.jsonl)
 *   .lock               the writer lock shared by every process (see DataLock)
 * </pre>
 * Writes go to a temporary file first and are moved into place, so a reader never sees half a file.
 */
public final class DataStore {
    private final Path root;

    public DataStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path docsDir() {
        return root.resolve("docs");
    }

    public Path filesDir() {
        return root.resolve("files");
    }

    public Path runsDir() {
        return root.resolve("runs");
    }

    public Path sourcesFile() {
        return root.resolve("sources.json");
    }

    /** The content signature of each stored document, to recognise the same document arriving again. */
    public Path fingerprintsFile() {
        return root.resolve("fingerprints.json");
    }

    public Path indexDir() {
        return root.resolve("index");
    }

    public Path recordsDir() {
        return root.resolve("records");
    }

    public Path analyticsDir() {
        return root.resolve("analytics");
    }

    public Path statusDir() {
        return root.resolve("status");
    }

    public Path accessDir() {
        return root.resolve("access");
    }

    public Path docPath(String id) {
        return docsDir().resolve(id + ".json");
    }

    public void write(LogicalDocument doc) {
        writeJson(docPath(doc.id()), doc);
    }

    public Optional<LogicalDocument> read(String id) {
        Path p = docPath(id);
        return Files.isRegularFile(p) ? Optional.of(readJson(p, LogicalDocument.class)) : Optional.empty();
    }

    public void delete(String id) {
        try {
            Files.deleteIfExists(docPath(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + docPath(id), e);
        }
    }

    /** Takes the data folder's writer lock (see {@link DataLock}); close it when done writing. */
    public DataLock lock(String what) {
        return DataLock.acquire(this, what);
    }

    /**
     * All stored documents, sorted by id so every run sees the same order. A damaged file (torn by a
     * crash, edited by hand) is reported on standard error by name and skipped, so one bad file never
     * takes the rest offline; the next ingest of its source rewrites it (see {@link #intact}).
     */
    public List<LogicalDocument> documents() {
        List<LogicalDocument> docs = new ArrayList<>();
        for (Path p : docFiles()) {
            readIfIntact(p).ifPresent(docs::add);
        }
        return docs;
    }

    /** The document stored in {@code p}, or empty (with a warning naming the file) when it cannot be read. */
    public Optional<LogicalDocument> readIfIntact(Path p) {
        try {
            return Optional.of(readJson(p, LogicalDocument.class));
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof JacksonException j ? j.getOriginalMessage() : e.getCause().getMessage();
            System.err.println("warning: skipped damaged document " + p.getFileName() + ": " + why
                    + " (ingest its source again to repair it)");
            return Optional.empty();
        }
    }

    /** True when document {@code id} is stored and reads back whole. */
    public boolean intact(String id) {
        Path p = docPath(id);
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try {
            readJson(p, LogicalDocument.class);
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    public List<Path> docFiles() {
        if (!Files.isDirectory(docsDir())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(docsDir())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + docsDir(), e);
        }
    }

    public <T> T readJson(Path p, Class<T> type) {
        try {
            return Json.mapper().readValue(p.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /** Writes JSON atomically: temp file in the same folder, then a rename. */
    public void writeJson(Path target, Object value) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".json");
            try {
                Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
                moveAtomically(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
