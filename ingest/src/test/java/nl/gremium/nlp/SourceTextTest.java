package nl.gremium.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    private static final List<Block> BLOCKS = List.of(
            Block.heading("Besluitenlijst   dagelijks bestuur", 1, 1, null),
            Block.paragraph("Het dagelijks bestuur besluit de nota vast te stellen.\nDe secretaris zal de\u00a0nota versturen.", 1),
            Block.table(new Table("t1", null, 1, 1, List.of(
                    List.of(Cell.of("Punt"), Cell.of("Onderwerp"), Cell.of("Besluit")),
                    List.of(Cell.of("3"), Cell.of("Jaarrekening  2025"), Cell.of("aangenomen")),
                    List.of(Cell.of(""), Cell.of(" "), Cell.of(""))), 1, null, false)),
            Block.paragraph("Bijlage bij de besluitenlijst.", 2));

    @Test
    void pageTextIsNormalisedBlocksJoinedByNewlinesWithTableRowsAsCellsJoinedByBars() {
        SourceText t = SourceText.of(BLOCKS);
        assertEquals("Besluitenlijst dagelijks bestuur\n"
                + "Het dagelijks bestuur besluit de nota vast te stellen. De secretaris zal de nota versturen.\n"
                + "Punt | Onderwerp | Besluit\n"
                + "3 | Jaarrekening 2025 | aangenomen", t.page(1));
        assertEquals("Bijlage bij de besluitenlijst.", t.page(2));
        assertEquals("", t.page(3));
    }

    @Test
    void unitsPointIntoThePageTextAndCarryTheirHash() {
        SourceText t = SourceText.of(BLOCKS);
        List<SourceText.Unit> units = t.units();
        assertEquals(List.of("Besluitenlijst dagelijks bestuur",
                "Het dagelijks bestuur besluit de nota vast te stellen.", "De secretaris zal de nota versturen.",
                "Punt | Onderwerp | Besluit", "3 | Jaarrekening 2025 | aangenomen", "Bijlage bij de besluitenlijst."),
                units.stream().map(SourceText.Unit::text).toList());
        for (SourceText.Unit u : units) {
            assertEquals(u.text(), t.span(u.page(), u.start(), u.end()));
        }
        assertEquals(SourceText.Kind.row, units.get(4).kind());
        assertEquals(SourceText.Kind.sentence, units.get(2).kind());
        assertEquals(2, units.get(5).page());
        assertEquals(0, units.get(5).start());
    }

    @Test
    void sha1IsTheFirstTenHexOfTheUtf8Digest() {
        // SHA-1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d
        assertEquals("a9993e3647", SourceText.sha1("abc"));
        assertEquals(10, SourceText.sha1("café").length());
    }

    @Test
    void aSpanOutsideThePageIsNull() {
        SourceText t = SourceText.of(BLOCKS);
        assertNull(t.span(2, 0, 500));
        assertNull(t.span(1, 10, 5));
    }
}
