package nl.gremium.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format we read, generated here, parses into the right block types with page numbers. */
class TikaDocumentParserTest {
    @TempDir
    static Path dir;
    static TikaDocumentParser parser;

    @BeforeAll
    static void setUp() {
        parser = new TikaDocumentParser();
    }

    @Test
    void pdfHasPagesHeadingsListsAndJoinedLines() throws Exception {
        ParsedFile f = parser.parse(TestFiles.pdf(dir, "verslag.pdf"));
        assertEquals("application/pdf", f.source().mediaType());
        assertEquals(2, f.source().pageCount());
        assertEquals(64, f.source().sha256().length());

        Block opening = find(f, BlockType.HEADING, "1. Opening");
        assertEquals("1", opening.number());
        assertEquals(1, opening.level());
        Block item = find(f, BlockType.HEADING, "5.1. Jaarstukken 2024");
        assertEquals("5.1", item.number());
        assertEquals(2, item.level());
        assertEquals(2, find(f, BlockType.HEADING, "5.2. Programmabegroting 2026").page());

        Block welcome = find(f, BlockType.PARAGRAPH, "De voorzitter opent");
        assertTrue(welcome.text().contains("dat de BDUR-gelden voor dit jaar later"), welcome.text());

        Block list = find(f, BlockType.LIST_ITEM, "- De jaarstukken 2024");
        assertEquals("-", list.number());
        assertEquals(2, f.blocks().stream().filter(b -> b.is(BlockType.LIST_ITEM)).count());

        // a sentence cut by the page break and the page furniture is joined; the furniture stays apart
        Block decision = find(f, BlockType.PARAGRAPH, "Het algemeen bestuur besluit conform voorstel.");
        assertTrue(decision.text().endsWith("in de volgende vergadering opnieuw besproken."), decision.text());
        assertEquals(1, decision.page());
        assertEquals(1, find(f, BlockType.PARAGRAPH, "Pagina 1 van 2").page());
        assertEquals("-Concept-", f.blocks().get(0).text());
        assertTrue(f.blocks().stream().noneMatch(b -> b.text().contains("Pagina") && b.text().length() > 20));
    }

    @Test
    void aTitlePrintedLargeEndsWhereSmallerPrintStarts() throws Exception {
        ParsedFile f = parser.parse(TestFiles.printed(dir, "notulen.pdf", new float[] {18, 18, 14, 10, 10, 10},
                "Notulen van de openbare vergadering van de",
                "gemeenteraad van 9 november 2027",
                "5. Hamerstukken",
                "De raad besluit zonder beraadslaging en zonder stemming conform",
                "het voorstel tot vaststelling van het bestemmingsplan Dorpsstraat",
                "en verleent de gevraagde ontheffing."));
        List<Block> blocks = f.blocks();
        assertEquals(3, blocks.size(), blocks.toString());
        assertEquals("Notulen van de openbare vergadering van de gemeenteraad van 9 november 2027", blocks.get(0).text());
        assertEquals(BlockType.HEADING, blocks.get(0).type());
        assertEquals("5. Hamerstukken", blocks.get(1).text());
        assertEquals("5", blocks.get(1).number());
        assertTrue(blocks.get(2).is(BlockType.PARAGRAPH) && blocks.get(2).text().startsWith("De raad besluit"), blocks.toString());

        // a numbered title printed larger under a form field: its number's dot ends no sentence
        ParsedFile minutes = parser.parse(TestFiles.printed(dir, "verslag.pdf", new float[] {10, 12, 10},
                "Aanwezig: de heer Dekker (voorzitter), mevrouw Aalders, de heer Bulut",
                "1. Opening en vaststelling agenda",
                "De voorzitter opent de vergadering. De agenda wordt ongewijzigd vastgesteld."));
        assertEquals(3, minutes.blocks().size(), minutes.blocks().toString());
        assertEquals("1. Opening en vaststelling agenda", minutes.blocks().get(1).text());
        assertEquals(BlockType.HEADING, minutes.blocks().get(1).type());

        // print that shrinks inside a sentence ("… met" / "Gedeputeerde Staten …") or after a comma ends no title
        for (String first : List.of("Verslag van het bestuurlijk overleg over de windturbines met", "Ministerie van Landbouw,")) {
            ParsedFile g = parser.parse(TestFiles.printed(dir, "runs-on.pdf", new float[] {14, 10, 10}, first,
                    "Gedeputeerde Staten en de gemeente Dorpsveld, gehouden op", "3 maart 2028 in het provinciehuis."));
            assertEquals(1, g.blocks().size(), g.blocks().toString());
        }
    }

    @Test
    void anItemPrintedInTwoColumnsHasItsTitleApartFromItsAccount() throws Exception {
        ParsedFile f = parser.parse(TestFiles.placed(dir, "besluiten.pdf",
                60, 1, "Besluitenlijst van het algemeen bestuur",
                60, 3, "4.", 95, 3, "Jaarstukken 2026", 250, 3, "Het jaar eindigt met een overschot op de exploitatie",
                250, 4, "van 84.000 euro. De accountant keurt haar goed.",
                250, 5, "Besluit: conform voorstel.",
                60, 7, "5.", 95, 7, "Tariefharmonisatie", 250, 7, "Het voorstel harmoniseert de tarieven van alle",
                250, 8, "deelnemers per 2028.",
                250, 9, "Besluit: aangehouden."));
        List<String> headings = f.blocks().stream().filter(b -> b.is(BlockType.HEADING)).map(Block::text).toList();
        assertTrue(headings.containsAll(List.of("4. Jaarstukken 2026", "5. Tariefharmonisatie")), f.blocks().toString());
        assertTrue(f.blocks().stream().anyMatch(b -> b.text().startsWith("Het jaar eindigt met een overschot op de exploitatie van 84.000")),
                f.blocks().toString());
    }

    @Test
    void aLineOfItsOwnPrintedLargerThanTheRunningTextIsAHeadingALetterheadNameIsNot() throws Exception {
        ParsedFile f = parser.parse(TestFiles.printedApart(dir, "rapport.pdf", new float[] {15, 10, 10, 10, 12, 10},
                "Aanbevelingen",
                "Wij doen de volgende aanbevelingen aan het college van Vechtland.",
                "Stel elk jaar een onderhoudsplan op voor alle gemeentelijke panden.",
                "Informeer de raad elk jaar over de staat van het vastgoed.",
                "Annemarie de Groot",
                "Zij is de contactpersoon voor dit onderzoek van de rekenkamer."));
        List<Block> blocks = f.blocks();
        assertEquals(BlockType.HEADING, blocks.get(0).type(), blocks.toString());
        assertEquals("Aanbevelingen", blocks.get(0).text());
        Block name = blocks.stream().filter(b -> b.text().equals("Annemarie de Groot")).findFirst().orElseThrow();
        assertEquals(BlockType.PARAGRAPH, name.type(), "a name set larger in a letterhead is no heading");
    }

    @Test
    void docxHeadingStylesNumberedItemsAndTable() throws Exception {
        ParsedFile f = parser.parse(TestFiles.docx(dir, "voorstel.docx"));
        assertEquals(1, f.source().pageCount());
        assertEquals(1, find(f, BlockType.HEADING, "Agendapunt - besluitvormend").level());
        Block sub = find(f, BlockType.HEADING, "2.1. Financiële gevolgen");
        assertEquals(2, sub.level());
        assertEquals("2.1", sub.number());
        assertEquals("1.", find(f, BlockType.LIST_ITEM, "1. Het tijdpad vast te stellen.").number());
        Block table = find(f, BlockType.TABLE, "Regio");
        assertNotNull(table.table());
        assertEquals(3, table.table().rowCount());
        assertEquals("388.136,77", table.table().rows().get(1).get(1).text());
    }

    @Test
    void odtHeadingListAndTable() throws Exception {
        ParsedFile f = parser.parse(TestFiles.odt(dir, "notitie.odt"));
        assertEquals("application/vnd.oasis.opendocument.text", f.source().mediaType());
        assertEquals("3", find(f, BlockType.HEADING, "3. Informerend").number());
        find(f, BlockType.PARAGRAPH, "Het dagelijks bestuur neemt kennis");
        assertEquals(2, f.blocks().stream().filter(b -> b.is(BlockType.LIST_ITEM)).count());
        assertEquals(2, find(f, BlockType.TABLE, "Jaar").table().rowCount());
    }

    @Test
    void rtfNumberedHeadingAndParagraphs() throws Exception {
        ParsedFile f = parser.parse(TestFiles.rtf(dir, "besluit.rtf"));
        assertEquals("application/rtf", f.source().mediaType());
        assertEquals("5.1", find(f, BlockType.HEADING, "5.1. Jaarstukken 2024").number());
        find(f, BlockType.PARAGRAPH, "Het algemeen bestuur besluit conform voorstel.");
        find(f, BlockType.PARAGRAPH, "Het bestuur neemt kennis van de brief.");
    }

    @Test
    void htmlHeadingsOrderedListAndTable() throws Exception {
        ParsedFile f = parser.parse(TestFiles.html(dir, "stukken.html"));
        assertEquals("text/html", f.source().mediaType());
        assertEquals(1, find(f, BlockType.HEADING, "Ingekomen en verzonden stukken").level());
        assertEquals("1", find(f, BlockType.HEADING, "1. Ingekomen stukken").number());
        assertEquals("De documenten zijn op te vragen bij het secretariaat.",
                find(f, BlockType.PARAGRAPH, "De documenten").text());
        assertEquals("2.", find(f, BlockType.LIST_ITEM, "Rapport van de inspectie").number());
        assertEquals(List.of("1.", "BDuR-junibrief 2025"),
                find(f, BlockType.TABLE, "Nr").table().rows().get(1).stream().map(c -> c.text()).toList());
    }

    @Test
    void textParagraphsByBlankLines() throws Exception {
        ParsedFile f = parser.parse(TestFiles.txt(dir, "notitie.txt"));
        assertEquals("text/plain", f.source().mediaType());
        assertEquals("2.1", find(f, BlockType.HEADING, "2.1. Risicocommunicatie").number());
        assertEquals("Het algemeen bestuur wordt voorgesteld de notitie vast te stellen.",
                find(f, BlockType.PARAGRAPH, "Het algemeen bestuur").text());
        assertEquals(2, f.blocks().stream().filter(b -> b.is(BlockType.LIST_ITEM)).count());
    }

    @Test
    void emailBody() throws Exception {
        ParsedFile f = parser.parse(TestFiles.eml(dir, "brief.eml"));
        assertEquals("message/rfc822", f.source().mediaType());
        Block body = find(f, BlockType.PARAGRAPH, "Hierbij informeer ik u");
        assertEquals(1, body.page());
    }

    @Test
    void outlookMessageSubjectAndBody() throws Exception {
        ParsedFile f = parser.parse(TestFiles.msg(dir, "brief.msg"));
        assertEquals("application/vnd.ms-outlook", f.source().mediaType());
        find(f, BlockType.HEADING, "Toekenning bijdrage 2026");
        find(f, BlockType.PARAGRAPH, "From: Ministerie van Justitie en Veiligheid");
        assertEquals(1, find(f, BlockType.PARAGRAPH, "Hierbij informeer ik u").page());
    }

    @Test
    void badInputHasOneLineReasons() throws Exception {
        assertEquals("empty file (0 bytes)", reason(TestFiles.empty(dir, "leeg.pdf")));
        assertEquals("encrypted (password-protected) PDF", reason(TestFiles.encryptedPdf(dir, "geheim.pdf")));
        assertTrue(reason(TestFiles.truncatedPdf(dir, "kapot.pdf")).startsWith("corrupt or truncated PDF"));
        assertTrue(reason(TestFiles.randomBytes(dir, "ruis.pdf")).startsWith("corrupt or truncated PDF"));
        assertEquals("no text layer (scanned document?)", reason(TestFiles.imageOnlyPdf(dir, "scan.pdf")));
        assertEquals("unsupported format: application/zip", reason(TestFiles.zip(dir, "archief.zip")));
        assertTrue(reason(TestFiles.zipBomb(dir, "bom.odt")).startsWith("zip bomb: "));
    }

    private static String reason(Path file) {
        ParseFailure e = assertThrows(ParseFailure.class, () -> parser.parse(file), file.toString());
        assertTrue(!e.reason().contains("\n"), e.reason());
        return e.reason();
    }

    private static Block find(ParsedFile f, BlockType type, String start) {
        Optional<Block> b = f.blocks().stream().filter(x -> x.is(type) && x.text().startsWith(start)).findFirst();
        assertTrue(b.isPresent(), type + " starting with '" + start + "' not in " + f.blocks());
        return b.get();
    }
}
