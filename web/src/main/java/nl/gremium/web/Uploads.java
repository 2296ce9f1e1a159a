package nl.gremium.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Semaphore;
import nl.gremium.pipeline.IngestReport;
import nl.gremium.pipeline.Ingestor;
import nl.gremium.store.DataStore;

/**
 * Documents added through the UI. Each upload is kept as {@code uploads/<hash prefix>/<file name>}
 * in the data folder (so the same file uploaded twice is one path and ingest skips it), then goes
 * through the real {@link Ingestor} and the index, like any other input. Files are received in parallel
 * (at most {@link #QUEUE} at once) and ingested one at a time; a file that cannot be ingested is not kept.
 */
final class Uploads {
    /** Ingest then bring the index up to date; the server passes the index update in. */
    interface AfterIngest {
        void accept(IngestReport report);
    }

    private final DataStore store;
    private final AfterIngest afterIngest;
    /** Uploads received or waiting for their ingest at once; more are refused with 503 rather than queued without end. */
    static final int QUEUE = 8;
    private final Semaphore queue = new Semaphore(QUEUE);

    Uploads(DataStore store, AfterIngest afterIngest) {
        this.store = store;
        this.afterIngest = afterIngest;
    }

    Path dir() {
        return store.root().resolve("uploads");
    }

    IngestReport add(String fileName, InputStream content) {
        String name = OriginalFiles.safeName(fileName == null ? null : lastSegment(fileName));
        if (OriginalFiles.extension(name).isEmpty()) {
            throw new BadRequestResponse("the file '" + name + "' has no extension; give it one (.pdf, .docx, .txt, …)");
        }
        if (!queue.tryAcquire()) {
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                    "the server is busy with " + QUEUE + " uploads; try '" + name + "' again in a minute");
        }
        try {
            Files.createDirectories(dir());
            Path tmp = Files.createTempFile(dir(), ".upload-", ".tmp");
            try {
                // received in parallel: a slow sender holds up no one; only the ingest below takes turns
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (InputStream in = new DigestInputStream(content, sha)) {
                    size = Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                if (size == 0) {
                    throw new BadRequestResponse("the file '" + name + "' is empty");
                }
                Path target = dir().resolve(HexFormat.of().formatHex(sha.digest()).substring(0, 16)).resolve(name);
                return ingest(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store upload " + name + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            queue.release();
        }
    }

    /** Ingests one received file, one at a time; a file that fails (or throws) is not kept. */
    private synchronized IngestReport ingest(Path received, Path target) throws IOException {
        boolean existed = Files.exists(target);
        Files.createDirectories(target.getParent());
        Files.move(received, target, StandardCopyOption.REPLACE_EXISTING);
        boolean keep = false;
        try {
            IngestReport report;
            try (Ingestor ingestor = new Ingestor(store)) {
                report = ingestor.ingest(List.of(target));
            }
            keep = existed || !failed(report);
            afterIngest.accept(report);
            return report;
        } finally {
            if (!keep) {
                Files.deleteIfExists(target);
                try {
                    Files.deleteIfExists(target.getParent()); // only when empty
                } catch (DirectoryNotEmptyException e) {
                    // another name with the same content lives there
                }
            }
        }
    }

    /** Nothing was ingested and the file was not known already: the upload failed as a whole. */
    static boolean failed(IngestReport r) {
        return !r.failures().isEmpty() && r.addedIds().isEmpty() && r.unchanged() == 0;
    }

    private static String lastSegment(String fileName) {
        String n = fileName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
