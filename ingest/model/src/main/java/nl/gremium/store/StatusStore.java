package nl.gremium.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recommendation statuses set by controllers, shared by the web UI (writes) and the analytics job
 * (reads). Stored as an append-only history, one JSON line per change, in
 * {@code status/history.jsonl}: nothing is ever overwritten, so who set what, when and why stays
 * auditable; the latest line per recommendation wins. Appends take a file lock, so the web server
 * and a CLI run can write at the same time. A line torn by a crash mid-write was never acknowledged
 * to its writer: the next append starts on a fresh line and readers skip it with a warning.
 */
public final class StatusStore {
    public static final String FILE_NAME = "history.jsonl";

    private final Path file;
    private final Clock clock;

    public StatusStore(DataStore store) {
        this(store, Clock.systemUTC());
    }

    public StatusStore(DataStore store, Clock clock) {
        this.file = store.statusDir().resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * Records a controller's status now and returns the stored entry.
     *
     * @throws IllegalArgumentException when the recommendation id, status or user is missing
     */
    public StatusEntry set(String recommendation, RecommendationStatus status, String owner, LocalDate due,
                           String note, String who) {
        StatusEntry e = new StatusEntry(recommendation, status, blankToNull(owner), due, blankToNull(note),
                who == null ? null : who.trim(), clock.instant());
        append(e);
        return e;
    }

    /** Appends one entry as it is (its {@code when} included); validated first. */
    public synchronized void append(StatusEntry e) {
        validate(e);
        byte[] line;
        try {
            line = (Json.mapper().writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise status " + e, ex);
        }
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                ByteBuffer buf = ByteBuffer.wrap(endsWithNewline(ch) ? line : prepend('\n', line));
                long pos = ch.size(); // under the exclusive lock, the end cannot move
                while (buf.hasRemaining()) {
                    pos += ch.write(buf, pos);
                }
                ch.force(false);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to " + file + ": " + ex.getMessage(), ex);
        }
    }

    /** Every entry in the order it was written. */
    public List<StatusEntry> history() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
        List<StatusEntry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            try {
                out.add(Json.mapper().readValue(l, StatusEntry.class));
            } catch (JacksonException ex) {
                System.err.println("warning: " + file + " line " + (i + 1) + " skipped (torn or damaged): "
                        + ex.getOriginalMessage());
            }
        }
        return out;
    }

    /** The history of one recommendation, oldest first. */
    public List<StatusEntry> history(String recommendation) {
        return history().stream().filter(e -> e.recommendation().equals(recommendation)).toList();
    }

    /** The current status per recommendation id (latest entry wins). */
    public Map<String, StatusEntry> latest() {
        Map<String, StatusEntry> m = new LinkedHashMap<>();
        for (StatusEntry e : history()) {
            m.put(e.recommendation(), e);
        }
        return m;
    }

    public Optional<StatusEntry> latest(String recommendation) {
        return Optional.ofNullable(latest().get(recommendation));
    }

    private static boolean endsWithNewline(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return true;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) == '\n';
    }

    private static byte[] prepend(char c, byte[] bytes) {
        byte[] out = new byte[bytes.length + 1];
        out[0] = (byte) c;
        System.arraycopy(bytes, 0, out, 1, bytes.length);
        return out;
    }

    private static void validate(StatusEntry e) {
        if (e.recommendation() == null || e.recommendation().isBlank()) {
            throw new IllegalArgumentException("status needs a recommendation id");
        }
        if (e.status() == null) {
            throw new IllegalArgumentException("status of " + e.recommendation() + " is missing");
        }
        if (e.who() == null || e.who().isBlank()) {
            throw new IllegalArgumentException("status of " + e.recommendation() + " needs who set it");
        }
        if (e.when() == null) {
            throw new IllegalArgumentException("status of " + e.recommendation() + " needs when it was set");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
