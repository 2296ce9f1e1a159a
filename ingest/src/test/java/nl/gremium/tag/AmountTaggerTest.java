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
            "Het tekort bedraagt 418.306 euro.|418.306 euro|418306",
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
            "Het Rijk stelt € 3,66 mld. beschikbaar.|€ 3,66 mld.|3660000000",
            "De aanslag bedraagt € 897.668,- inclusief rente.|€ 897.668,-|897668",
            "Er is 10.271 euro uitgekeerd.|10.271 euro|10271",
            "De huur bedraagt € 16 min. per jaar.|€ 16 min.|16000000",
            "Het fonds krijgt een bedrag van euro 25.000 extra.|euro 25.000|25000",
            "De correctie van -/- € 12.000 verlaagt het saldo.|-/- € 12.000|-12000",
            "In 2021: ( 160.014,03 aan vergoedingen.|( 160.014,03|160014.03",
            "In de begroting is k€ 450 gereserveerd.|k€ 450|450000",
            "De reserve bedraagt kEUR 1.200 per jaar.|kEUR 1.200|1200000",
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
    void ignoresVagueQuantitiesAndTableUnits() {
        for (String s : List.of("Dat kost enkele honderdduizend euro per jaar.", "Bedragen x € 1.000",
                "Tabel 2 (x € 1 mln) geeft de lasten.", "De fractie (zie bijlage 3) stemt voor.",
                "Wij verwachten 1.250 bezoekers en 3.400 deelnemers.")) {
            assertEquals(List.of(), AmountTagger.find(s), s);
        }
    }

    @Test
    void readsBareNumbersThatContinueAnAmountOrFollowAMoneyNoun() {
        assertValues("Het saldo is € 1.500.000 in 2026, oplopend tot 1.750.000 structureel.", "1500000", "1750000");
        assertValues("De kosten liggen tussen € 2 en 3 miljoen.", "2000000", "3000000");
        assertValues("Wij verlenen een subsidie van 12.500 aan de vereniging.", "12500");
        assertValues("Er komen € 4.000 en 2.500 woningen bij.", "4000");
        assertValues("Wij kennen een bijdrage van 12.500 toe en het aantal is 40.000 inwoners.", "12500");
    }

    private static void assertValues(String sentence, String... values) {
        List<AmountTagger.Match> found = AmountTagger.find(sentence);
        assertEquals(values.length, found.size(), () -> sentence + " → " + found);
        for (int i = 0; i < values.length; i++) {
            assertEquals(0, new BigDecimal(values[i]).compareTo(found.get(i).value()), sentence + " → " + found);
        }
    }

    @Test
    void joinsASignLeftAtTheEndOfALine() {
        var doc = Docs.of(DocKind.amendment, List.of(Docs.li("-", "Een bijdrage te verlenen ter hoogte van €"),
                Docs.p("75.000 voor de activiteiten in het dorpshuis.")), List.of());
        List<Amount> a = new AmountTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'm'));
        assertEquals(1, a.size(), a::toString);
        assertEquals(0, new BigDecimal("75000").compareTo(a.get(0).value()));
    }

    @Test
    void scalesEuroTableCellsAndReadsAmountsWrittenInCells() {
        Table scaled = new Table("t1", "Lasten programma Wonen (bedragen x € 1.000)", 2, 2, List.of(
                List.of(Cell.of("Post"), Cell.of("2026"), Cell.of("2027")),
                List.of(Cell.of("Huur"), Cell.of("1.250"), Cell.of("0")),
                List.of(Cell.of("Onderhoud"), Cell.of("(300)"), Cell.of("-/- 25"))), 1, null, true);
        Table rates = new Table("t2", "Werkzaamheden", 3, 3, List.of(
                List.of(Cell.of("Taak"), Cell.of("Tarief"), Cell.of("Uren")),
                List.of(Cell.of("Behandeling"), Cell.of("Schaal 10 € 98"), Cell.of("12")),
                List.of(Cell.of("Advies"), Cell.of("€ 2.000 in 2026 en € 1.500 daarna"), Cell.of("4"))), 1, null, false);
        var doc = Docs.of(DocKind.proposal, List.of(Block.table(scaled), Block.table(rates)), List.of());
        List<Amount> a = new AmountTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'm'));
        assertEquals(List.of("1250000", "0", "-300000", "-25000", "98", "2000", "1500"),
                a.stream().map(x -> x.value().toPlainString()).toList());
    }

    @Test
    void onlyTheColumnsWhoseHeaderWritesTheCurrencyAreMoneyWhereSomeDo() {
        Table counts = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Gemeente"), Cell.of("Kinderen 0–12 jaar"), Cell.of("Uitkering 2027 (€)")),
                List.of(Cell.of("Noordwaard"), Cell.of("2.418"), Cell.of("624.840"))), 1, null, true);
        Table unit = new Table("t2", null, 1, 1, List.of(
                List.of(Cell.of("Programma (× € 1.000)"), Cell.of("2027"), Cell.of("2028")),
                List.of(Cell.of("Fietspaden"), Cell.of("6.200"), Cell.of("7.400"))), 1, null, true);
        Table runTogether = new Table("t3", null, 1, 1, List.of(
                List.of(Cell.of("Gemeente"), Cell.of("Aangevraagd (€) Verleend (€)"), Cell.of("")),
                List.of(Cell.of("Zuidwaard"), Cell.of("165.000"), Cell.of("140.250"))), 1, null, true);
        var doc = Docs.of(DocKind.letter, List.of(Block.table(counts), Block.table(unit), Block.table(runTogether)), List.of());
        List<Amount> a = new AmountTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'm'));
        assertEquals(List.of("624840", "6200000", "7400000", "165000", "140250"), a.stream().map(x -> x.value().toPlainString()).toList());
    }

    @Test
    void aHeaderSpanningTwoYearsGivesThemItsUnitBesideAColumnInThousands() {
        Table t = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Klasse"), Cell.of("Aantal"), Cell.of("Bijdrage per school (in €)"), Cell.of(""),
                        Cell.of("Totaal (× € 1.000)")),
                List.of(Cell.of(""), Cell.of(""), Cell.of("2027"), Cell.of("2028"), Cell.of("")),
                List.of(Cell.of("klein"), Cell.of("40"), Cell.of("12.500"), Cell.of("10.000"), Cell.of("900"))), 2, null, true);
        var doc = Docs.of(DocKind.letter, List.of(Block.table(t)), List.of());
        List<Amount> a = new AmountTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'm'));
        assertEquals(List.of("12500", "10000", "900000"), a.stream().map(x -> x.value().toPlainString()).toList());
    }

    @Test
    void skipsTextThatRepeatsTheCellsOfATableOnItsPage() {
        Table t = new Table("t1", "Kosten", 1, 1, List.of(
                List.of(Cell.of("Tarief"), Cell.of("Uren"), Cell.of("Kosten")),
                List.of(Cell.of("Schaal 8 € 90"), Cell.of("3"), Cell.of("€ 270"))), 1, null, true);
        var doc = Docs.of(DocKind.letter, List.of(Block.table(t), Docs.p("€ 270"),
                Docs.p("De kosten van € 270 brengen wij in rekening.")), List.of());
        List<Amount> a = new AmountTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'm'));
        assertEquals(List.of("90", "270", "270"), a.stream().map(x -> x.value().toPlainString()).toList());
        assertEquals("De kosten van € 270 brengen wij in rekening.", a.get(2).text());
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

    @Test
    void leavesOutScoreColumnsOfATableThatSignsItsMoneyColumn() {
        // a ranking of grant applications: marks per criterion, the grant itself written with its sign
        Table ranking = new Table("t1", "Rangorde aanvragen", 4, 4, List.of(
                List.of(Cell.of("Aanvraag"), Cell.of("Kwaliteit"), Cell.of("Kosten"), Cell.of("Totaal"), Cell.of("Subsidie")),
                List.of(Cell.of("Project Zuid"), Cell.of("3,50"), Cell.of("4,25"), Cell.of("7,75"), Cell.of("€ 80.500,00")),
                List.of(Cell.of("Project West"), Cell.of("2,75"), Cell.of("3,00"), Cell.of("5,75"), Cell.of("€ 12.000,00"))),
                1, null, true);
        // a budget table that signs its first row only keeps every column
        Table budget = new Table("t2", "Kosten per jaar", 5, 5, List.of(
                List.of(Cell.of("Post"), Cell.of("2026"), Cell.of("2027")),
                List.of(Cell.of("Personeel"), Cell.of("€ 10.000"), Cell.of("€ 12.000")),
                List.of(Cell.of("Huur"), Cell.of("4.000"), Cell.of("4.500")),
                List.of(Cell.of("Totaal"), Cell.of("14.000"), Cell.of("16.500"))),
                1, null, true);
        var doc = Docs.of(DocKind.letter, List.of(Block.table(ranking), Block.table(budget)), List.of());
        List<Amount> a = new AmountTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'm'));
        List<String> ranked = a.stream().filter(x -> x.tableId().equals("t1")).map(x -> x.value().toPlainString()).toList();
        assertEquals(List.of("80500", "12000"), ranked);
        assertEquals(6, a.stream().filter(x -> x.tableId().equals("t2")).count(), a::toString);
    }
}
