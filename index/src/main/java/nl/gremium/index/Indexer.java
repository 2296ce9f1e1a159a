package nl.gremium.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.gremium.model.LogicalDocument;
import nl.gremium.pipeline.IngestReport;
import nl.gremium.store.DataStore;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Keeps the index in {@link DataStore#indexDir()} in step with the documents in the data folder.
 *
 * <p>Every run is one Lucene commit: readers see the state before the run or after it, never half of
 * it, and a process killed mid-run leaves the previous commit intact. A document is re-indexed only
 * when the SHA-256 of its JSON file changed, so an unchanged data folder produces no commit at all.
 */
public final class Indexer {

    /** What one run changed. {@code committed} is false when nothing changed. */
    public record Report(int added, int updated, int deleted, int unchanged, int units, boolean committed,
                         List<String> failures, long elapsedMillis) {
        public String summary() {
            return "index: %d added, %d updated, %d deleted, %d unchanged (%d units)%s in %.1f s%s".formatted(
                    added, updated, deleted, unchanged, units,
                    failures.isEmpty() ? "" : ", " + failures.size() + " failed", elapsedMillis / 1000.0,
                    committed ? "" : "; nothing to commit");
        }
    }

    /** Progress callback: documents done of total, units written so far. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, units) -> {};

        void update(int done, int total, long units);
    }

    private Indexer() {}

    /** Brings the index up to date after an ingest run (upserts changed documents, deletes removed ones). */
    public static Report update(DataStore store, IngestReport ingest) {
        return update(store, Progress.NONE);
    }

    /** Brings the index up to date with the data folder: upserts by id and content hash, deletes the rest. */
    public static Report update(DataStore store, Progress progress) {
        return run(store, false, progress);
    }

    /** Recreates the index from the JSON documents; the old index stays readable until the new one commits. */
    public static Report rebuild(DataStore store, Progress progress) {
        return run(store, true, progress);
    }

    private static Report run(DataStore store, boolean rebuild, Progress progress) {
        long t0 = System.currentTimeMillis();
        Path dir = store.indexDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create index folder " + dir + ": " + e.getMessage(), e);
        }
        try (Directory directory = FSDirectory.open(dir)) {
            boolean exists = DirectoryReader.indexExists(directory);
            Map<String, String> indexed = exists && !rebuild ? indexedHashes(directory) : Map.of();
            boolean schemaChanged = exists && !rebuild && !Fields.SCHEMA_VERSION.equals(schemaOf(directory));
            boolean create = rebuild || !exists || schemaChanged;
            if (schemaChanged) {
                indexed = Map.of();
            }
            IndexWriterConfig cfg = new IndexWriterConfig(DutchAnalysis.forIndex())
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            try (IndexWriter writer = openWriter(directory, cfg, dir)) {
                List<Path> files = store.docFiles();
                Map<String, String> remaining = new HashMap<>(indexed);
                List<String> failures = new java.util.ArrayList<>();
                int added = 0, updated = 0, unchanged = 0, done = 0;
                long units = 0;
                for (Path file : files) {
                    String id = idOf(file);
                    String hash = sha256(file);
                    String old = remaining.remove(id);
                    if (hash.equals(old)) {
                        unchanged++;
                    } else {
                        List<org.apache.lucene.document.Document> docs;
                        try {
                            docs = Units.of(store.readJson(file, LogicalDocument.class), hash);
                        } catch (RuntimeException e) {
                            // one bad record never stops the run; its previous version (if any) stays searchable
                            failures.add(file + ": " + e.getMessage());
                            progress.update(++done, files.size(), units);
                            continue;
                        }
                        if (old != null) {
                            writer.updateDocuments(new Term(Fields.DOC_ID, id), docs);
                            updated++;
                        } else {
                            writer.addDocuments(docs);
                            added++;
                        }
                        units += docs.size();
                    }
                    progress.update(++done, files.size(), units);
                }
                for (String gone : remaining.keySet()) {
                    writer.deleteDocuments(new Term(Fields.DOC_ID, gone));
                }
                boolean commit = create || writer.hasUncommittedChanges();
                if (commit) {
                    writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION).entrySet());
                    writer.commit();
                } else {
                    writer.rollback();
                }
                return new Report(added, updated, remaining.size(), unchanged, (int) units, commit,
                        List.copyOf(failures), System.currentTimeMillis() - t0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update index " + dir + ": " + e.getMessage(), e);
        }
    }

    private static IndexWriter openWriter(Directory directory, IndexWriterConfig cfg, Path dir) throws IOException {
        try {
            return new IndexWriter(directory, cfg);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("index " + dir + " is being written by another process; try again when it is done", e);
        }
    }

    /** docId → hash of every document unit in the last commit. */
    private static Map<String, String> indexedHashes(Directory directory) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery q = new TermQuery(new Term(Fields.TYPE, "document"));
            TopDocs top = searcher.search(q, Math.max(1, searcher.count(q)));
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                var d = stored.document(sd.doc, java.util.Set.of(Fields.DOC_ID, Fields.HASH));
                out.put(d.get(Fields.DOC_ID), d.get(Fields.HASH));
            }
        }
        return out;
    }

    private static String schemaOf(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData().get(Fields.SCHEMA_KEY);
        }
    }

    private static String idOf(Path docFile) {
        String name = docFile.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
