package nl.gremium.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import org.junit.jupiter.api.Test;

public class TableAnalyzerTest {

    public static Table table(int page, int headerRows, String... rows) {
        List<List<Cell>> cells = Arrays.stream(rows).map(r -> Arrays.stream(r.split("\\|", -1)).map(Cell::of).toList()).toList();
        return new Table(null, null, page, page, cells, headerRows, null, false);
    }

    static List<Table> tables(List<Block> blocks) {
        return blocks.stream().filter(b -> b.is(BlockType.TABLE)).map(Block::table).toList();
    }

    @Test
    void numericTableWithoutMarkedHeaderGetsHeaderRowsTotalsByColumnSumsAndScale() {
        List<Block> blocks = new TableAnalyzer().analyze(List.of(
                Block.heading("Bijdragen per regio (x € 1.000)", 1, 2, null),
                Block.table(table(1, 0, "Nr.|Regio|2027|2028", "1|Noord|10,5|11", "2|Zuid|4|-", "||14,5|11"))));
        Table t = tables(blocks).get(0);
        assertEquals("t1", t.id());
        assertEquals("Bijdragen per regio (x € 1.000)", t.caption());
        assertEquals(1, t.headerRows(), "years in the header are labels, not values");
        assertEquals(3, t.totalsRow(), "unlabelled last row holding the column sums");
        assertTrue(t.euro());
        assertEquals(new BigDecimal("1000"), TableAnalyzer.euroScale(t));
        assertNull(t.rows().get(0).get(2).number(), "header cells carry no number");
        assertEquals(new BigDecimal("10.5"), t.rows().get(1).get(2).number());
        assertNull(t.rows().get(2).get(3).number());
    }

    @Test
    void captionBrokenFromItsUnitLineIsOneCaptionAndMakesTheTableEuro() {
        // how OCR reads a caption set on two lines: the label, then the unit sentence as its own paragraph
        Table t = tables(new TableAnalyzer().analyze(List.of(
                Block.paragraph("Bijlage 3: Verdeling van de bijdrage over de gemeenten", 2),
                Block.paragraph("Bedragen in euro's, prijspeil 2026.", 2),
                Block.table(table(2, 0, "Gemeente|2026|2027", "Oosterwolde|1.204.000|1.230.500",
                        "Westerhaven|984.300|1.002.750"))))).get(0);
        assertEquals("Bijlage 3: Verdeling van de bijdrage over de gemeenten Bedragen in euro's, prijspeil 2026.", t.caption());
        assertTrue(t.euro());
        Table plain = tables(new TableAnalyzer().analyze(List.of(
                Block.paragraph("De gemeenten ontvangen het volgende.", 2),
                Block.paragraph("Bedragen in euro's, prijspeil 2026.", 2),
                Block.table(table(2, 0, "Gemeente|2026", "Oosterwolde|1.204.000"))))).get(0);
        assertNull(plain.caption(), "a unit line under running text is no caption on its own");
    }

    @Test
    void textTableHeaderAndNoEuro() {
        Table t = tables(new TableAnalyzer().analyze(List.of(Block.table(table(1, 0,
                "Naam|Functie|Organisatie", "Jan Jansen|Adviseur crisisbeheersing|Gemeente Deventer",
                "Piet Pietersen|Programmamanager|Veiligheidsregio"))))).get(0);
        assertEquals(1, t.headerRows());
        assertNull(t.totalsRow());
        assertFalse(t.euro());
        assertEquals(BigDecimal.ONE, TableAnalyzer.euroScale(t));
    }

    @Test
    void tablesOnConsecutivePagesMergeOnlyWhenTheyContinue() {
        List<Block> blocks = new TableAnalyzer().analyze(List.of(
                Block.table(table(3, 1, "Taak|Uitvoerende", "1. Starten|Projectleider")),
                Block.paragraph("Pagina 3 van 7", 3),
                Block.table(table(4, 0, "2. Afronden|Projectgroep")),
                Block.heading("1.5 Capaciteit", 4, 2, "1.5"),
                Block.table(table(4, 1, "Rol|Uren", "Trekker|20")),
                Block.table(table(5, 1, "Naam|Organisatie", "Els|Gemeente"))));
        List<Table> ts = tables(blocks);
        assertEquals(3, ts.size());
        assertEquals(3, ts.get(0).rowCount());
        assertEquals(4, ts.get(0).pageEnd());
        assertEquals("1.5 Capaciteit", ts.get(1).caption());
        assertEquals(List.of("t1", "t2", "t3"), ts.stream().map(Table::id).toList());
        assertEquals(2, ts.get(2).rowCount(), "its own header: a new table, not a continuation");
    }

    @Test
    void renumbersThePartOfABundle() {
        List<Block> part = List.of(Block.paragraph("Bijlage", 9),
                Block.table(new Table("t7", "c", 9, 9, List.of(List.of(Cell.of("a"), Cell.of("1"))), 0, null, true)));
        Table t = tables(TableAnalyzer.renumber(part)).get(0);
        assertEquals("t1", t.id());
        assertEquals("c", t.caption());
        assertTrue(t.euro());
    }

    @Test
    void aUnitLineRightAboveTheTableIsItsCaptionOverTheSectionHeadingAndANoBreakSpaceIsASpace() {
        Table t = tables(new TableAnalyzer().analyze(List.of(
                Block.heading("Financiële consequenties", 2, 1, null),
                Block.paragraph("De investering wordt in veertig jaar afgeschreven.", 2),
                Block.paragraph("Structurele effecten op de begroting (bedragen in €)", 2),
                Block.table(table(2, 1, "Omschrijving|2027|2028", "Kapitaallasten|312.400|306.800"))))).get(0);
        assertEquals("Structurele effecten op de begroting (bedragen in €)", t.caption());
        assertTrue(t.euro());
        // the header line the table finder left out, above its second line
        Table thousands = tables(new TableAnalyzer().analyze(List.of(
                Block.paragraph("Programma (× €\u00a01.000) Begroting na wijziging Realisatie", 2),
                Block.paragraph("2024 Verschil", 2),
                Block.table(table(2, 0, "Brandweer|38.412|37.906|506", "Risicobeheersing|6.118|5.874|244"))))).get(0);
        assertTrue(thousands.euro());
        assertEquals(new BigDecimal("1000"), TableAnalyzer.euroScale(thousands), "(× €\u00a01.000) states thousands");
    }

    @Test
    void theHeaderLabelsLeftOutByTheTableFinderStandBetweenTheCaptionAndItsTable() {
        Table t = tables(new TableAnalyzer().analyze(List.of(
                Block.paragraph("Tabel 3 Baten en lasten per programma 2026 (bedragen × € 1.000)", 1),
                Block.paragraph("Programma", 1),
                Block.paragraph("Begroting", 1),
                Block.paragraph("2026 primitief", 1),
                Block.paragraph("Realisatie", 1),
                Block.table(table(1, 0, "Beschut werk|18.420|18.611", "Leerwerkbedrijf|2.145|2.402"))))).get(0);
        assertEquals("Tabel 3 Baten en lasten per programma 2026 (bedragen × € 1.000)", t.caption());
        assertEquals(new BigDecimal("1000"), TableAnalyzer.euroScale(t));
    }

    @Test
    void aRunningHeaderBetweenTheCaptionAndTheTableOnTheNextPageIsSkipped() {
        Table t = tables(new TableAnalyzer().analyze(List.of(
                Block.paragraph("Waterschap Zilverland · Voorstel aan het algemeen bestuur", 1),
                Block.paragraph("Registratienummer ZD-2025-0045", 1),
                Block.paragraph("Tabel 1 geeft de kasritmes van de investering (bedragen × € 1.000).", 1),
                Block.paragraph("Waterschap Zilverland · Voorstel aan het algemeen bestuur", 2),
                Block.paragraph("Registratienummer ZD-2025-0045", 2),
                Block.table(table(2, 1, "Omschrijving|2025|2026", "Investering|3.100|8.200"))))).get(0);
        assertEquals("Tabel 1 geeft de kasritmes van de investering (bedragen × € 1.000).", t.caption());
        assertEquals(new BigDecimal("1000"), TableAnalyzer.euroScale(t));
    }

    @Test
    void aNumberedCaptionUnderTheTableGivesItsUnitWhereNoneStandsAbove() {
        Table t = tables(new TableAnalyzer().analyze(List.of(
                Block.paragraph("Per 31 december was € 5,46 miljoen verleend. Tabel 1 geeft het verloop per jaar.", 1),
                Block.table(table(1, 1, "Jaar|Budget|Verleend", "2021|1.500|1.120", "2022|1.500|1.460")),
                Block.paragraph("Tabel 1. Budget en besteding 2021–2024 (× € 1.000). Bron: subsidieadministratie.", 1)))).get(0);
        assertEquals(new BigDecimal("1000"), TableAnalyzer.euroScale(t));
    }

    @Test
    void aTableGoesOnOverARunningHeaderAndTakesItsUnitFromTheNoteUnderIt() {
        List<Table> t = tables(new TableAnalyzer().analyze(List.of(
                Block.paragraph("Kenmerk VRT/2026-0418", 1),
                Block.paragraph("Lasten per programma", 1),
                Block.table(table(1, 1, "Programma|2026|2027", "Brandweer|22.480|23.105")),
                Block.paragraph("Veiligheidsregio Testland Jaarplan 2027", 1),
                Block.paragraph("pagina 1 van 2", 1),
                Block.paragraph("Veiligheidsregio Testland Jaarplan 2027", 2),
                Block.paragraph("Kenmerk VRT/2026-0418", 2),
                Block.table(table(2, 0, "GHOR|1.960|2.040", "Totaal|24.440|25.145")),
                Block.paragraph("Bedragen × € 1.000. Bron: begroting 2027.", 2))));
        assertEquals(1, t.size(), t::toString);
        assertEquals(4, t.get(0).rowCount());
        assertEquals(new BigDecimal("1000"), TableAnalyzer.euroScale(t.get(0)));
    }

    @Test
    void aUnitBrokenOntoTheLastLineAboveTheTableGoesWithTheHeading() {
        Table t = tables(new TableAnalyzer().analyze(List.of(
                Block.heading("Financiën", 1, 1, null),
                Block.paragraph("Het programma vraagt in totaal € 18,4 miljoen, verdeeld over de jaren (bedragen", 1),
                Block.paragraph("× € 1.000):", 1),
                Block.table(table(1, 1, "Omschrijving|2027|2028", "Fietspaden|3.200|4.100"))))).get(0);
        assertEquals("Financiën × € 1.000):", t.caption());
        assertEquals(new BigDecimal("1000"), TableAnalyzer.euroScale(t));
    }
}
