package nl.gremium.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import org.junit.jupiter.api.Test;

class TableBlocksTest {

    @Test
    void theTablesLinesBecomeOneTableAndAHeaderRowRunIntoTheTitleAboveLeavesIt() {
        PageTable table = new PageTable(1, 50, 120, 520, 200, List.of(
                List.of("Nr.", "Datum", "Onderwerp"),
                List.of("1", "12-05-2027", "Beschikking bijdrage 2027"),
                List.of("2", "20-05-2027", "Aankondiging onderzoek crisiscommunicatie")), 1, true, List.of(50f, 80f, 160f, 520f));
        List<Block> blocks = List.of(
                Block.paragraph("Veiligheidsregio Zeeveld", 1),
                Block.paragraph("Lijst ingekomen stukken algemeen bestuur 2 juli 2027 Nr. Datum Onderwerp", 1),
                Block.paragraph("1 12-05-2027 Beschikking bijdrage 2027", 1),
                Block.paragraph("2 20-05-2027 Aankondiging onderzoek crisiscommunicatie", 1),
                Block.paragraph("Toelichting bij de lijst volgt.", 1));
        List<Block> out = TableBlocks.replace(blocks, List.of(table));
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.TABLE, BlockType.PARAGRAPH),
                out.stream().map(Block::type).toList(), out::toString);
        assertEquals("Lijst ingekomen stukken algemeen bestuur 2 juli 2027", out.get(1).text());
        List<Block> broken = List.of(
                Block.paragraph("Vastgesteld in de collegevergadering van 9 juli 2027 Nr. Da-tum Onderwerp", 1),
                Block.paragraph("1 12-05-2027 Beschikking bijdrage 2027", 1),
                Block.paragraph("2 20-05-2027 Aankondiging onderzoek crisiscommunicatie", 1));
        assertEquals("Vastgesteld in de collegevergadering van 9 juli 2027", TableBlocks.replace(broken, List.of(table)).get(0).text(),
                "a label the line broke with a hyphen ('Da-tum') is still the header's");
    }

    @Test
    void aPageNumberAboveTheTablesHeaderIsNoCellOfIt() {
        PageTable table = new PageTable(2, 50, 120, 520, 200, List.of(
                List.of("Nr.", "Aanbeveling", "Status"),
                List.of("2.1", "Neem de risico's op in de paragraaf grondbeleid", "afgerond"),
                List.of("4.2", "Toegankelijke formulieren", "in uitvoering")), 1, true, List.of(50f, 80f, 400f, 520f));
        List<Block> blocks = List.of(
                Block.paragraph("2", 2),
                Block.paragraph("Nr. Aanbeveling Status", 2),
                Block.paragraph("2.1 Neem de risico's op in de paragraaf grondbeleid afgerond", 2),
                Block.heading("4.2 Toegankelijke formulieren", 2, 2, "4.2"),
                Block.paragraph("in uitvoering", 2));
        List<Block> out = TableBlocks.replace(blocks, List.of(table));
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.TABLE), out.stream().map(Block::type).toList(), out::toString);
        assertEquals("2", out.get(0).text(), "the page number stays furniture; the row that needs its \"2\" keeps it");
    }
}
