package nl.gremium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusStoreTest {
    @TempDir
    Path dir;

    private StatusStore store(String instant) {
        return new StatusStore(new DataStore(dir), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void latestEntryWinsAndHistoryIsKept() {
        store("2025-10-01T09:00:00Z").set("r1", RecommendationStatus.in_progress, "team crisisbeheersing",
                LocalDate.of(2026, 3, 1), "plan van aanpak in DB", "anna");
        store("2025-10-02T09:00:00Z").set("r2", RecommendationStatus.open, null, null, " ", "anna");
        store("2025-11-15T14:30:00Z").set("r1", RecommendationStatus.closed, null, null, "uitgevoerd", "bert");

        StatusStore reader = new StatusStore(new DataStore(dir));
        assertEquals(3, reader.history().size());
        List<StatusEntry> h = reader.history("r1");
        assertEquals(List.of(RecommendationStatus.in_progress, RecommendationStatus.closed),
                h.stream().map(StatusEntry::status).toList());
        StatusEntry r1 = reader.latest("r1").orElseThrow();
        assertEquals("bert", r1.who());
        assertEquals(Instant.parse("2025-11-15T14:30:00Z"), r1.when());
        assertEquals("uitgevoerd", r1.note());
        assertNull(reader.latest().get("r2").note(), "blank note is stored as absent");
        assertEquals(LocalDate.of(2026, 3, 1), h.get(0).due());
    }

    @Test
    void tornLineIsSkippedAndTheNextAppendIsKept() throws Exception {
        StatusStore s = store("2025-10-01T09:00:00Z");
        s.set("r1", RecommendationStatus.closed, null, null, null, "anna");
        Files.writeString(s.file(), "{\"recommendation\":\"r2\",\"sta", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(1, s.history().size());

        s.set("r3", RecommendationStatus.open, null, null, null, "anna"); // starts on a fresh line
        assertEquals(List.of("r1", "r3"), s.history().stream().map(StatusEntry::recommendation).toList());
        assertEquals(3, Files.readAllLines(s.file()).size());
    }

    @Test
    void rejectsEntriesWithoutIdStatusOrUser() {
        StatusStore s = store("2025-10-01T09:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> s.set(" ", RecommendationStatus.open, null, null, null, "a"));
        assertThrows(IllegalArgumentException.class, () -> s.set("r1", null, null, null, null, "a"));
        assertThrows(IllegalArgumentException.class, () -> s.set("r1", RecommendationStatus.open, null, null, null, ""));
        assertEquals(RecommendationStatus.in_progress, RecommendationStatus.parse("In progress"));
        assertThrows(IllegalArgumentException.class, () -> RecommendationStatus.parse("done"));
        assertTrue(s.history().isEmpty());
    }

    @Test
    void rejectsOversizedFieldsNamingTheField() {
        StatusStore s = store("2025-10-01T09:00:00Z");
        String huge = "x".repeat(StatusStore.MAX_NOTE + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.set("r1", RecommendationStatus.open, null, null, huge, "anna"));
        assertTrue(e.getMessage().startsWith("note is " + huge.length()), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> s.set("r1", RecommendationStatus.open, "y".repeat(StatusStore.MAX_NAME + 1), null, null, "anna"));
        assertThrows(IllegalArgumentException.class,
                () -> s.set("r1", RecommendationStatus.open, null, null, null, "z".repeat(StatusStore.MAX_NAME + 1)));
        s.set("r1", RecommendationStatus.open, null, null, "x".repeat(StatusStore.MAX_NOTE), "anna");
        assertEquals(1, s.history().size());
    }
}
