package nl.gremium.access;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.gremium.store.AppendOnlyFile;
import nl.gremium.store.DataStore;
import nl.gremium.store.Hashing;
import nl.gremium.store.Json;

/**
 * The audit trail, {@code access/audit.jsonl}: every sign-in, failed sign-in, upload, status change,
 * confidentiality change and user change, one JSON line each, append only. Each entry carries the hash
 * of the one before, so removing, reordering or editing a line breaks the chain at that line, which
 * {@link #verify()} names.
 */
public final class AuditLog {
    public static final String FILE_NAME = "audit.jsonl";
    private static final int MAX_FIELD = 500;

    /** The outcome of {@link #verify()}: entries checked, and the first broken one (empty when whole). */
    public record Verification(long entries, Optional<String> firstBroken) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    private final Path file;
    private final Clock clock;

    public AuditLog(DataStore store) {
        this(store, Clock.systemUTC());
    }

    public AuditLog(DataStore store, Clock clock) {
        this.file = store.accessDir().resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Appends an entry now, chained to the last one. Long fields are cut; none may be used to forge lines. */
    public void record(String user, String address, String action, String target, String detail) {
        AppendOnlyFile.append(file, last -> {
            AuditEntry prev = last == null ? null : parse(last);
            AuditEntry e = new AuditEntry(prev == null ? 1 : prev.seq() + 1, clock.instant(), cut(user), cut(address),
                    cut(action), cut(target), cut(detail), prev == null ? "" : prev.hash(), null);
            return json(e.withHash(hashOf(e)));
        });
    }

    /** Checks every line: it parses, its hash is its own, it links to the line before, its number follows. */
    public Verification verify() {
        if (!Files.isRegularFile(file)) {
            return new Verification(0, Optional.empty());
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String prevHash = "";
            long n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                AuditEntry e;
                try {
                    e = parse(line);
                } catch (IllegalStateException ex) {
                    return broken(n, "line " + n + " is not an audit entry (" + ex.getMessage() + ")");
                }
                if (e.seq() != n) {
                    return broken(n, "entry " + n + " carries number " + e.seq() + " (a line was removed or moved)");
                }
                if (!prevHash.equals(e.prev())) {
                    return broken(n, "entry " + n + " does not link to entry " + (n - 1) + " (a line was removed, moved or changed)");
                }
                if (!hashOf(e.withHash(null)).equals(e.hash())) {
                    return broken(n, "entry " + n + " was changed after it was written (" + e.action() + " by " + e.user() + ")");
                }
                prevHash = e.hash();
            }
            return new Verification(n, Optional.empty());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static Verification broken(long n, String why) {
        return new Verification(n, Optional.of(why));
    }

    private static AuditEntry parse(String line) {
        try {
            return Json.mapper().readValue(line, AuditEntry.class);
        } catch (JacksonException ex) {
            throw new IllegalStateException(ex.getOriginalMessage(), ex);
        }
    }

    private static String json(AuditEntry e) {
        try {
            return Json.mapper().writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise audit entry", ex);
        }
    }

    private static String hashOf(AuditEntry withoutHash) {
        return Hashing.sha256(json(withoutHash.withHash(null)));
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_FIELD ? s : s.substring(0, MAX_FIELD) + "…";
    }
}
