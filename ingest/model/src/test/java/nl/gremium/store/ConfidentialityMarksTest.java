package nl.gremium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfidentialityMarksTest {
    @TempDir
    Path dir;

    private static LogicalDocument doc(String id, boolean confidential) {
        return new LogicalDocument(id, null, 1, 1, 1, DocKind.report,
                new Metadata("Notitie", null, null, null, LocalDate.of(2025, 6, 5), "nld", confidential),
                List.of(Block.paragraph("Het bestuur neemt kennis.", 1)), List.of(), null);
    }

    @Test
    void theLatestMarkWinsAndIsAppliedOverWhatTheTextSays() {
        ConfidentialityMarks marks = new ConfidentialityMarks(new DataStore(dir));
        marks.set("a", true, "secretariaat");
        marks.set("b", true, "secretariaat");
        marks.set("b", false, "secretariaat");
        Map<String, Boolean> latest = new ConfidentialityMarks(new DataStore(dir)).latest();
        assertEquals(Map.of("a", true, "b", false), latest);
        assertTrue(marks.apply(doc("a", false), latest).metadata().confidential());
        assertFalse(marks.apply(doc("b", true), latest).metadata().confidential(), "marked public by hand");
        LogicalDocument unmarked = doc("c", true);
        assertSame(unmarked, marks.apply(unmarked, latest));
    }
}
