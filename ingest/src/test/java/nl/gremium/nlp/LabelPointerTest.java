package nl.gremium.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Labels are stored as pointers in TSV: they survive a round trip and a short line is refused by name. */
class LabelPointerTest {
    private final LabelPointer p = new LabelPointer("owner/repo", "docs/verslag.pdf", "0123456789abcdef", 3, 120, 188,
            "a1b2c3d4e5", SourceText.Kind.row, JudgeLabel.proposed_decision, "Gemeente Voorbeeld");

    @Test
    void roundTripsThroughTsv() {
        String tsv = p.toTsv();
        assertEquals(LabelPointer.COLUMNS.size(), tsv.split("\t", -1).length);
        assertEquals(p, LabelPointer.parse(tsv));
        assertEquals(p, LabelPointer.parse(tsv + "\tthe unit's text in a working file"), "extra columns ignored");
        assertEquals(new LabelPointer.FileRef("owner/repo", "docs/verslag.pdf", "0123456789abcdef", "Gemeente Voorbeeld"), p.file());
    }

    @Test
    void aShortLineIsRefusedWithItsColumnCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelPointer.parse("owner/repo\tpath\tblob"));
        assertTrue(e.getMessage().contains("3 columns, needs 10"), e.getMessage());
    }

    @Test
    void anUnknownLabelIsRefused() {
        String bad = p.toTsv().replace("proposed_decision", "maybe");
        assertThrows(IllegalArgumentException.class, () -> LabelPointer.parse(bad));
    }
}
