package nl.gremium.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * auditable; the latest line per recommendation wins. Appends go through {@link AppendOnlyFile} (a file
 * lock; a line torn by a crash is followed by a fresh line), and readers skip a torn line with a warning.
 */
public final class StatusStore {
    public static final String FILE_NAME = "history.jsonl";
    /** Field limits: a status is a short audit record, not a place for documents (or 20 MB of padding). */
    public static final int MAX_ID = 300;
    public static final int MAX_NAME = 120;
    public static final int MAX_NOTE = 4000;

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
        String line;
        try {
            line = Json.mapper().writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise status " + e, ex);
        }
        AppendOnlyFile.append(file, last -> line);
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

    private static void validate(StatusEntry e) {
        if (e.recommendation() == null || e.recommendation().isBlank()) {
            throw new IllegalArgumentException("status needs a recommendation id");
        }
        limit("recommendation id", e.recommendation(), MAX_ID);
        limit("who", e.who(), MAX_NAME);
        limit("owner", e.owner(), MAX_NAME);
        limit("note", e.note(), MAX_NOTE);
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

    private static void limit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters long; at most " + max
                    + " allowed");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
