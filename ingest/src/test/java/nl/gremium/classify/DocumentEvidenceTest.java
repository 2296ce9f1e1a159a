package nl.gremium.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import org.junit.jupiter.api.Test;

class DocumentEvidenceTest {

    @Test
    void titleZoneSkipsFormFieldsCodesAndDates() {
        DocumentEvidence doc = DocumentEvidence.of(List.of(Block.paragraph("Stuknummer:", 1), Block.paragraph("RIS-nummer: 20260031", 1),
                Block.paragraph("Pagina 1 van 1", 1), Block.paragraph("12-03-2026", 1), Block.paragraph("C.2 VVD", 1),
                Block.paragraph("Datum", 1), Block.paragraph("Kenmerk: ABC/2026/77", 1),
                Block.paragraph("Motie: Bankjes in het park", 1), Block.paragraph("Indiener: Anna de Wit", 1)));
        assertEquals(List.of("Motie: Bankjes in het park", "Indiener: Anna de Wit"), doc.lines(Zone.TITLE));
    }

    @Test
    void headIsTheFirstPageWithinBoundsAndTailTheLastBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            blocks.add(Block.paragraph("Regel " + i + " van de brief.", 1));
        }
        for (int i = 0; i < 40; i++) {
            blocks.add(Block.paragraph("Regel " + i + " van de bijlage.", 2));
        }
        DocumentEvidence doc = DocumentEvidence.of(blocks);
        assertEquals(30, doc.lines(Zone.HEAD).size());
        assertEquals(25, doc.lines(Zone.TAIL).size());
        assertEquals("Regel 39 van de bijlage.", doc.lines(Zone.TAIL).get(24));
        assertEquals(2, doc.pages());
    }

    @Test
    void itemsSplitTablesIntoRowsWhileOtherZonesSkipThem() {
        List<Block> blocks = List.of(Block.paragraph("Agenda", 1),
                Block.table(new Table(null, null, 1, 1, List.of(
                        List.of(Cell.of("1"), Cell.of("Opening")),
                        List.of(Cell.of("2"), Cell.of("Rondvraag"))), 0, null, false)));
        DocumentEvidence doc = DocumentEvidence.of(blocks);
        assertEquals(List.of("Agenda", "1 Opening", "2 Rondvraag"), doc.lines(Zone.ITEMS));
        assertEquals(List.of("Agenda"), doc.lines(Zone.ALL));
        assertTrue(doc.any(Zone.ITEMS, Cues.re("rondvraag")));
    }
}
