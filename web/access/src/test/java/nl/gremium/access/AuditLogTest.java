package nl.gremium.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.store.DataStore;
import nl.gremium.store.Hashing;
import nl.gremium.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;

    private AuditLog logWithFiveEntries() {
        AuditLog log = new AuditLog(new DataStore(dir));
        log.record("anna", "127.0.0.1", "sign-in", null, null);
        log.record("anna", "127.0.0.1", "status", "doc-01#r1", "closed");
        log.record("mallory", "10.0.0.9", "sign-in-failed", null, null);
        log.record("bert", "127.0.0.1", "upload", "nota.pdf", "2 documents");
        log.record("cli", "local", "user-add", "carla", "role board");
        return log;
    }

    private List<String> lines(AuditLog log) throws Exception {
        return new ArrayList<>(Files.readAllLines(log.file(), StandardCharsets.UTF_8));
    }

    @Test
    void anIntactChainVerifies() {
        AuditLog.Verification v = logWithFiveEntries().verify();
        assertTrue(v.intact(), v.toString());
        assertEquals(5, v.entries());
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        AuditLog log = logWithFiveEntries();
        List<String> lines = lines(log);
        lines.set(1, lines.get(1).replace("closed", "open"));
        Files.write(log.file(), lines, StandardCharsets.UTF_8);
        assertEquals("entry 2 was changed after it was written (status by anna)", log.verify().firstBroken().orElseThrow());
    }

    @Test
    void aRemovedEntryIsNamed() throws Exception {
        AuditLog log = logWithFiveEntries();
        List<String> lines = lines(log);
        lines.remove(2); // mallory's failed sign-in
        Files.write(log.file(), lines, StandardCharsets.UTF_8);
        assertTrue(log.verify().firstBroken().orElseThrow().startsWith("entry 3 carries number 4"), log.verify().toString());
    }

    @Test
    void aRewrittenChainFromTheMiddleIsNamedWhereItLinksNoLonger() throws Exception {
        AuditLog log = logWithFiveEntries();
        List<String> lines = lines(log);
        // a forger recomputes entry 3's own hash after editing it, but cannot fix entry 4's link
        AuditEntry e3 = Json.mapper().readValue(lines.get(2), AuditEntry.class);
        AuditEntry forged = new AuditEntry(3, e3.time(), "anna", e3.address(), e3.action(), null, null, e3.prev(), null);
        String body = Json.mapper().writeValueAsString(forged);
        lines.set(2, Json.mapper().writeValueAsString(forged.withHash(Hashing.sha256(body))));
        Files.write(log.file(), lines, StandardCharsets.UTF_8);
        assertEquals("entry 4 does not link to entry 3 (a line was removed, moved or changed)",
                log.verify().firstBroken().orElseThrow());
    }
}
