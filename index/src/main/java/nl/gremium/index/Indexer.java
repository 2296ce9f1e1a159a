package nl.gremium.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataLock;
import nl.gremium.store.DataStore;
import nl.gremium.store.Hashing;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusStore;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Keeps the index in {@link DataStore#indexDir()} in step with the documents in the data folder.
 *
 * <p>Every run is one Lucene commit: readers see the state before the run or after it, never half of
 * it, and a process killed mid-run leaves the previous commit intact. A document is re-indexed only
 * when the SHA-256 of its JSON file changed (its analysis version left out: see {@link #contentHash}), so an
 * unchanged data folder produces no commit at all.
 */
public final class Indexer {
    private static final String STATUS_KEY = "gremium.statusHistory";

    /** What one run changed. {@code committed} is false when nothing changed. */
    public record Report(int added, int updated, int deleted, int unchanged, int units, boolean committed,
                         List<String> failures, long elapsedMillis) {
        public String summary() {
            return String.format(Locale.ROOT, "index: %d added, %d updated, %d deleted, %d unchanged (%d units)%s in %.1f s%s",
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

    /** Brings the index up to date with the data folder: upserts by id and content hash, deletes the rest. */
    public static Report update(DataStore store, Progress progress) {
        return update(store, progress, Map.of());
    }

    /**
     * As {@link #update(DataStore, Progress)}, with the statuses the follow-up analysis computed from evidence
     * (recommendation id → status name): a recommendation's indexed status is the controller's when one was set,
     * else the computed one, else "open", as the tracker shows it. When either changes, the documents holding
     * recommendations are indexed again.
     */
    public static Report update(DataStore store, Progress progress, Map<String, String> computedStatuses) {
        return run(store, false, progress, computedStatuses);
    }

    /** Recreates the index from the JSON documents; the old index stays readable until the new one commits. */
    public static Report rebuild(DataStore store, Progress progress) {
        return rebuild(store, progress, Map.of());
    }

    /** As {@link #rebuild(DataStore, Progress)}, with the computed statuses of {@link #update(DataStore, Progress, Map)}. */
    public static Report rebuild(DataStore store, Progress progress, Map<String, String> computedStatuses) {
        return run(store, true, progress, computedStatuses);
    }

    /** Under the data folder's writer lock: a CLI reindex and a server upload take turns. */
    private static Report run(DataStore store, boolean rebuild, Progress progress, Map<String, String> computed) {
        try (DataLock ignored = store.lock(rebuild ? "reindex" : "index update")) {
            return runLocked(store, rebuild, progress, computed);
        }
    }

    private static Report runLocked(DataStore store, boolean rebuild, Progress progress, Map<String, String> computed) {
        long t0 = System.currentTimeMillis();
        Path dir = store.indexDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create index folder " + dir + ": " + e.getMessage(), e);
        }
        try (Directory directory = FSDirectory.open(dir);
             IndexWriter writer = openWriter(directory, rebuild, dir)) {
            // read the last commit only once we hold the write lock: nobody can change it meanwhile
            Committed last = rebuild ? Committed.NONE : Committed.read(directory);
            boolean fresh = rebuild || !Fields.SCHEMA_VERSION.equals(last.userData().get(Fields.SCHEMA_KEY));
            if (fresh) {
                writer.deleteAll(); // takes effect with the commit; readers keep the old index until then
            }
            // recommendation statuses live outside the documents: when their history changed, the
            // documents holding recommendations are indexed again
            StatusStore statuses = new StatusStore(store);
            String statusHash = (Files.isRegularFile(statuses.file()) ? sha256(statuses.file()) : "")
                    + (computed.isEmpty() ? "" : "+" + Hashing.sha256(new TreeMap<>(computed).toString()));
            boolean statusChanged = !statusHash.equals(last.userData().get(STATUS_KEY));
            Set<String> restatus = statusChanged ? last.withRecommendations() : Set.of();
            Map<String, String> latest = new HashMap<>(computed);
            statuses.latest().forEach((id, e) -> latest.put(id, e.status().name()));
            Function<String, String> statusOf = id -> latest.getOrDefault(id, RecommendationStatus.open.name());

            Map<String, String> remaining = new HashMap<>(fresh ? Map.of() : last.hashes());
            List<Path> files = store.docFiles();
            List<String> failures = new ArrayList<>();
            int added = 0, updated = 0, unchanged = 0, done = 0;
            long units = 0;
            for (Path file : files) {
                String id = idOf(file);
                String hash = contentHash(file);
                String old = remaining.remove(id);
                if (hash.equals(old) && !restatus.contains(id)) {
                    unchanged++;
                } else {
                    try {
                        List<Document> docs = Units.of(store.readJson(file, LogicalDocument.class), hash, statusOf);
                        if (old != null) {
                            writer.updateDocuments(new Term(Fields.DOC_ID, id), docs);
                            updated++;
                        } else {
                            writer.addDocuments(docs);
                            added++;
                        }
                        units += docs.size();
                    } catch (RuntimeException e) {
                        // one bad record never stops the run; its previous version (if any) stays searchable
                        failures.add(file + ": " + e.getMessage());
                    }
                }
                progress.update(++done, files.size(), units);
            }
            for (String gone : remaining.keySet()) {
                writer.deleteDocuments(new Term(Fields.DOC_ID, gone));
            }
            boolean commit = fresh || statusChanged || writer.hasUncommittedChanges();
            if (commit) {
                writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION, STATUS_KEY, statusHash)
                        .entrySet());
                writer.commit();
            } else {
                writer.rollback();
            }
            return new Report(added, updated, remaining.size(), unchanged, (int) units, commit,
                    List.copyOf(failures), System.currentTimeMillis() - t0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update index " + dir + ": " + e.getMessage()
                    + " (if it is damaged, run: gremium reindex)", e);
        }
    }

    /** What the last commit holds: docId → content hash, its user data, and which documents have recommendations. */
    private record Committed(Map<String, String> hashes, Map<String, String> userData, Set<String> withRecommendations) {
        static final Committed NONE = new Committed(Map.of(), Map.of(), Set.of());

        static Committed read(Directory directory) throws IOException {
            if (!DirectoryReader.indexExists(directory)) {
                return NONE;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Map<String, String> hashes = new HashMap<>();
                for (Document d : all(searcher, "document", Set.of(Fields.DOC_ID, Fields.HASH))) {
                    hashes.put(d.get(Fields.DOC_ID), d.get(Fields.HASH));
                }
                Set<String> recs = new HashSet<>();
                for (Document d : all(searcher, "recommendation", Set.of(Fields.DOC_ID))) {
                    recs.add(d.get(Fields.DOC_ID));
                }
                return new Committed(hashes, reader.getIndexCommit().getUserData(), recs);
            }
        }

        private static List<Document> all(IndexSearcher searcher, String type, Set<String> fields) throws IOException {
            TermQuery q = new TermQuery(new Term(Fields.TYPE, type));
            var stored = searcher.storedFields();
            List<Document> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
                out.add(stored.document(sd.doc, fields));
            }
            return out;
        }
    }

    private static IndexWriter openWriter(Directory directory, boolean rebuild, Path dir) throws IOException {
        try {
            return new IndexWriter(directory, config(rebuild));
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("index " + dir + " is being written by another process; try again when it is done", e);
        } catch (CorruptIndexException | NoSuchFileException | IndexFormatTooOldException e) {
            if (!rebuild) {
                throw e;
            }
            // a rebuild replaces a damaged index: nobody can read it anyway
            for (String f : directory.listAll()) {
                if (!f.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(f);
                }
            }
            return new IndexWriter(directory, config(true));
        }
    }

    private static IndexWriterConfig config(boolean rebuild) {
        return new IndexWriterConfig(DutchAnalysis.forIndex())
                // a rebuild starts from nothing; the old commit stays readable until the new one is made
                .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
    }

    private static String idOf(Path docFile) {
        String name = docFile.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static final byte[] VERSION_KEY = "\"taggerVersion\"".getBytes(StandardCharsets.UTF_8);

    /**
     * The SHA-256 of a document file without its analysis version. A retag after a rule change writes every document
     * again under the new version, and most of them are otherwise the same: their units need not be indexed again
     * (on the Den Haag archive that re-indexing took longer than the analysis). The key occurs once, as the record's
     * own field: inside a text its quotes would be escaped.
     */
    static String contentHash(Path file) {
        try {
            byte[] json = Files.readAllBytes(file);
            int key = indexOf(json, VERSION_KEY);
            int end = key;
            while (end >= 0 && end < json.length && json[end] != ',' && json[end] != '}' && json[end] != '\n') {
                end++;
            }
            return key < 0 ? Hashing.sha256Without(json, 0, 0) : Hashing.sha256Without(json, key, end);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String sha256(Path file) {
        try {
            return Hashing.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
