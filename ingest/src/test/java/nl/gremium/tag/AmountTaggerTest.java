package nl.gremium.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import nl.gremium.model.Amount;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.DocKind;
import nl.gremium.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTaggerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "De bijdrage is € 9.207.000,- voor dit jaar.|€ 9.207.000,-|9207000",
            "Het tekort bedraagt 632.927 euro.|632.927 euro|632927",
            "Er komt € 27,7 miljoen bij.|€ 27,7 miljoen|27700000",
            "Het gaat om ongeveer 9 ton per jaar.|9 ton|900000",
            "Groningen ontvangt 388.136,77€ extra.|388.136,77€|388136.77",
            "De kosten zijn circa 450.000 euro.|450.000 euro|450000",
            "Er is één miljoen euro gereserveerd.|één miljoen euro|1000000",
            "Het Rijk trekt € 1,2 mld uit.|€ 1,2 mld|1200000000",
            "Een bedrag van €200.000 is nodig.|€200.000|200000",
            "De korting van € -4.267 wordt verrekend.|€ -4.267|-4267",
            "Het budget stijgt met 2,5 mln euro.|2,5 mln euro|2500000",
            "Er is EUR 12.500 beschikbaar.|EUR 12.500|12500",
            "De post bedraagt € 1.5 miljoen.|€ 1.5 miljoen|1500000",
    })
    void readsEverySpelling(String sentence, String raw, String value) {
        List<AmountTagger.Match> found = AmountTagger.find(sentence);
        assertEquals(1, found.size(), () -> "in: " + sentence + " found " + found);
        assertEquals(raw, found.get(0).raw());
        assertEquals(0, new BigDecimal(value).compareTo(found.get(0).value()));
    }

    @Test
    void ignoresNumbersThatAreNotMoney() {
        for (String s : List.of("In 2025 waren er 1.234 uitrukken.", "De regio telt 500.000 inwoners.",
                "Er werd 9 ton CO2 bespaard.", "Dit is 3,5% meer dan in 2024.", "Zie artikel 12, lid 3.")) {
            assertEquals(List.of(), AmountTagger.find(s), s);
        }
    }

    @Test
    void givesSentenceYearAndPurpose() {
        var doc = Docs.of(DocKind.letter, List.of(Docs.p(
                "Voor 2026 stellen wij € 70 miljoen beschikbaar voor de versterking van de crisisbeheersing. "
                        + "Daarnaast is er 15.000 euro.")), List.of());
        List<Amount> a = new AmountTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'm'));
        assertEquals(2, a.size());
        assertEquals(doc.id() + "#m1", a.get(0).id());
        assertEquals(2026, a.get(0).year());
        assertEquals("de versterking van de crisisbeheersing", a.get(0).purpose());
        assertTrue(a.get(0).text().startsWith("Voor 2026 stellen wij"), a.get(0).text());
        assertEquals("Daarnaast is er 15.000 euro.", a.get(1).text());
    }

    @Test
    void takesEveryNumericCellOfAnEuroTable() {
        Table t = new Table("t1", "Bijlage 1: bijdrage per regio 2026", 2, 2, List.of(
                List.of(Cell.of("Regio"), Cell.of("Bijdrage 2026"), Cell.of("%")),
                List.of(Cell.of("Noord"), new Cell("1.234,50", new BigDecimal("1234.50")), Cell.of("3,1")),
                List.of(Cell.of("Zuid"), Cell.of("-4.267"), Cell.of("2,0")),
                List.of(Cell.of("West"), Cell.of("-"), Cell.of("0,0"))), 1, null, true);
        Table notEuro = new Table("t2", "Aantallen", 3, 3, List.of(
                List.of(Cell.of("Regio"), Cell.of("Uitrukken")), List.of(Cell.of("Noord"), Cell.of("1.200"))), 1, null, false);
        var doc = Docs.of(DocKind.letter, List.of(Block.table(t), Block.table(notEuro)), List.of());
        List<Amount> a = new AmountTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'm'));
        assertEquals(2, a.size(), a::toString);
        assertEquals("Noord | Bijdrage 2026", a.get(0).text());
        assertEquals(0, new BigDecimal("1234.50").compareTo(a.get(0).value()));
        assertEquals(2026, a.get(0).year());
        assertEquals(0, new BigDecimal("-4267").compareTo(a.get(1).value()));
        assertEquals("t1", a.get(1).tableId());
    }
}
