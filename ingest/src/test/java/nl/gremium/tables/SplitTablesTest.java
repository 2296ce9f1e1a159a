package nl.gremium.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitTablesTest {
    @TempDir
    static Path dir;
    static Path decisionList;
    static Path budget;
    static Path withNote;

    /** The number column is wider where rows start with long document numbers; the outer borders stay. */
    static final float[] NARROW = {50, 80, 420, 520};
    static final float[] WIDE = {50, 100, 420, 520};

    /**
     * A council decision list: page 1 the header and the plain items, a blank gap, then an item with its
     * motions (a bold item row, a row with spacer rows around it, a wrapped subject); page 2 the next item.
     * A running document code tops both pages.
     */
    @BeforeAll
    static void writePdfs() throws IOException {
        try (TestPdf p = new TestPdf()) {
            p.page().text(50, 40, "Kenmerk 2026-0412", false, 8)
                    .grid(NARROW, new float[] {60, 78, 96, 114}, List.of(
                            List.of("Punt", "Omschrijving", "Besluit"),
                            List.of("A", "Vaststelling van de agenda", "Conform"),
                            List.of("B", "Vaststelling van de besluitenlijst", "Conform")), 1)
                    .grid(WIDE, new float[] {160, 178, 196, 200, 228, 246}, List.of(
                            List.of("C", "Voorstel inzake de Woonvisie Vechtland", ""),
                            List.of("412010", "Motie C.1 Vechtland Lokaal: meer sociale huur", "Verworpen"),
                            List.of("", "", ""),
                            List.of("412011", "Motie C.2 CDA Woningen voor ouderen in\nde kernen", "Aangenomen"),
                            List.of("C", "Voorstel inzake de Woonvisie Vechtland", "Aangenomen")), 1);
            p.page().text(50, 40, "Kenmerk 2026-0412", false, 8)
                    .grid(WIDE, new float[] {60, 78, 96}, List.of(
                            List.of("D", "Nota sportaccommodaties", ""),
                            List.of("412012", "Motie D.1 PvdA Zwembad open in de zomer", "Aangenomen")), 1);
            decisionList = p.save(dir.resolve("besluitenlijst.pdf"));
        }
        // a decision list whose first page ends with a note under the rows; the list goes on on page 2
        try (TestPdf p = new TestPdf()) {
            p.page().grid(NARROW, new float[] {60, 78, 96, 114}, List.of(
                            List.of("Punt", "Omschrijving", "Besluit"),
                            List.of("A", "Vaststelling van de agenda", "Conform"),
                            List.of("B", "Motie B.1 Meer bomen in de Parkbuurt", "Verworpen")), 1)
                    .text(50, 140, "Als motie B.1 wordt verworpen, vervalt motie B.2.", false, 9);
            p.page().grid(NARROW, new float[] {60, 78, 96}, List.of(
                    List.of("C", "Voorstel inzake het Sportakkoord", "Aangenomen"),
                    List.of("D", "Motie D.1 Gratis zwemles voor kinderen", "Aangenomen")), 0);
            withNote = p.save(dir.resolve("besluitenlijst-noot.pdf"));
        }
        // two budget tables of the same width set one below the other: each opens with its own header
        try (TestPdf p = new TestPdf()) {
            p.page().grid(NARROW, new float[] {60, 78, 96, 114}, List.of(
                            List.of("Post", "2026", "2027"), List.of("Lasten", "1.200", "1.300"), List.of("Baten", "900", "950")), 1)
                    .grid(NARROW, new float[] {140, 158, 176}, List.of(
                            List.of("Reserve", "2026", "2027"), List.of("Onttrekking", "300", "350")), 1);
            budget = p.save(dir.resolve("begroting.pdf"));
        }
    }

    private static List<Block> tables(Path pdf, List<Block> parsed) {
        return new TableAnalyzer().analyze(new PdfTables().apply(pdf, parsed)).stream()
                .filter(b -> b.is(BlockType.TABLE)).toList();
    }

    @Test
    void joinsTheSectionsAndPagesOfOneDecisionListIntoOneTable() {
        List<Block> parsed = List.of(Block.paragraph("Kenmerk 2026-0412", 1), Block.paragraph("Kenmerk 2026-0412", 2));
        List<Block> tables = tables(decisionList, parsed);

        assertEquals(1, tables.size(), tables.toString());
        Table t = tables.get(0).table();
        assertEquals(3, t.columnCount());
        assertEquals(1 + 2 + 4 + 2, t.rowCount(), "header plus logical rows, spacer row dropped: " + t.rows());
        assertEquals(1, t.headerRows());
        assertEquals(1, t.page());
        assertEquals(2, t.pageEnd());
        assertEquals("Motie C.2 CDA Woningen voor ouderen in de kernen", t.rows().get(5).get(1).text());
        assertEquals(List.of("412012", "Motie D.1 PvdA Zwembad open in de zomer", "Aangenomen"),
                t.rows().get(8).stream().map(Cell::text).toList());
        assertEquals(1, t.rowPage(5));
        assertEquals(2, t.rowPage(8));
    }

    @Test
    void keepsTablesThatOpenWithTheirOwnHeaderApart() {
        List<Block> tables = tables(budget, List.of(Block.paragraph("Begroting", 1)));
        assertEquals(2, tables.size(), tables.toString());
        assertEquals(3, tables.get(0).table().rowCount());
        assertEquals(2, tables.get(1).table().rowCount());
    }

    @Test
    void keepsTablesApartWhenTextLiesBetweenThem() {
        // tables no paragraph anchors go after their page's text: the sentence lands between pages 1 and 2
        List<Block> parsed = List.of(Block.paragraph("Kenmerk 2026-0412", 1), Block.paragraph("Kenmerk 2026-0412", 2),
                Block.paragraph("Vastgesteld in de openbare vergadering van de raad.", 2));
        List<Block> tables = tables(decisionList, parsed);
        assertEquals(2, tables.size(), tables.toString());
        assertEquals(2, tables.get(1).table().rowCount());
    }

    @Test
    void aNoteAtThePageFootDoesNotSplitTheTableThatGoesOnOverleaf() {
        String note = "Als motie B.1 wordt verworpen, vervalt motie B.2.";
        List<Block> parsed = List.of(Block.paragraph("Punt Omschrijving Besluit", 1),
                Block.paragraph("A Vaststelling van de agenda Conform", 1),
                Block.paragraph("B Motie B.1 Meer bomen in de Parkbuurt Verworpen", 1),
                Block.paragraph(note, 1),
                Block.paragraph("C Voorstel inzake het Sportakkoord Aangenomen", 2),
                Block.paragraph("D Motie D.1 Gratis zwemles voor kinderen Aangenomen", 2));
        List<Block> blocks = new TableAnalyzer().analyze(new PdfTables().apply(withNote, parsed));
        List<Block> tables = blocks.stream().filter(b -> b.is(BlockType.TABLE)).toList();
        assertEquals(1, tables.size(), blocks.toString());
        assertEquals(5, tables.get(0).table().rowCount(), tables.get(0).table().rows().toString());
        assertEquals(2, tables.get(0).table().pageEnd());
        assertEquals(1, blocks.stream().filter(b -> note.equals(b.text())).count(), "the note stays as text");
    }
}
