package nl.gremium.web;

import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.gremium.pipeline.IngestReport;
import nl.gremium.pipeline.Ingestor;
import nl.gremium.store.DataStore;

/**
 * Documents added through the UI. Each upload is kept as {@code uploads/<hash prefix>/<file name>}
 * in the data folder (so the same file uploaded twice is one path and ingest skips it), then goes
 * through the real {@link Ingestor} and the index, like any other input. One upload at a time.
 */
final class Uploads {
    /** Ingest then bring the index up to date; the server passes the index update in. */
    interface AfterIngest {
        void accept(IngestReport report);
    }

    private final DataStore store;
    private final AfterIngest afterIngest;

    Uploads(DataStore store, AfterIngest afterIngest) {
        this.store = store;
        this.afterIngest = afterIngest;
    }

    Path dir() {
        return store.root().resolve("uploads");
    }

    synchronized IngestReport add(String fileName, InputStream content) {
        String name = OriginalFiles.safeName(fileName == null ? null : lastSegment(fileName));
        if (OriginalFiles.extension(name).isEmpty()) {
            throw new BadRequestResponse("the file '" + name + "' has no extension; give it one (.pdf, .docx, .txt, …)");
        }
        try {
            Files.createDirectories(dir());
            Path tmp = Files.createTempFile(dir(), ".upload-", ".tmp");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (InputStream in = new DigestInputStream(content, sha)) {
                    size = Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                if (size == 0) {
                    throw new BadRequestResponse("the file '" + name + "' is empty");
                }
                Path target = dir().resolve(HexFormat.of().formatHex(sha.digest()).substring(0, 16)).resolve(name);
                Files.createDirectories(target.getParent());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                IngestReport report;
                try (Ingestor ingestor = new Ingestor(store)) {
                    report = ingestor.ingest(List.of(target));
                }
                afterIngest.accept(report);
                return report;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store upload " + name + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastSegment(String fileName) {
        String n = fileName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
