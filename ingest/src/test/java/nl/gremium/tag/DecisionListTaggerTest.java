package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.li;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Outcome;
import nl.gremium.model.Table;
import nl.gremium.model.Tags;
import org.junit.jupiter.api.Test;

class DecisionListTaggerTest {

    private static List<Cell> row(String... cells) {
        return Arrays.stream(cells).map(Cell::of).toList();
    }

    private static List<Decision> tag(List<Block> blocks, List<AgendaItem> items) {
        return new DocumentTagger().tag(Docs.of(DocKind.decision_list, blocks, items)).decisions();
    }

    @Test
    void aResultIntroducingAListDecidesEachListedProposal() {
        List<Decision> d = tag(List.of(h("5", "Hamerstukken", 1),
                p("Zonder beraadslaging en zonder stemming worden de volgende voorstellen aangenomen:"),
                li("a.", "a. Statenvoorstel 2027-11, Zienswijze begroting 2028 van de omgevingsdienst;"),
                li("b.", "b. Statenvoorstel 2027-12, Benoeming van een lid van de auditcommissie.")),
                List.of(new AgendaItem("5", "Hamerstukken", "", 1, 1, 0, 4)));
        assertEquals(List.of("Statenvoorstel 2027-11, Zienswijze begroting 2028 van de omgevingsdienst",
                "Statenvoorstel 2027-12, Benoeming van een lid van de auditcommissie"), d.stream().map(Decision::text).toList());
        assertEquals(List.of(Outcome.adopted, Outcome.adopted), d.stream().map(Decision::outcome).toList());
    }

    @Test
    void aListWithASubjectColumnRecordsTheSubjectWithTheOutcomeItsOtherColumnsGive() {
        Table t = new Table("t1", null, 1, 1, List.of(
                row("nr", "onderwerp", "besluit", "stemming"),
                row("4", "Krediet kade Oosthaven", "Het algemeen bestuur besluit een uitvoeringskrediet van € 3.100.000 beschikbaar te "
                        + "stellen, onder de voorwaarde dat de subsidie van het Rijk wordt verleend.", "aangenomen (25 voor, 2 tegen)"),
                row("6", "Amendement A1 (Water Natuurlijk)", "Het amendement, dat beoogt € 80.000 per jaar extra uit te trekken voor "
                        + "faunapassages, wordt in stemming gebracht en verworpen.", "verworpen (9 voor, 18 tegen)")), 1, null, false);
        List<Decision> d = tag(List.of(Block.table(t)), List.of());
        assertEquals(List.of("Krediet kade Oosthaven", "Amendement A1 (Water Natuurlijk)"), d.stream().map(Decision::text).toList());
        assertEquals(List.of(Outcome.adopted, Outcome.rejected), d.stream().map(Decision::outcome).toList());
        Table passive = new Table("t1", null, 1, 1, List.of(
                row("Nr.", "Onderwerp", "Besluit"),
                row("3", "Wijziging tarieven", "Het besluit over nieuwe tarieven wordt aangehouden tot de junivergadering, "
                        + "omdat eerst de gevolgen voor de kleine deelnemers in beeld moeten komen.")), 1, null, false);
        List<Decision> held = tag(List.of(Block.table(passive)), List.of());
        assertEquals(List.of("Wijziging tarieven"), held.stream().map(Decision::text).toList(), "the passive gives the outcome of the subject");
        assertEquals(Outcome.deferred, held.get(0).outcome());
    }

    @Test
    void aBoardsDecisionColumnStatesDecisionsAsPassivesAndAsDictumClausesAndHoldsItsPromises() {
        Table t = new Table("t1", null, 3, 3, List.of(
                row("Nr.", "Onderwerp", "Besluit"),
                row("2", "Besluitenlijst vergadering 3 juli", "De voorzitter heet de leden welkom. De besluitenlijst wordt ongewijzigd"
                        + " vastgesteld."),
                row("5", "Dekkingsplan brandweer", "Het voorstel wordt aangehouden tot de decembervergadering."),
                row("6", "Subsidieregeling sportverenigingen", "1. De subsidieregeling sportverenigingen 2027 vast te stellen."
                        + " 2. De raad hierover te informeren met een raadsinformatiebrief."),
                row("7", "Rondvraag", "Mevrouw Brink vraagt naar de kazerne in Oostdijk De commandant zegt toe hierover in de"
                        + " volgende vergadering te rapporteren.")), 1, null, false);
        LogicalDocument doc = Docs.of(DocKind.decision_list, List.of(Block.table(t)), List.of());
        Tags tags = new DocumentTagger().tag(doc);
        List<Decision> d = tags.decisions();
        assertEquals(3, d.size(), d::toString);
        assertEquals(Outcome.adopted, d.get(0).outcome());
        assertEquals("ongewijzigd vastgesteld", d.get(0).outcomeText());
        assertEquals(Outcome.deferred, d.get(1).outcome());
        assertTrue(d.get(2).text().startsWith("1. De subsidieregeling"), d::toString);
        assertEquals("6", d.get(2).agendaItem());
        List<Action> a = tags.actions();
        assertEquals(1, a.size(), a::toString);
        assertTrue(a.get(0).text().endsWith("De commandant zegt toe hierover in de volgende vergadering te rapporteren."), a::toString);
        assertEquals("7", a.get(0).agendaItem());
    }

    @Test
    void readsOneDecisionPerTableRowWithAnOutcome() {
        Table t = new Table("t1", null, 2, 3, List.of(
                row("Punt", "Onderwerp", "Besluit"),
                row("A", "Vaststelling van de agenda", "Conform"),
                row("B.1", "Voorstel van het college inzake de Nota parkeren Vechtland (RIS412001)", "Aangenomen"),
                row("C", "Voorstel van het college inzake de Woonvisie 2026-2030 (RIS412002)", ""),
                row("412010", "Amendement C.A Vechtland Lokaal: meer sociale huur", "Verworpen"),
                row("412011", "Ingetrokken Motie C.1 GroenLinks Groene daken", "-"),
                row("412012", "Motie C.2 CDA Woningen voor ouderen", "Aangenomen met 21 stemmen voor"),
                row("C", "Geamendeerd voorstel van het college inzake de Woonvisie 2026-2030", "Aangenomen"),
                row("D", "Nota sportaccommodaties (RIS412003) NIET BEHANDELD", ""),
                row("E", "Datumbepaling initiatiefvoorstel fietsparkeren", "Begin Q3")),
                1, null, false, List.of(2, 2, 2, 2, 2, 2, 3, 3, 3, 3));
        List<Decision> d = tag(List.of(p("Besluitenlijst van de raad van Vechtland"), Block.table(t)), List.of());

        assertEquals(8, d.size(), d::toString);
        assertEquals("Vaststelling van de agenda", d.get(0).text());
        assertEquals("A", d.get(0).agendaItem());
        assertEquals(Outcome.adopted, d.get(0).outcome());
        assertEquals("Conform", d.get(0).outcomeText());
        // a RIS number inside the subject stays; an item code is the code, not the row's first cell
        assertEquals("Voorstel van het college inzake de Nota parkeren Vechtland (RIS412001)", d.get(1).text());
        assertEquals("B.1", d.get(1).agendaItem());
        // rows led by a stuknummer fall under the agenda item above them
        assertEquals("Amendement C.A Vechtland Lokaal: meer sociale huur", d.get(2).text());
        assertEquals("C", d.get(2).agendaItem());
        assertEquals(Outcome.rejected, d.get(2).outcome());
        // a status printed before the title, the outcome column empty
        assertEquals("Motie C.1 GroenLinks Groene daken", d.get(3).text());
        assertEquals("Ingetrokken", d.get(3).outcomeText());
        assertEquals(Outcome.withdrawn, d.get(3).outcome());
        assertEquals("Aangenomen met 21 stemmen voor", d.get(4).outcomeText());
        assertEquals(3, d.get(4).page(), "the page of the row, not of the table");
        assertEquals("Geamendeerd voorstel van het college inzake de Woonvisie 2026-2030", d.get(5).text());
        // a status printed after the title, in capitals
        assertEquals("Nota sportaccommodaties (RIS412003)", d.get(6).text());
        assertEquals("NIET BEHANDELD", d.get(6).outcomeText());
        assertEquals(Outcome.not_treated, d.get(6).outcome());
        // an outcome the list does not know is kept as printed
        assertEquals("Begin Q3", d.get(7).outcomeText());
        assertNull(d.get(7).outcome());
    }

    @Test
    void aCollegeListStatingEachDecisionInItsBesluitColumnGivesThoseSentences() {
        Table t = new Table("t1", null, 1, 1, List.of(
                row("Nr", "Onderwerp", "Besluit", "Portefeuille"),
                row("1", "Subsidie muziekschool Vechtland 2027", "Het college verleent de muziekschool voor 2027 een subsidie van € 61.000.", "Bos"),
                row("2", "Reactie op consultatie Regionale Energiestrategie", "Conform advies, met dien verstande dat de brief wordt ingekort.", "Kaya"),
                row("3", "Planning grondexploitaties", "De wethouder licht de stand van zaken mondeling toe.", "Bos"),
                row("4", "Verkoop perceel Dorpsstraat", "Het college besluit het perceel te verkopen en de raad hierover te informeren.", "Kaya")),
                1, null, false);
        List<Decision> d = tag(List.of(p("Openbare besluitenlijst college van burgemeester en wethouders"), Block.table(t)), List.of());

        assertEquals(3, d.size(), d::toString);
        assertEquals("Het college verleent de muziekschool voor 2027 een subsidie van € 61.000.", d.get(0).text());
        assertEquals("1", d.get(0).agendaItem());
        assertEquals("Subsidie muziekschool Vechtland 2027", d.get(0).agendaTitle());
        assertNull(d.get(0).outcome(), "the college's own decision has no outcome");
        assertEquals(Outcome.adopted, d.get(1).outcome());
        assertEquals("Reactie op consultatie Regionale Energiestrategie", d.get(1).text(), "an outcome with a remark decides the subject");
        assertEquals("4", d.get(2).agendaItem(), "an account of the meeting in the column decides nothing");
    }

    @Test
    void aBoardsBesluitColumnRecordingItsDecisionsInThePerfectUnderCodedSubjects() {
        Table t = new Table("t1", null, 1, 1, List.of(
                row("Agendapunt", "Besluit"),
                row("4.1 Jaarrekening 2025", "Het algemeen bestuur heeft de jaarrekening 2025 vastgesteld en het resultaat bestemd."),
                row("4.2 Voorjaarsnota 2027", "Het algemeen bestuur heeft de voorjaarsnota vastgesteld. Een motie over maaibeheer is verworpen."),
                row("4.3 Krediet dijkversterking", "Het algemeen bestuur heeft een krediet van € 2,4 miljoen beschikbaar gesteld."),
                row("5 Mededelingen", "De voorzitter deelt mee dat de dijkgraaf in september afscheid neemt.")),
                1, null, false);
        List<Decision> d = tag(List.of(p("Besluitenlijst algemeen bestuur"), Block.table(t)), List.of());

        assertEquals(3, d.size(), d::toString);
        assertEquals(List.of("4.1", "4.2", "4.3"), d.stream().map(Decision::agendaItem).toList());
        assertEquals("Jaarrekening 2025", d.get(0).agendaTitle());
        assertEquals("Jaarrekening 2025", d.get(0).text(), "a row with an outcome records its subject");
        assertEquals(Outcome.adopted, d.get(1).outcome(), "the item's own decision comes first");
        assertEquals("beschikbaar gesteld", d.get(2).outcomeText());
    }

    @Test
    void aBesluitLabelAloneOnItsLineIsFollowedByTheDecisionsClauses() {
        List<Block> blocks = List.of(
                h("1", "Subsidieregeling energiecoaches 2027", 1),
                p("Portefeuillehouder: wethouder Bakker"),
                p("Besluit:"),
                li("1.", "De Subsidieregeling energiecoaches 2027 vast te stellen."),
                li("2.", "De raad te informeren met bijgaande raadsinformatiebrief."),
                h("2", "Aanwijzing toezichthouders", 1),
                p("Besluit: conform advies."));
        List<AgendaItem> items = List.of(
                new AgendaItem("1", "Subsidieregeling energiecoaches 2027", "", 1, 1, 0, 5),
                new AgendaItem("2", "Aanwijzing toezichthouders", "", 1, 1, 5, 7));
        List<Decision> d = tag(blocks, items);

        assertEquals(3, d.size(), d::toString);
        assertEquals("De Subsidieregeling energiecoaches 2027 vast te stellen.", d.get(0).text());
        assertEquals("1", d.get(1).agendaItem());
        assertEquals("Aanwijzing toezichthouders", d.get(2).text());
    }

    @Test
    void keepsTheItemAcrossNoteRowsAndSkipsNotesInTheOutcomeColumn() {
        Table t = new Table("t1", null, 1, 1, List.of(
                row("Punt", "Omschrijving", "Besluit"),
                row("F", "Voorstel inzake het Mobiliteitsplan (RIS412020)", "Het lid De Vries neemt niet deel aan de stemming"),
                row("-", "Er is geen motie F.1", ""),
                row("", "Er is geen amendement F.A", "-"),
                row("412021", "Motie F.2 D66 Veilige schoolroutes", "Aangenomen"),
                row("", "Gestaakte stemmen vorige vergadering", ""),
                row("412015", "Motie B.3 SP Gratis zwemles", "Verworpen")), 1, null, false);
        List<Decision> d = tag(List.of(Block.table(t)), List.of());

        assertEquals(2, d.size(), d::toString);
        assertEquals("Motie F.2 D66 Veilige schoolroutes", d.get(0).text());
        assertEquals("F", d.get(0).agendaItem(), "a note with '-' for an outcome is no heading");
        assertEquals("Gestaakte stemmen vorige vergadering", d.get(1).agendaItem(), "a printed group heading heads its rows");
    }

    @Test
    void aPromiseRecordedWithoutALabelIsAnActionOfWhoeverMadeIt() {
        LogicalDocument doc = Docs.of(DocKind.decision_list, List.of(
                h("5", "Krediet gemaal Nieuwe Wetering", 1),
                p("Het algemeen bestuur stelt een krediet beschikbaar van € 1,2 miljoen."),
                p("De portefeuillehouder zegt toe het algemeen bestuur na de zomer te informeren over de aanbesteding."),
                p("Mevrouw Kok vraagt of de portefeuillehouder kan toezeggen dat de omwonenden worden gehoord?"),
                p("De portefeuillehouder licht de planning toe."),
                p("De secretaris zal de gemeenten schriftelijk informeren over het krediet."),
                p("Het resultaat zal worden toegevoegd aan de reserve.")),
                List.of(new AgendaItem("5", "Krediet gemaal Nieuwe Wetering", "", 1, 1, 0, 7)));
        List<Action> a = new DocumentTagger().tag(doc).actions();
        assertEquals(2, a.size(), a::toString);
        assertEquals("De secretaris", a.get(1).actor(), "reporting back is promised in the future tense as well");
        assertEquals("De portefeuillehouder zegt toe het algemeen bestuur na de zomer te informeren over de aanbesteding.", a.get(0).text());
        assertEquals("De portefeuillehouder", a.get(0).actor());
        assertEquals("5", a.get(0).agendaItem());
    }

    @Test
    void aNoteOnFollowUpUnderTheListIsAnActionAConditionIsNot() {
        Table t = new Table("t1", null, 1, 1, List.of(
                row("Punt", "Omschrijving", "Besluit"), row("A", "Vaststelling van de agenda", "Conform")), 1, null, false);
        LogicalDocument doc = Docs.of(DocKind.decision_list, List.of(Block.table(t),
                p("Als het amendement wordt aangenomen, wordt motie C.4 niet in stemming gebracht."),
                p("DE BEHANDELING VAN AGENDAPUNT G WORDT IN APRIL VOORTGEZET"),
                p("De wethouder licht het voorstel toe.")), List.of());
        List<Action> a = new DocumentTagger().tag(doc).actions();
        assertEquals(1, a.size(), a::toString);
        assertEquals("DE BEHANDELING VAN AGENDAPUNT G WORDT IN APRIL VOORTGEZET", a.get(0).text());
        assertNull(a.get(0).actor());
    }

    @Test
    void aTableWithoutOutcomesGivesNoDecisions() {
        Table meta = new Table("t1", null, 1, 1, List.of(
                row("Datum", "12 maart 2026"), row("Locatie", "Raadzaal"), row("Afwezig", "-")), 0, null, false);
        Table list = new Table("t2", null, 1, 1, List.of(
                row("Punt", "Omschrijving", "Besluit"), row("1", "Opening", "")), 1, null, false);
        List<Decision> d = tag(List.of(Block.table(meta), Block.table(list)), List.of());
        assertEquals(0, d.size(), d::toString);
    }

    @Test
    void aBesluitLabelAfterTheItemsAccountDecidesTheItemOrWhatWasPutToTheVote() {
        List<Block> blocks = List.of(
                h("4", "Nota Oevers en Kades 2027", 1),
                p("Het bestuur bespreekt de nota, die € 2 miljoen voor oeverherstel vrijmaakt."),
                p("Amendement A3 van de fractie Groen Polderland, om de helft van de oevers natuurvriendelijk in te richten, wordt in "
                        + "stemming gebracht. Besluit: verworpen (9 stemmen voor, 18 tegen)."),
                p("Daarna komt de ongewijzigde nota in stemming. Besluit: aangenomen (20 stemmen voor, 7 tegen). "
                        + "De fractie Groen Polderland laat aantekenen dat zij tegen heeft gestemd."),
                h("5", "Legesverordening 2027", 1),
                p("Het bestuur stelt de legesverordening 2027 vast. Besluit: conform voorstel, zonder stemming."));
        List<AgendaItem> items = List.of(
                new AgendaItem("4", "Nota Oevers en Kades 2027", "", 1, 1, 0, 4),
                new AgendaItem("5", "Legesverordening 2027", "", 1, 1, 4, 6));
        List<Decision> d = tag(blocks, items);

        assertEquals(List.of("Amendement A3 van de fractie Groen Polderland, om de helft van de oevers natuurvriendelijk in te richten",
                "Nota Oevers en Kades 2027", "Legesverordening 2027"), d.stream().map(Decision::text).toList());
        assertEquals(List.of(Outcome.rejected, Outcome.adopted, Outcome.adopted), d.stream().map(Decision::outcome).toList());
        assertEquals("conform voorstel", d.get(2).outcomeText());
    }

    @Test
    void aBesluitLineWithARemarkAfterItsOutcomeStillDecidesTheItemAndAMotionLineAboveItTheMotion() {
        List<Block> blocks = List.of(
                h("6", "Verordening jeugdhulp 2034", 1),
                p("Besluit: het geamendeerde voorstel is aangenomen met 15 stemmen voor en 6 stemmen tegen. Tegen stemde de SP."),
                h("7", "Krediet sporthal Noordeind", 1),
                p("Besluit: aangehouden tot de raadsvergadering van 12 juni 2034. Het college stuurt eerst een notitie met varianten."),
                h("8", "Motie vreemd aan de orde van de dag", 1),
                p("Motie M4 Behoud bushalte Kerkpad (CDA, VVD)."),
                p("Besluit: aangenomen met algemene stemmen."));
        List<AgendaItem> items = List.of(
                new AgendaItem("6", "Verordening jeugdhulp 2034", "", 1, 1, 0, 2),
                new AgendaItem("7", "Krediet sporthal Noordeind", "", 1, 1, 2, 4),
                new AgendaItem("8", "Motie vreemd aan de orde van de dag", "", 1, 1, 4, 7));
        List<Decision> d = tag(blocks, items);
        assertEquals(List.of("Verordening jeugdhulp 2034", "Krediet sporthal Noordeind", "Motie M4 Behoud bushalte Kerkpad"),
                d.stream().map(Decision::text).toList());
        assertEquals(List.of(Outcome.adopted, Outcome.deferred, Outcome.adopted), d.stream().map(Decision::outcome).toList());
    }

    @Test
    void readsParagraphFormBesluitLines() {
        List<Block> blocks = List.of(
                h("1", "Subsidieregeling dorpshuizen 2027", 1),
                p("Toelichting: de regeling loopt af en wordt verlengd."),
                p("Besluit: Conform advies."),
                h("2", "Beantwoording vragen over de Veerweg", 1),
                p("Besluit: het college stelt de antwoorden vast en zendt ze aan de raad."),
                h("3", "Mandaatbesluit Omgevingsdienst", 1),
                p("Besluit GS: aangehouden"),
                h("4", "Besluitenlijst vorige vergadering", 1),
                p("Besluit: De besluitenlijst wordt met één wijziging vastgesteld."),
                h("5", "Verordening marktgelden 2027", 1),
                p("Besluit: Conform het voorstel. Het college maakt de verordening bekend in het gemeenteblad."));
        List<AgendaItem> items = List.of(
                new AgendaItem("1", "Subsidieregeling dorpshuizen 2027", "", 1, 1, 0, 3),
                new AgendaItem("2", "Beantwoording vragen over de Veerweg", "", 1, 1, 3, 5),
                new AgendaItem("3", "Mandaatbesluit Omgevingsdienst", "", 1, 1, 5, 7),
                new AgendaItem("4", "Besluitenlijst vorige vergadering", "", 1, 1, 7, 9),
                new AgendaItem("5", "Verordening marktgelden 2027", "", 1, 1, 9, 11));
        List<Decision> d = tag(blocks, items);

        assertEquals(5, d.size(), d::toString);
        assertEquals("Verordening marktgelden 2027", d.get(4).text(), "an outcome with a remark after it takes the item's title");
        assertEquals("Conform het voorstel", d.get(4).outcomeText());
        assertEquals(Outcome.adopted, d.get(3).outcome(), "a passive's participle is the outcome");
        assertEquals("vastgesteld", d.get(3).outcomeText());
        assertEquals("Subsidieregeling dorpshuizen 2027", d.get(0).text(), "an outcome alone takes the item's title");
        assertEquals("1", d.get(0).agendaItem());
        assertEquals(Outcome.adopted, d.get(0).outcome());
        assertEquals("het college stelt de antwoorden vast en zendt ze aan de raad.", d.get(1).text());
        assertNull(d.get(1).outcome(), "the list's own dictum has no outcome");
        assertEquals("Mandaatbesluit Omgevingsdienst", d.get(2).text());
        assertEquals(Outcome.held, d.get(2).outcome());
    }

    @Test
    void anOutcomeSaidTwiceBeforeItsTallyTakesTheItemsTitle() {
        List<Block> blocks = List.of(
                h("4", "Bestemmingsplan Molenakker-Oost", 1),
                p("Besluit: conform voorstel aangenomen met 21 stemmen voor en 6 stemmen tegen (tegen: Dorpsbelang)."),
                h("5", "Grondexploitatie De Brink", 1),
                p("Besluit: conform advies vastgesteld, met dien verstande dat de raad in mei een tussenstand krijgt."));
        List<AgendaItem> items = List.of(
                new AgendaItem("4", "Bestemmingsplan Molenakker-Oost", "", 1, 1, 0, 2),
                new AgendaItem("5", "Grondexploitatie De Brink", "", 1, 1, 2, 4));
        List<Decision> d = tag(blocks, items);

        assertEquals(2, d.size(), d::toString);
        assertEquals("Bestemmingsplan Molenakker-Oost", d.get(0).text(), "the tally after the outcome says nothing of what");
        assertEquals("conform voorstel aangenomen", d.get(0).outcomeText());
        assertEquals(Outcome.adopted, d.get(0).outcome());
        assertEquals("Grondexploitatie De Brink", d.get(1).text(), "a remark after the outcome leaves the item's title");
        assertEquals("conform advies vastgesteld", d.get(1).outcomeText());
    }

    @Test
    void aPassiveOnTheItemsMotionRecordsTheItemsTitleWithItsOutcome() {
        List<Block> blocks = List.of(
                p("Agendapunt 6 – Motie Zuinig met zoetwater"),
                p("De motie wordt met 14 stemmen voor en 16 stemmen tegen verworpen."));
        List<Decision> d = tag(blocks, List.of(new AgendaItem("6", "Motie Zuinig met zoetwater", "", 1, 1, 0, 2)));
        assertEquals(1, d.size(), d::toString);
        assertEquals("Motie Zuinig met zoetwater", d.get(0).text());
        assertEquals(Outcome.rejected, d.get(0).outcome());
    }

    @Test
    void aVoteOnTheItemsMotionBesideLabelledDecisionsTakesTheItemsTitleOnce() {
        List<Block> blocks = List.of(
                h("3", "Krediet kade Oostsluis", 1),
                p("Besluit: het algemeen bestuur stelt een krediet beschikbaar van € 900.000."),
                h("4", "Motie van de fractie Groen Water over maaien", 1),
                p("De motie wordt verworpen met 9 stemmen voor en 16 tegen."));
        List<AgendaItem> items = List.of(
                new AgendaItem("3", "Krediet kade Oostsluis", "", 1, 1, 0, 2),
                new AgendaItem("4", "Motie van de fractie Groen Water over maaien", "", 1, 1, 2, 4));
        List<Decision> d = tag(blocks, items);
        assertEquals(List.of("het algemeen bestuur stelt een krediet beschikbaar van € 900.000.",
                "Motie van de fractie Groen Water over maaien"), d.stream().map(Decision::text).toList());
        assertEquals(Outcome.rejected, d.get(1).outcome());
    }

    @Test
    void aCollegeListPrintedAsOneLabelledTablePerItemGivesADecisionPerClause() {
        Table first = new Table("t1", null, 1, 1, List.of(
                row("Onderwerp", "Subsidieregeling isolatie voor huurders"),
                row("Portefeuillehouder", "Wethouder Vos"),
                row("Besluit", "1. De subsidieregeling isolatie voor huurders 2027 vast te stellen. 2. Hiervoor € 90.000 beschikbaar"
                        + " te stellen uit de reserve duurzaamheid.")), 0, null, false);
        Table second = new Table("t2", null, 1, 1, List.of(
                row("Agendapunt", "7"),
                row("Onderwerp", "Zienswijze begroting Omgevingsdienst 2027"),
                row("Besluit", "Conform advies.")), 0, null, false);
        Table contacts = new Table("t3", null, 1, 1, List.of(
                row("Onderwerp", "Contactgegevens"),
                row("Telefoon", "14 0123")), 0, null, false);
        List<Decision> d = tag(List.of(p("Openbare besluitenlijst college van burgemeester en wethouders"), Block.table(first),
                Block.table(second), Block.table(contacts)), List.of());
        assertEquals(List.of("De subsidieregeling isolatie voor huurders 2027 vast te stellen.",
                "Hiervoor € 90.000 beschikbaar te stellen uit de reserve duurzaamheid.", "Zienswijze begroting Omgevingsdienst 2027"),
                d.stream().map(Decision::text).toList());
        assertEquals("Subsidieregeling isolatie voor huurders", d.get(0).agendaTitle());
        assertEquals("7", d.get(2).agendaItem());
        assertEquals(Outcome.adopted, d.get(2).outcome());
    }

    @Test
    void aBesluitLabelIntroducingClausesGivesOneDecisionPerClauseAndADeferralUntilAMeetingTakesTheTitle() {
        List<Block> blocks = List.of(
                h("1", "Subsidieplafond sport 2027", 1),
                p("Besluit: Het college besluit:"),
                li("1.", "het subsidieplafond voor 2027 vast te stellen op € 180.000;"),
                li("2.", "de verenigingen hierover per brief te informeren."),
                p("Actie: de secretaris zendt de verenigingen uiterlijk 1 maart 2027 de brief."),
                h("2", "Evaluatie parkeerbeleid", 1),
                p("Besluit: Aangehouden tot de vergadering van 17 november."));
        List<AgendaItem> items = List.of(
                new AgendaItem("1", "Subsidieplafond sport 2027", "", 1, 1, 0, 5),
                new AgendaItem("2", "Evaluatie parkeerbeleid", "", 1, 1, 5, 7));
        List<Decision> d = tag(blocks, items);
        // the action line under the clauses is the item's task, no clause of it

        assertEquals(3, d.size(), d::toString);
        assertEquals("het subsidieplafond voor 2027 vast te stellen op € 180.000;", d.get(0).text());
        assertEquals("1", d.get(1).agendaItem());
        assertEquals("Evaluatie parkeerbeleid", d.get(2).text());
        assertEquals(Outcome.deferred, d.get(2).outcome());
    }

    @Test
    void aVoteOnAMotionUnderAnItemLeavesTheItemsOwnDecisionSentence() {
        List<Block> blocks = List.of(
                h("5", "Krediet gemaal Nieuwe Wetering", 1),
                p("Het algemeen bestuur stelt een krediet beschikbaar van € 1,2 miljoen."),
                p("Motie 2026-03 (Water Natuurlijk) over vistrappen bij het gemaal wordt aangenomen."),
                h("6", "Kaderbrief 2027", 1),
                p("Het algemeen bestuur neemt kennis van de kaderbrief."),
                p("Amendement 2026-04 (PvdD) over de heffing: verworpen."));
        List<AgendaItem> items = List.of(
                new AgendaItem("5", "Krediet gemaal Nieuwe Wetering", "", 1, 1, 0, 3),
                new AgendaItem("6", "Kaderbrief 2027", "", 1, 1, 3, 6));
        List<String> texts = tag(blocks, items).stream().map(Decision::text).toList();
        assertTrue(texts.contains("Het algemeen bestuur stelt een krediet beschikbaar van € 1,2 miljoen."), texts::toString);
        assertTrue(texts.contains("Het algemeen bestuur neemt kennis van de kaderbrief."), texts::toString);
        assertEquals(4, texts.size(), "each vote once: " + texts);
    }

    @Test
    void aParagraphFormListAlsoKeepsTheBoardsOwnDecisionSentencesAndBareOutcomes() {
        List<Block> blocks = List.of(
                h("1", "Subsidie sportverenigingen 2027", 1),
                p("Het college besluit de subsidie aan de sportverenigingen voor 2027 vast te stellen op 125.000 euro."),
                h("2", "Beantwoording vragen over de Veerweg", 1),
                p("Besluit: conform advies."),
                h("3", "Verkoop perceel Industrieweg 12", 1),
                p("Aangehouden tot de vergadering van 21 april."));
        List<AgendaItem> items = List.of(
                new AgendaItem("1", "Subsidie sportverenigingen 2027", "", 1, 1, 0, 2),
                new AgendaItem("2", "Beantwoording vragen over de Veerweg", "", 1, 1, 2, 4),
                new AgendaItem("3", "Verkoop perceel Industrieweg 12", "", 1, 1, 4, 6));
        List<Decision> d = tag(blocks, items);

        assertEquals(List.of("1", "2", "3"), d.stream().map(Decision::agendaItem).sorted().toList(), d::toString);
        Decision held = d.stream().filter(x -> "3".equals(x.agendaItem())).findFirst().orElseThrow();
        assertEquals("Verkoop perceel Industrieweg 12", held.text());
        assertEquals(Outcome.deferred, held.outcome());
        assertEquals("Aangehouden tot de vergadering van 21 april.", held.outcomeText());
    }

    @Test
    void anOutcomeOpeningAParagraphAfterTheItemsSummaryDecidesTheNearestTitleLine() {
        List<Block> blocks = List.of(
                h("1", "Vaststelling agenda", 1),
                p("Vastgesteld."),
                h("2", "Hamerstukken", 1),
                Docs.li("a.", "a. Wijziging Verordening parkeerbelastingen 2027 (wethouder Mobiliteit)"),
                p("De wijziging regelt twee dingen:"),
                Docs.li("1.", "1. de tarieven voor vergunninghouders stijgen met drie procent;"),
                Docs.li("2.", "2. de opbrengst dekt de kosten van handhaving."),
                p("Aangenomen. De wethouder zal het besluit aan de raad sturen."),
                Docs.li("b.", "b. Benoeming leden adviescommissie erfgoed"),
                p("(burgemeester)"),
                p("Aangehouden tot een volgende vergadering in verband met de procedure."),
                h("3", "Stand van zaken Havenkwartier", 1),
                p("De wethouder licht de planning toe."),
                p("Besproken."),
                h("4", "Kadernota 2027", 1),
                p("Besluit: conform advies."),
                p("Akkoord is gegeven op de planning van de uitwerking."));
        List<AgendaItem> items = List.of(
                new AgendaItem("1", "Vaststelling agenda", "", 1, 1, 0, 2),
                new AgendaItem("2", "Hamerstukken", "", 1, 1, 2, 11),
                new AgendaItem("3", "Stand van zaken Havenkwartier", "", 1, 1, 11, 14),
                new AgendaItem("4", "Kadernota 2027", "", 1, 1, 14, 17));
        List<Decision> d = tag(blocks, items);

        assertEquals(List.of("Vaststelling agenda", "Wijziging Verordening parkeerbelastingen 2027 (wethouder Mobiliteit)",
                "Benoeming leden adviescommissie erfgoed", "Kadernota 2027"), d.stream().map(Decision::text).toList(), d::toString);
        assertEquals(List.of("1", "2", "2", "4"), d.stream().map(Decision::agendaItem).toList());
        assertEquals(Outcome.adopted, d.get(1).outcome());
        assertEquals("Aangenomen.", d.get(1).outcomeText(), "the outcome is the opening sentence, not what follows from it");
        assertEquals(Outcome.deferred, d.get(2).outcome());
        // "Besproken." decides nothing; an unlabelled line under a labelled decision is a note, not a second decision
    }

    @Test
    void votesOnMotionsAndAmendmentsUnderAnItemAreDecisionsOfTheirOwn() {
        List<Block> blocks = List.of(
                h("6", "Programmabegroting 2027", 1),
                p("Besluit: aangenomen met 24 stemmen voor (VVD, CDA, GroenLinks) en 7 tegen (SP). "
                        + "Amendement A6.1 (SP) Minder bezuinigen op bibliotheken: verworpen, 7 voor en 24 tegen. "
                        + "Motie M6.1 (CDA, VVD) Veilige schoolroutes: aangenomen. "
                        + "Motie M6.2 (GroenLinks) - ingetrokken. "
                        + "De motie over het zwembad is aangehouden."),
                h("7", "Benoeming griffier", 1),
                p("Besluit: de raad benoemt de heer P. Visser tot griffier."),
                p("Stemming: aangenomen met 30 stemmen voor en 1 tegen."),
                h("8", "Nota grondbeleid 2027", 1),
                p("Besluit: aangehouden; het college werkt de varianten voor de volgende vergadering verder uit."));
        List<AgendaItem> items = List.of(
                new AgendaItem("6", "Programmabegroting 2027", "", 1, 1, 0, 2),
                new AgendaItem("7", "Benoeming griffier", "", 1, 1, 2, 5),
                new AgendaItem("8", "Nota grondbeleid 2027", "", 1, 1, 5, 7));
        List<Decision> d = tag(blocks, items).stream().filter(x -> !"8".equals(x.agendaItem())).toList();
        Decision held = tag(blocks, items).stream().filter(x -> "8".equals(x.agendaItem())).findFirst().orElseThrow();
        assertEquals("Nota grondbeleid 2027", held.text(), "an outcome and a remark on it: the item's title");
        assertEquals(Outcome.held, held.outcome());

        assertEquals(List.of("Programmabegroting 2027", "Amendement A6.1 (SP) Minder bezuinigen op bibliotheken",
                        "Motie M6.1 (CDA, VVD) Veilige schoolroutes", "Motie M6.2 (GroenLinks)", "De motie over het zwembad",
                        "de raad benoemt de heer P. Visser tot griffier."),
                d.stream().map(Decision::text).toList(), "a tally after the outcome says nothing of its own: the item's title");
        assertEquals(Arrays.asList(Outcome.adopted, Outcome.rejected, Outcome.adopted, Outcome.withdrawn, Outcome.held,
                        Outcome.adopted),
                d.stream().map(Decision::outcome).toList());
        assertEquals(List.of("6", "6", "6", "6", "6", "7"), d.stream().map(Decision::agendaItem).toList());
        assertEquals("verworpen", d.get(1).outcomeText());
    }

    @Test
    void aListsOwnStepsForLaterAreActionsItsRecordOfTheMeetingIsNot() {
        Table list = new Table("t1", null, 1, 1, List.of(
                row("Nr", "Onderwerp", "Besluit"),
                row("3", "Jaarrekening 2025", "Vastgesteld. Het positieve resultaat wordt toegevoegd aan de algemene reserve."),
                row("4", "Zienswijzen begroting", "Vastgesteld met verwerking van de zienswijzen. Het DB stuurt de gemeenten vóór 1 april 2026 "
                        + "een reactienota op de zienswijzen."),
                row("5", "Evaluatie uitruktijden", "Aangehouden. Het AB verzoekt het DB de evaluatie aan te vullen en deze in juni opnieuw te agenderen.")),
                1, null, false);
        Tags tags = new DocumentTagger().tag(Docs.of(DocKind.decision_list, List.of(Block.table(list),
                h("6", "Regionaal risicoprofiel", 1),
                p("GS stellen de beantwoording vast. Gedeputeerde Bakker informeert PS vóór de commissievergadering van 14 mei 2026 over "
                        + "de reacties.")), List.of()));
        assertEquals(List.of("Het DB: Het DB stuurt de gemeenten vóór 1 april 2026 een reactienota op de zienswijzen.",
                "het DB: Het AB verzoekt het DB de evaluatie aan te vullen en deze in juni opnieuw te agenderen.",
                "Gedeputeerde Bakker: Gedeputeerde Bakker informeert PS vóór de commissievergadering van 14 mei 2026 over de reacties."),
                tags.actions().stream().map(a -> a.actor() + ": " + a.text()).toList(), tags.decisions()::toString);
        Table more = new Table("t2", null, 1, 1, List.of(
                row("Nr", "Onderwerp", "Besluit"),
                row("7", "Krediet kademuren", "Conform. Het voorstel wordt doorgeleid naar het algemeen bestuur van 2 juni 2026."),
                row("8", "Subsidieregeling erven", "Aangehouden. Portefeuillehouder Smit past de regeling aan op de punten uit het juridisch advies.")),
                1, null, false);
        assertEquals(List.of("null: Het voorstel wordt doorgeleid naar het algemeen bestuur van 2 juni 2026."),
                new DocumentTagger().tag(Docs.of(DocKind.decision_list, List.of(Block.table(more)), List.of())).actions().stream()
                        .map(a -> a.actor() + ": " + a.text()).toList(), "a task without a time ahead is what the meeting agreed, not yet a step");
    }

    @Test
    void aDecisionListWithAnActionColumnAndAnActionListBelowIt() {
        Table decisions = new Table("t1", null, 1, 1, List.of(
                row("Agendapunt", "Onderwerp", "Besluit", "Actie"),
                row("1", "Opening en vaststellen agenda", "De agenda wordt vastgesteld.", ""),
                row("4", "Evaluatie van de dienstverlening", "Aangehouden tot de vergadering van 3 juli 2026.",
                        "Directeur werkt de evaluatie voor 1 juni 2026 uit met de ambtelijke werkgroep.")), 1, null, false);
        Table actions = new Table("t2", null, 1, 1, List.of(
                row("Nr.", "Actie", "Wie", "Gereed", "Status"),
                row("2026-01", "Notitie over de verdeelsleutel opstellen", "Directeur", "juli 2026", "Loopt")), 1, null, false);
        Tags tags = new DocumentTagger().tag(Docs.of(DocKind.decision_list,
                List.of(Block.table(decisions), p("Actielijst"), Block.table(actions)), List.of()));
        assertEquals(List.of("Opening en vaststellen agenda", "Evaluatie van de dienstverlening"),
                tags.decisions().stream().map(Decision::text).toList(), tags.decisions()::toString);
        assertEquals(List.of(Outcome.adopted, Outcome.deferred), tags.decisions().stream().map(Decision::outcome).toList());
        assertEquals(List.of("Directeur werkt de evaluatie voor 1 juni 2026 uit met de ambtelijke werkgroep.",
                "Notitie over de verdeelsleutel opstellen"),
                tags.actions().stream().map(Action::text).toList(), tags.actions()::toString);
        assertEquals(List.of("Directeur", "Directeur"), tags.actions().stream().map(Action::actor).toList());
        assertEquals(LocalDate.of(2026, 6, 1), tags.actions().get(0).due());
    }

    @Test
    void aListWithoutAgendaItemsTakesTheTitleLineAboveAndFindsVotesATitleRunsInto() {
        List<Decision> d = tag(List.of(
                p("Besluitenlijst van de vergadering van Provinciale Staten"),
                p("PS2026-041 Uitvoeringsprogramma Fiets 2026-2030"),
                p("Besluit: vastgesteld als hamerstuk."),
                p("PS2026-039 Omgevingsverordening wind Amendement A1 (PvdA) Afstand tot woningen: verworpen (17 voor, 38 tegen)."
                        + " Motie M1 (BBB) Participatie: aangenomen (48 voor, 7 tegen). Het statenvoorstel is aangenomen met 38"
                        + " stemmen voor en 17 stemmen tegen."),
                p("PS2026-040 Subsidie luchthaven"),
                p("Besluit: het voorstel is ingetrokken door Gedeputeerde Staten.")), List.of());
        assertEquals(List.of("Uitvoeringsprogramma Fiets 2026-2030", "Amendement A1 (PvdA) Afstand tot woningen",
                "Motie M1 (BBB) Participatie", "Het statenvoorstel", "Subsidie luchthaven"), d.stream().map(Decision::text).toList());
        assertEquals(List.of(Outcome.adopted, Outcome.rejected, Outcome.adopted, Outcome.adopted, Outcome.withdrawn),
                d.stream().map(Decision::outcome).toList());
    }

    @Test
    void aDecisionThatAsksAnotherBodyToActIsThatBodysTask() {
        Tags t = new DocumentTagger().tag(Docs.of(DocKind.decision_list, List.of(
                h("4", "Kadernota 2028", 1),
                p("Besluit: het algemeen bestuur stemt in met de kadernota 2028 en verzoekt het dagelijks bestuur de"
                        + " ontwerpbegroting 2028 daarop te baseren."),
                h("5", "Jaarplan meldkamer", 1),
                p("Besluit: het algemeen bestuur stelt het jaarplan vast.")), List.of(
                new AgendaItem("4", "Kadernota 2028", "", 1, 1, 0, 2), new AgendaItem("5", "Jaarplan meldkamer", "", 1, 1, 2, 4))));
        assertEquals(List.of("het dagelijks bestuur"), t.actions().stream().map(Action::actor).toList(), t.actions()::toString);
        assertEquals("4", t.actions().get(0).agendaItem());
    }

    @Test
    void aTableOfLabelledRecordsOneUnderTheOtherGivesEachItemsDecisions() {
        // a province's list: every item a "Agendapunt N" row, then its labelled rows, all in one ruled table
        Table t = new Table("t1", null, 1, 1, List.of(
                row("Agendapunt 1", ""),
                row("Kenmerk", "2026-03-0101"),
                row("Onderwerp", "Vaststelling besluitenlijst vorige vergadering"),
                row("Besluit", "Conform vastgesteld."),
                row("Agendapunt 2", ""),
                row("Onderwerp", "Programma Vaarwegen 2027"),
                row("Portefeuillehouder", "J. Tromp"),
                row("Besluit", "GS besluiten: 1. het Programma Vaarwegen 2027 vast te stellen; 2. Provinciale Staten met een Statenbrief"
                        + " te informeren."),
                row("Agendapunt 3", ""),
                row("Onderwerp", "Subsidie Stichting Waterhistorie 2027"),
                row("Besluit", "Conform advies met dien verstande dat de subsidie wordt verleend tot ten hoogste € 40.000.")),
                0, null, false);
        List<Decision> d = tag(List.of(Block.table(t)), List.of());

        assertEquals(4, d.size(), d::toString);
        assertEquals("Vaststelling besluitenlijst vorige vergadering", d.get(0).text());
        assertEquals("1", d.get(0).agendaItem());
        assertEquals(Outcome.adopted, d.get(0).outcome());
        // the cell's own introduction is none of its clauses
        assertEquals("het Programma Vaarwegen 2027 vast te stellen;", d.get(1).text());
        assertEquals("2", d.get(2).agendaItem());
        // an adoption with its condition: the subject, the whole cell as the outcome printed
        assertEquals("Subsidie Stichting Waterhistorie 2027", d.get(3).text());
        assertEquals(Outcome.adopted, d.get(3).outcome());
        assertTrue(d.get(3).outcomeText().endsWith("ten hoogste € 40.000."), d::toString);
    }

    @Test
    void aDecisionsColumnInThePluralAndAnOutcomeWhoseSentenceGoesOnGiveTheItemsTitle() {
        Table t = new Table("t1", null, 3, 4, List.of(
                row("Nr.", "Onderwerp", "Besluiten", "Actie"),
                row("1", "Opening", "De voorzitter opent de vergadering.", "–"),
                row("2", "Kwartaalcijfers uitstroom", "Voor kennisgeving aangenomen. Het bestuur vraagt om een analyse.", "–"),
                row("3", "Aanbesteding groenonderhoud", "Aangehouden. Eerst volgt een juridische toets.", "Secretaris: toets opvragen.")),
                1, null, false);
        List<Decision> table = tag(List.of(Block.table(t)), List.of());
        assertEquals(List.of("Kwartaalcijfers uitstroom", "Aanbesteding groenonderhoud"), table.stream().map(Decision::text).toList(),
                table::toString);

        List<Decision> d = tag(List.of(
                h("6", "Krediet clubhuis De Horst (raadsvoorstel 2031-012)", 1),
                p("Besluit: aangenomen zonder hoofdelijke stemming. De raad stelt een krediet beschikbaar van € 800.000."),
                h("7", "Bestemmingsplan Kerkstraat (raadsvoorstel 2031-014)", 1),
                p("Besluit over het voorstel: Aangenomen met 20 stemmen voor en 9 tegen. Voor stemden alle fracties behalve de SP.")),
                List.of(new AgendaItem("6", "Krediet clubhuis De Horst (raadsvoorstel 2031-012)", "", 1, 1, 0, 2),
                        new AgendaItem("7", "Bestemmingsplan Kerkstraat (raadsvoorstel 2031-014)", "", 1, 1, 2, 4)));
        assertEquals(List.of("Krediet clubhuis De Horst (raadsvoorstel 2031-012)", "Bestemmingsplan Kerkstraat (raadsvoorstel 2031-014)"),
                d.stream().map(Decision::text).toList(), d::toString);
        assertEquals(List.of(Outcome.adopted, Outcome.adopted), d.stream().map(Decision::outcome).toList());
    }

    @Test
    void aDecisionCellsNoteOfANextStepAndAPromiseToBringSomethingInAreActions() {
        Table t = new Table("t1", null, 2, 3, List.of(
                row("Nr.", "Onderwerp", "Besluit"),
                row("4", "Indexering bijdragen 2032", "Aangehouden. Het voorstel wordt op 18 maart 2026 opnieuw geagendeerd."),
                row("5", "Jaarstukken 2025", "Vastgesteld. De stukken zijn op de website te vinden.")), 1, null, false);
        LogicalDocument doc = Docs.of(DocKind.decision_list, List.of(Block.table(t),
                p("De gemeentesecretaris zal hierover in de volgende vergadering een notitie inbrengen."),
                p("Het dagelijks bestuur komt hierop terug bij de begroting 2027.")), List.of());
        List<Action> a = new DocumentTagger().tag(doc).actions();
        assertEquals(Set.of("Het voorstel wordt op 18 maart 2026 opnieuw geagendeerd.",
                "De gemeentesecretaris zal hierover in de volgende vergadering een notitie inbrengen.",
                "Het dagelijks bestuur komt hierop terug bij de begroting 2027."), a.stream().map(Action::text).collect(Collectors.toSet()),
                a::toString);
        assertEquals(3, a.size(), a::toString);
        assertEquals("4", a.stream().filter(x -> x.text().startsWith("Het voorstel")).findFirst().orElseThrow().agendaItem());
    }

    @Test
    void aStepTheBoardSetsInItsOutcomeCellWithADateAheadIsATask() {
        Table t = new Table("t1", null, 1, 1, List.of(
                row("Nr.", "Onderwerp", "Besluit"),
                row("4", "Begroting 2027 en reactie op de zienswijzen", "Conform. De begroting 2027 wordt vastgesteld. Het dagelijks"
                        + " bestuur zendt de gemeenteraden vóór 15 juli 2026 een brief waarin wordt aangegeven hoe met hun zienswijzen"
                        + " is omgegaan.")), 1, null, false);
        Tags tags = new DocumentTagger().tag(Docs.of(DocKind.decision_list, List.of(Block.table(t)), List.of()));
        assertEquals(List.of("Het dagelijks bestuur"), tags.actions().stream().map(Action::actor).toList(), tags.actions()::toString);
    }

    @Test
    void ofADecisionAndAVoteColumnTheOneThatReadsAsOutcomesDecides() {
        Table t = new Table("t1", null, 1, 1, List.of(
                row("Punt", "Onderwerp", "Besluit", "Stemming"),
                row("4", "Besluitenlijst van de vergadering van 5 februari", "conform vastgesteld", "hamerstuk"),
                row("5", "Voorjaarsnota 2026", "vastgesteld, met inachtneming van amendement A5.1", "29 voor, 12 tegen"),
                row("6", "Krediet reconstructie Noorderweg", "aangenomen", "37 voor, 4 tegen")), 1, null, false);
        List<Decision> d = tag(List.of(Block.table(t)), List.of());
        assertEquals(List.of("Besluitenlijst van de vergadering van 5 februari", "Voorjaarsnota 2026", "Krediet reconstructie Noorderweg"),
                d.stream().map(Decision::text).toList());
    }

    @Test
    void aColumnOfVotesOrSubmittersIsNoSubjectHoweverLongAndAClosingTimeNoOutcome() {
        Table t = new Table("t1", null, 1, 1, List.of(
                row("Punt", "Onderwerp", "Fracties voor / tegen", "Besluit"),
                row("4.", "Krediet brug Molenvaart (€ 2.100.000)", "Voor: Vechtland Lokaal, CDA, Groen Links, D66 (21) Tegen: PVV (4)",
                        "Aangenomen"),
                row("4-M1", "Motie M1 \u201cVeilig oversteken\u201d", "Indieners: CDA, D66 Voor: alle fracties behalve de PVV (21)"
                        + " Tegen: PVV (4)", "Aangenomen"),
                row("9.", "Sluiting", "\u2013", "22.47 uur")), 1, null, false);
        List<Decision> d = tag(List.of(p("Besluitenlijst openbare raadsvergadering Vechtland"), Block.table(t)), List.of());
        assertEquals(List.of("Krediet brug Molenvaart (€ 2.100.000)", "Motie M1 \u201cVeilig oversteken\u201d"),
                d.stream().map(Decision::text).toList());
        assertEquals(Outcome.adopted, d.get(1).outcome());
    }

    @Test
    void aListItemsTitleNamesWhatItsBareProposalDecides() {
        List<Decision> d = tag(List.of(
                p("Besluitenlijst van de vergadering van het algemeen bestuur"),
                li("a.", "a. Jaarverslag klachtencommissie 2025. Het voorstel wordt zonder stemming aangenomen.")), List.of());
        assertEquals(1, d.size(), d::toString);
        assertEquals("Jaarverslag klachtencommissie 2025", d.get(0).text());
        assertEquals(Outcome.adopted, d.get(0).outcome());
    }

    @Test
    void aResultThatNamesNothingDecidesTheMotionOrAmendmentTheLineBeforeItNames() {
        List<Block> blocks = List.of(
                h("5", "Voorjaarsnota 2027", 1),
                p("Amendementen en moties bij dit agendapunt:"),
                p("Amendement A5.1 ‘Bibliotheek blijft open’ (Groen, SP), beoogt de bezuiniging op de bibliotheek te schrappen."),
                p("Voorjaarsnota 2027 gemeenteraad Vechtland"),
                p("Verworpen met 9 stemmen voor en 22 stemmen tegen. Voor: Groen, SP."),
                p("Motie M5.1 ‘Speeltuinen veilig’ (CDA). Aangenomen met algemene stemmen."),
                p("Motie M5.2 ‘Zonnepanelen op scholen’ (Groen). Ingetrokken, nadat de wethouder een onderzoek had toegezegd."),
                p("Motie M5.3 ‘Ruimere kwijtschelding’ (SP). De motie verzoekt het college de norm te verruimen. Aangenomen met algemene stemmen."),
                p("Besluit: de Voorjaarsnota 2027 wordt vastgesteld met 22 stemmen voor en 9 stemmen tegen."));
        List<AgendaItem> items = List.of(new AgendaItem("5", "Voorjaarsnota 2027", "", 1, 1, 0, 9));
        List<Decision> d = tag(blocks, items);
        assertEquals(List.of("Amendement A5.1 ‘Bibliotheek blijft open’", "Motie M5.1 ‘Speeltuinen veilig’",
                        "Motie M5.2 ‘Zonnepanelen op scholen’", "Motie M5.3 ‘Ruimere kwijtschelding’"),
                d.stream().filter(x -> x.outcome() != Outcome.adopted || x.text().startsWith("Motie")).map(Decision::text).toList(), d::toString);
        assertEquals(List.of(Outcome.rejected, Outcome.adopted, Outcome.withdrawn, Outcome.adopted),
                d.stream().filter(x -> x.text().startsWith("Amendement") || x.text().startsWith("Motie")).map(Decision::outcome).toList());
        assertEquals(5, d.size(), d::toString);
        // the item's own decision, stated as a passive of what its title names, is recorded on that title
        assertEquals("Voorjaarsnota 2027", d.get(d.size() - 1).text());
    }

    @Test
    void aRowCodedLetterAndNumberIsItsOwnItemAndABoldHeadlineIsItsSubject() {
        Table t = new Table("t1", null, 1, 1, List.of(
                row("Nr.", "Onderwerp", "Besluit"),
                row("A. Hamerstukken", "", ""),
                row("A1", "Subsidie dorpshuizen 2027\nVerlening van een bijdrage aan twaalf dorpshuizen.", "Conform"),
                row("A2", "Benoeming lid raad van toezicht", "Vastgesteld")), 1, null, false);
        List<Decision> d = tag(List.of(Block.table(t)), List.of());
        assertEquals(List.of("Subsidie dorpshuizen 2027", "Benoeming lid raad van toezicht"), d.stream().map(Decision::text).toList());
        assertEquals(List.of("A1", "A2"), d.stream().map(Decision::agendaItem).toList());
    }

    @Test
    void aCellsNoteOnTellingOthersIsATaskAndASummaryUnderABoldHeadlineIsReadForSteps() {
        Table t = new Table("t1", null, 1, 1, List.of(
                row("Nr.", "Onderwerp", "Besluit"),
                row("B1", "Uitvoeringsprogramma Fiets 2027\nHet programma kost € 12 miljoen. Provinciale Staten worden met een "
                        + "statenbrief over het programma geïnformeerd.", "Conform"),
                row("B2", "Reactie op consultatie luchthavens\nGedeputeerde Smit zendt de reactie uiterlijk 21 maart 2027 in.", "Conform"),
                row("B3", "Jaarverslag archief 2026\nHet jaarverslag is in februari aan de archiefinspectie gezonden.", "Vastgesteld")),
                1, null, false);
        List<Action> a = new DocumentTagger().tag(Docs.of(DocKind.decision_list, List.of(Block.table(t)), List.of())).actions();
        assertEquals(List.of("Provinciale Staten worden met een statenbrief over het programma geïnformeerd.",
                "Gedeputeerde Smit zendt de reactie uiterlijk 21 maart 2027 in."), a.stream().map(Action::text).toList());
        assertEquals(Arrays.asList(null, "Gedeputeerde Smit"), a.stream().map(Action::actor).toList());
        assertEquals(List.of("B1", "B2"), a.stream().map(Action::agendaItem).toList());
    }

    @Test
    void aPassiveOnTheItemsOwnSubjectTakesTheTitleUnlessItSaysMoreThanItsOutcome() {
        List<Block> blocks = List.of(
                h("4", "Uitvoeringsprogramma toezicht 2027", 1),
                p("Besluit: Het uitvoeringsprogramma toezicht 2027 wordt vastgesteld met 9 stemmen voor en 2 tegen."),
                h("5", "Nota bodembeleid 2027", 1),
                p("Besluit: De nota bodembeleid 2027 wordt vastgesteld, met dien verstande dat de paragraaf over asbest wordt aangevuld."),
                h("6", "Opening en vaststelling agenda", 1),
                p("Besluit: De agenda wordt ongewijzigd vastgesteld."));
        List<AgendaItem> items = List.of(new AgendaItem("4", "Uitvoeringsprogramma toezicht 2027", "", 1, 1, 0, 2),
                new AgendaItem("5", "Nota bodembeleid 2027", "", 1, 1, 2, 4),
                new AgendaItem("6", "Opening en vaststelling agenda", "", 1, 1, 4, 6));
        assertEquals(List.of("Uitvoeringsprogramma toezicht 2027",
                        "De nota bodembeleid 2027 wordt vastgesteld, met dien verstande dat de paragraaf over asbest wordt aangevuld.",
                        "De agenda wordt ongewijzigd vastgesteld."),
                tag(blocks, items).stream().map(Decision::text).toList());
    }
}
