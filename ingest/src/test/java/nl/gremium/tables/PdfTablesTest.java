package nl.gremium.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTablesTest {
    @TempDir
    static Path dir;
    static Path pdf;

    static final float[] XS = {50, 200, 330, 460};
    static final List<String> HEADER = List.of("Regio", "Bijdrage 2026", "Raming 2027");

    /** Page 1: caption, a ruled table with a wrapped, hyphenated cell; page 2: the rest, header repeated. */
    @BeforeAll
    static void writePdf() throws IOException {
        try (TestPdf p = new TestPdf()) {
            p.page().text(50, 80, "Bijlage 1: bijdrage per regio (bedragen in euro)", true, 11)
                    .grid(XS, new float[] {100, 118, 136, 164, 182}, List.of(HEADER,
                            List.of("Groningen", "1.996.251", "2.001.000"),
                            List.of("Veiligheidsregio crisis-\nbeheersing", "388.136,77€", "-"),
                            List.of("Fryslân", "-4.267", "12")), 1)
                    .text(50, 800, "Pagina 1 van 2", false, 7);
            p.page().grid(XS, new float[] {60, 78, 96, 114}, List.of(HEADER,
                            List.of("Drenthe", "10", "20"),
                            List.of("Totaal", "2.384.130,77", "2.001.032")), 1)
                    .text(50, 200, "Een alinea na de tabel.", false, 10);
            pdf = p.save(dir.resolve("tables.pdf"));
        }
    }

    @Test
    void readsRuledGridWithJoinedCellsAndBoldHeader() {
        List<Table> tables = new PdfTables().tables(pdf);
        assertEquals(2, tables.size());
        Table first = tables.get(0);
        assertEquals(1, first.page());
        assertEquals(4, first.rowCount());
        assertEquals(3, first.columnCount());
        assertEquals(1, first.headerRows());
        assertEquals(HEADER, first.rows().get(0).stream().map(Cell::text).toList());
        assertEquals("Veiligheidsregio crisisbeheersing", first.rows().get(2).get(0).text());
        assertEquals("388.136,77€", first.rows().get(2).get(1).text());
    }

    @Test
    void replacesTheParagraphsOfTheTableAndMergesThePageBreak() {
        // the blocks a text parser gives for this PDF: the cells as paragraphs, in reading order
        List<Block> parsed = List.of(
                Block.paragraph("Bijlage 1: bijdrage per regio (bedragen in euro)", 1),
                Block.paragraph("Regio Bijdrage 2026 Raming 2027", 1),
                Block.paragraph("Groningen 1.996.251 2.001.000", 1),
                Block.paragraph("Veiligheidsregio crisis-beheersing 388.136,77€ -", 1),
                Block.paragraph("Fryslân -4.267 12", 1),
                Block.paragraph("Pagina 1 van 2", 1),
                Block.paragraph("Regio Bijdrage 2026 Raming 2027", 2),
                Block.paragraph("Drenthe 10 20", 2),
                Block.paragraph("Totaal 2.384.130,77 2.001.032", 2),
                Block.paragraph("Een alinea na de tabel.", 2));
        List<Block> blocks = new TableAnalyzer().analyze(new PdfTables().apply(pdf, parsed));

        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.TABLE, BlockType.PARAGRAPH, BlockType.PARAGRAPH),
                blocks.stream().map(Block::type).toList(), blocks.toString());
        Table t = blocks.get(1).table();
        assertEquals("t1", t.id());
        assertEquals("Bijlage 1: bijdrage per regio (bedragen in euro)", t.caption());
        assertEquals(1, t.page());
        assertEquals(2, t.pageEnd());
        assertEquals(6, t.rowCount(), "header repeated on page 2 is dropped");
        assertEquals(1, t.headerRows());
        assertEquals(5, t.totalsRow());
        assertTrue(t.euro());
        assertEquals(new BigDecimal("1996251"), t.rows().get(1).get(1).number());
        assertEquals(new BigDecimal("-4267"), t.rows().get(3).get(1).number());
        assertEquals(null, t.rows().get(2).get(2).number(), "'-' is no number");
        assertEquals("Een alinea na de tabel.", blocks.get(3).text());
    }

    @Test
    void keepsATableTheParserAlreadyHasFromTheStructureTree() {
        Table tagged = new Table(null, null, 1, 1, List.of(
                List.of(Cell.of("Regio"), Cell.of("Bijdrage 2026"), Cell.of("Raming 2027")),
                List.of(Cell.of("Groningen"), Cell.of("1.996.251"), Cell.of("2.001.000")),
                List.of(Cell.of("Veiligheidsregio crisisbeheersing"), Cell.of("388.136,77€"), Cell.of("-")),
                List.of(Cell.of("Fryslân"), Cell.of("-4.267"), Cell.of("12"))), 1, null, false);
        List<Block> parsed = List.of(Block.paragraph("Bijlage 1: bijdrage per regio (bedragen in euro)", 1),
                Block.table(tagged), Block.paragraph("Pagina 1 van 2", 1));
        List<Block> blocks = new PdfTables().apply(pdf, parsed);
        assertEquals(1, blocks.stream().filter(b -> b.is(BlockType.TABLE) && b.page() == 1).count());
        assertTrue(blocks.get(1).table() == tagged);
    }

    @Test
    void findsAnUnruledAmountTableButNotAFormOrProse(@TempDir Path tmp) throws IOException {
        Path file;
        try (TestPdf p = new TestPdf()) {
            p.page().text(50, 60, "Datum overleg", false, 10).text(200, 60, "24 september 2025", false, 10)
                    .text(50, 74, "Portefeuillehouder", false, 10).text(200, 74, "Mevrouw De Vries", false, 10)
                    .text(50, 88, "Agendapunt", false, 10).text(200, 88, "5.1", false, 10)
                    .text(50, 130, "De bijdragen per gemeente zijn als volgt verdeeld over de jaren:", false, 10)
                    .text(50, 160, "Gemeente", true, 10).text(250, 160, "2025", true, 10).text(350, 160, "2026", true, 10)
                    .text(50, 174, "Deventer", false, 10).text(250, 174, "1.200.000", false, 10).text(350, 174, "1.250.000", false, 10)
                    .text(50, 188, "Olst-Wijhe en", false, 10).text(250, 188, "300.500", false, 10).text(350, 188, "310.000", false, 10)
                    .text(50, 200, "Raalte", false, 10)
                    .text(50, 214, "Zwolle", false, 10).text(250, 214, "2.000.000", false, 10).text(350, 214, "-", false, 10)
                    .text(50, 260, "Na de tabel volgt gewone tekst over de verdeling.", false, 10);
            file = p.save(tmp.resolve("unruled.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        Table t = tables.get(0);
        assertEquals(List.of(List.of("Gemeente", "2025", "2026"), List.of("Deventer", "1.200.000", "1.250.000"),
                        List.of("Olst-Wijhe en Raalte", "300.500", "310.000"), List.of("Zwolle", "2.000.000", "-")),
                t.rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList());
        assertEquals(1, t.headerRows());
    }

    @Test
    void anUnruledTableWithWidelyPaddedRowsIsFoundWhereItsRowsStartTheirCellsAlike(@TempDir Path tmp) throws IOException {
        Path file;
        try (TestPdf p = new TestPdf()) {
            float[] xs = {50, 120, 330, 400, 480};
            String[][] rows = {{"Nr.", "Omschrijving", "Wie", "Termijn", "Status"},
                {"2026-04", "Overzicht wachttijden toezenden", "DPG", "Q3 2026", "open"},
                {"2026-06", "Hoofdstuk eenzaamheid opnemen", "DPG", "Q1 2027", "open"},
                {"2026-08", "Ziekteverzuim rapporteren", "controller", "Q4 2026", "afgerond"}};
            p.page().text(50, 80, "Toezeggingen en actiepunten", true, 10);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < xs.length; c++) {
                    p.text(xs[c], 120 + 40 * r, rows[r][c], r == 0, 9);
                }
            }
            p.text(50, 330, "Aldus vastgesteld in de vergadering van 6 november 2026.", false, 10);
            file = p.save(tmp.resolve("padded.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(4, tables.get(0).rowCount());
        assertEquals(5, tables.get(0).columnCount());
    }

    @Test
    void anUnruledTableOfRightAlignedNumbersWithRowsSpacedApartIsOneTable(@TempDir Path tmp) throws IOException {
        Path file;
        try (TestPdf p = new TestPdf()) {
            String[][] rows = {{"Onderdeel", "2024", "2025", "2026"}, {"Bijdrage regionale kredietbank", "1.412", "1.538", "1.706"},
                {"Huisbezoeken", "96", "214", "287"}, {"Vrijwilligers", "45", "45", "60"}, {"Totaal", "1.553", "1.797", "2.053"}};
            float[] base = {120, 140, 152, 176, 200};
            p.page().text(50, 90, "Tabel 1 Uitgaven schulddienstverlening (× € 1.000)", false, 10);
            for (int r = 0; r < rows.length; r++) {
                p.text(50, base[r], rows[r][0], false, 9);
                for (int c = 1; c < 4; c++) {
                    p.textRight(300 + 70 * c, base[r], rows[r][c], false, 9);
                }
            }
            file = p.save(tmp.resolve("rechts.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(5, tables.get(0).rowCount(), tables.toString());
        assertEquals(List.of("Totaal", "1.553", "1.797", "2.053"), tables.get(0).rows().get(4).stream().map(Cell::text).toList());
    }

    @Test
    void aHeaderPrintedAboveTheRulingsIsTheGridsHeaderATitleAcrossItIsNot(@TempDir Path tmp) throws IOException {
        Path file;
        float[] xs = {50, 90, 380, 470};
        try (TestPdf p = new TestPdf()) {
            p.page().text(53, 100, "Nr.", true, 8).text(93, 100, "Aanbeveling", true, 8).text(383, 100, "Status", true, 8)
                    .grid(xs, new float[] {106, 130, 154}, List.of(List.of("1.1", "Publiceer een subsidieregister", "afgerond"),
                            List.of("1.2", "Meet de tevredenheid van inwoners", "in uitvoering")), 0)
                    .text(50, 300, "Bijlage 1 bij de brief over de verdeling van de middelen", true, 8)
                    .grid(xs, new float[] {306, 330, 354}, List.of(List.of("1", "Regio Noord", "1.200"),
                            List.of("2", "Regio Zuid", "1.400")), 0);
            file = p.save(tmp.resolve("boven.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(2, tables.size(), tables.toString());
        assertEquals(List.of("Nr.", "Aanbeveling", "Status"), tables.get(0).rows().get(0).stream().map(Cell::text).toList());
        assertEquals(1, tables.get(0).headerRows());
        assertEquals(3, tables.get(0).rowCount());
        assertEquals(2, tables.get(1).rowCount(), "a title whose words run across the column borders is no header");
    }

    @Test
    void aNumberedSectionRowInBoldUnderTheHeaderIsTheBodysFirstRow(@TempDir Path tmp) throws IOException {
        Path file;
        float[] xs = {50, 90, 380, 470};
        try (TestPdf p = new TestPdf()) {
            p.page();
            for (float y : new float[] {100, 124, 148, 172}) {
                p.rule(xs[0], y, xs[3], y);
            }
            p.rule(xs[0], 100, xs[0], 172).rule(xs[3], 100, xs[3], 172);
            for (float x : new float[] {xs[1], xs[2]}) {
                p.rule(x, 100, x, 124).rule(x, 148, x, 172); // the section row spans the columns
            }
            p.text(53, 112, "Nr.", true, 8).text(93, 112, "Onderwerp", true, 8).text(383, 112, "Besluit", true, 8)
                    .text(53, 136, "1. Vaststellen besluitenlijst", true, 8)
                    .text(53, 160, "1.1", false, 8).text(93, 160, "Besluitenlijst 11 maart", false, 8).text(383, 160, "Conform", false, 8);
            file = p.save(tmp.resolve("sectie.pdf"));
        }
        Table t = new PdfTables().tables(file).get(0);
        assertEquals(1, t.headerRows(), t.toString());
    }

    @Test
    void anItemsNumberAndTitlePrintedBesideItsAccountAreKnownByTheColumnGap(@TempDir Path tmp) throws IOException {
        Path file;
        try (TestPdf p = new TestPdf()) {
            p.page().text(50, 100, "7.", false, 10).text(90, 100, "Ontwerpbegroting 2027", false, 10)
                    .text(260, 100, "De ontwerpbegroting komt uit op een totaal van", false, 10)
                    .text(260, 114, "48 miljoen euro aan lasten.", false, 10)
                    .text(50, 140, "Het bestuur stelt de begroting vast. De leden stemmen in met het voorstel.", false, 10);
            file = p.save(tmp.resolve("kolommen.pdf"));
        }
        ItemLabels labels = PdfTables.layout(file).itemLabels();
        assertEquals("7.Ontwerpbegroting2027".length(),
                labels.titleLength(1, "7. Ontwerpbegroting 2027 De ontwerpbegroting komt uit op een totaal van"));
        assertEquals(0, labels.titleLength(1, "Het bestuur stelt de begroting vast. De leden stemmen in met het voorstel."));
    }

    @Test
    void aCellsTextComingCloseToTheNextIsCutWhereTheHeadersLabelStarts(@TempDir Path tmp) throws IOException {
        Path file;
        try (TestPdf p = new TestPdf()) {
            p.page();
            float[] xs = {50, 95, 300, 350, 420};
            String[][] rows = {{"Nr.", "Omschrijving", "Wie", "Termijn", "Status"},
                {"26-04", "Overzicht wachttijden per gemeente", "DPG", "Q3 2026", "open"},
                {"26-06", "Hoofdstuk eenzaamheid opnemen in de kadernota", "DPG", "Q1 2027", "open"},
                {"26-08", "Ziekteverzuim opnemen in de rapportage", "controller", "Q4 2026", "afgerond"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < xs.length; c++) {
                    p.text(xs[c], 120 + 16 * r, rows[r][c], r == 0, 9);
                }
            }
            file = p.save(tmp.resolve("close.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of("26-06", "Hoofdstuk eenzaamheid opnemen in de kadernota", "DPG", "Q1 2027", "open"),
                tables.get(0).rows().get(2).stream().map(Cell::text).toList());
    }

    @Test
    void aTableRuledOnlyAcrossWithPaddedRowsIsFoundButAListOfSeveralLinesPerItemIsNot(@TempDir Path tmp) throws IOException {
        Path file;
        float[] xs = {50, 250, 350, 450};
        try (TestPdf p = new TestPdf()) {
            p.page().rulesAcross(xs, 100, 126, 152, 178, 204)
                    .text(52, 118, "Regeling", true, 10).text(300, 118, "Begroting", true, 10).text(400, 118, "Realisatie", true, 10)
                    .text(52, 144, "Inkomenstoeslag", false, 10).text(300, 144, "412.000", false, 10).text(400, 144, "356.880", false, 10)
                    .text(52, 170, "Meedoenregeling", false, 10).text(300, 170, "265.000", false, 10).text(400, 170, "171.245", false, 10)
                    .text(52, 196, "Totaal", false, 10).text(300, 196, "677.000", false, 10).text(400, 196, "528.125", false, 10)
                    // a decision list's items, each with lines under it, ruled apart
                    .rulesAcross(xs, 300, 350, 400)
                    .text(52, 318, "5", false, 10).text(80, 318, "Uitvoeringsprogramma fietsroutes", false, 10).text(400, 318, "Verhoeven", false, 10)
                    .text(80, 330, "Besluit: aangehouden.", false, 10)
                    .text(52, 368, "6", false, 10).text(80, 368, "Beantwoording schriftelijke vragen", false, 10).text(400, 368, "Timmer", false, 10)
                    .text(80, 380, "Besluit: conform advies.", false, 10);
            file = p.save(tmp.resolve("across.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of("Meedoenregeling", "265.000", "171.245"),
                tables.get(0).rows().get(2).stream().map(Cell::text).toList());
    }

    @Test
    void aRuledTableBesideALettersMarginColumnKeepsItsOwnCellsAndItsNarrowNumberColumnsApart(@TempDir Path tmp) throws IOException {
        Path file;
        float[] xs = {50, 200, 240, 280, 320};
        try (TestPdf p = new TestPdf()) {
            // narrow right-aligned columns whose gaps are a word's, and the letter's margin column at the rows' height
            p.page().rulesAcross(xs, 100, 116, 132, 148, 164)
                    .text(52, 111, "Onderdeel", true, 8).text(205, 111, "2033 2034 2035", true, 8)
                    .text(52, 127, "Scholen", false, 8).text(207, 127, "1.200 1.350 1.500", false, 8)
                    .text(52, 143, "Sporthallen", false, 8).text(212, 143, "400 450 500", false, 8)
                    .text(52, 159, "Totaal", false, 8).text(207, 159, "1.600 1.800 2.000", false, 8)
                    .text(420, 127, "Kenmerk", false, 8).text(420, 159, "2033-0012345", false, 8);
            file = p.save(tmp.resolve("margin.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of(List.of("Onderdeel", "2033", "2034", "2035"), List.of("Scholen", "1.200", "1.350", "1.500"),
                        List.of("Sporthallen", "400", "450", "500"), List.of("Totaal", "1.600", "1.800", "2.000")),
                tables.get(0).rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList());
    }

    @Test
    void aBrowsersTableOfSeparatelyBoxedCellsIsOneGrid(@TempDir Path tmp) throws IOException {
        Path file;
        List<List<String>> rows = List.of(List.of("Nr.", "Onderwerp", "Besluit"),
                List.of("5", "Bestemmingsplan Molenweg 12", "Unaniem aangenomen."),
                List.of("6a", "Amendement A1 Korting voor kleine huishoudens", "Verworpen."),
                List.of("7", "Krediet renovatie sporthal", "Aangehouden."));
        try (TestPdf p = new TestPdf()) {
            p.page().text(50, 80, "Besluitenlijst van de raad", true, 11)
                    .boxedCells(new float[] {50, 80, 330, 520}, new float[] {100, 120, 140, 160, 180}, rows, 1.5f);
            file = p.save(tmp.resolve("boxed.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(rows, tables.get(0).rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList());
    }

    @Test
    void aHeaderLabelSetOverTwoColumnsDoesNotMergeThem(@TempDir Path tmp) throws IOException {
        Path file;
        try (TestPdf p = new TestPdf()) {
            p.page().text(50, 100, "Tarief per functieschaal", true, 10).text(250, 100, "Uren", true, 10)
                    .text(350, 100, "Kosten", true, 10);
            String[][] body = {{"Schaal 8", "€ 110", "12", "€ 1.320"}, {"Schaal 10", "€ 125", "40", "€ 5.000"},
                {"Schaal 12", "€ 150", "8", "€ 1.200"}};
            float[] xs = {50, 130, 250, 350};
            for (int r = 0; r < body.length; r++) {
                for (int c = 0; c < 4; c++) {
                    p.text(xs[c], 114 + 14 * r, body[r][c], false, 10);
                }
            }
            file = p.save(tmp.resolve("tarieven.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of(List.of("Tarief per functieschaal", "", "Uren", "Kosten"), List.of("Schaal 8", "€ 110", "12", "€ 1.320"),
                        List.of("Schaal 10", "€ 125", "40", "€ 5.000"), List.of("Schaal 12", "€ 150", "8", "€ 1.200")),
                tables.get(0).rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList());
    }

    @Test
    void aBoldGroupRowUnderTheHeaderIsTheBodysFirstRowNotAHeader(@TempDir Path tmp) throws IOException {
        Path file;
        try (TestPdf p = new TestPdf()) {
            p.page().grid(new float[] {50, 120, 330, 400, 470}, new float[] {100, 118, 136, 154, 172}, List.of(
                    List.of("Nummer", "Toezegging", "Termijn", "Status"),
                    List.of("Debat 3 maart", "", "", ""),
                    List.of("TZ-01", "De minister stuurt de Kamer een brief.", "Q2 2026", "Loopt"),
                    List.of("TZ-02", "De minister laat de kaart actualiseren.", "Q4 2026", "Loopt")), 2);
            file = p.save(tmp.resolve("toezeggingen.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(1, tables.get(0).headerRows());
    }

    @Test
    void aCellsBoldHeadlineOverItsSummaryStaysApartFromIt(@TempDir Path tmp) throws IOException {
        Path file;
        try (TestPdf p = new TestPdf()) {
            p.page().grid(new float[] {50, 90, 330, 420}, new float[] {100, 118, 160}, List.of(
                    List.of("Nr.", "Onderwerp", "Besluit"), List.of("B1", "", "Conform")), 1)
                    .text(93, 128, "Subsidie dorpshuizen 2027", true, 8)
                    .text(93, 138, "Verlening van een bijdrage aan", false, 8)
                    .text(93, 148, "twaalf dorpshuizen.", false, 8);
            file = p.save(tmp.resolve("besluitenlijst.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals("Subsidie dorpshuizen 2027\nVerlening van een bijdrage aan twaalf dorpshuizen.",
                tables.get(0).rows().get(1).get(1).text());
        assertEquals("Onderwerp", tables.get(0).rows().get(0).get(1).text());
    }

    @Test
    void aEuroAmountGluedToItsLabelInEveryRowIsAColumnOfItsOwn(@TempDir Path tmp) throws IOException {
        Path file;
        try (TestPdf p = new TestPdf()) {
            p.page().text(50, 100, "Functie", true, 10).text(250, 100, "Uren", true, 10).text(350, 100, "Kosten", true, 10);
            String[][] body = {{"Schaal 8   € 110", "12", "€ 1.320"}, {"Schaal 10   € 125", "40", "€ 5.000"},
                {"Schaal 12   € 150", "8", "€ 1.200"}, {"Totaal", "60", "€ 7.520"}};
            float[] xs = {50, 250, 350};
            for (int r = 0; r < body.length; r++) {
                for (int c = 0; c < 3; c++) {
                    p.text(xs[c], 114 + 14 * r, body[r][c], false, 10);
                }
            }
            file = p.save(tmp.resolve("glued.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of(List.of("Functie", "", "Uren", "Kosten"), List.of("Schaal 8", "€ 110", "12", "€ 1.320"),
                        List.of("Schaal 10", "€ 125", "40", "€ 5.000"), List.of("Schaal 12", "€ 150", "8", "€ 1.200"),
                        List.of("Totaal", "", "60", "€ 7.520")),
                tables.get(0).rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList());
    }

    @Test
    void findsALettersUnruledReferenceGridOfLabelsOverValues(@TempDir Path tmp) throws IOException {
        float[] xs = {50, 120, 200, 270, 320, 380, 450};
        String[] labels = {"Datum", "Ons kenmerk", "Dossier", "Blad", "Bijlagen", "Uw brief", "Uw kenmerk"};
        String[] values = {"3 maart 2026", "UIT-2026-0815", "Z-2026-77", "1 van 3"};
        Path file;
        try (TestPdf p = new TestPdf()) {
            p.page();
            for (int i = 0; i < labels.length; i++) {
                p.text(xs[i], 100, labels[i], false, 8);
            }
            for (int i = 0; i < values.length; i++) {
                p.text(xs[i], 112, values[i], false, 8);
            }
            // two lines of a label/value form are no grid: too few columns
            p.text(50, 200, "Onderwerp", false, 10).text(200, 200, "Subsidie speeltuinen", false, 10)
                    .text(50, 214, "Behandeld door", false, 10).text(200, 214, "Team Subsidies", false, 10)
                    .text(50, 260, "Geachte heer, mevrouw,", false, 10);
            file = p.save(tmp.resolve("brief.pdf"));
        }
        List<Table> tables = new PdfTables().tables(file);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of(List.of(labels), List.of("3 maart 2026", "UIT-2026-0815", "Z-2026-77", "1 van 3", "", "", "")),
                tables.get(0).rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList());
    }

    @Test
    void aDamagedPdfKeepsTheParsersBlocksAndTablesNamesTheFile(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("kapot.pdf"), "%PDF-1.7\nniet echt een pdf");
        List<Block> parsed = List.of(Block.paragraph("Tekst die Tika wel las.", 1));
        assertEquals(parsed, new PdfTables().apply(bad, parsed));
        var e = Assertions.assertThrows(RuntimeException.class, () -> new PdfTables().tables(bad));
        assertTrue(e.getMessage().contains("kapot.pdf"), e.getMessage());
    }
}
