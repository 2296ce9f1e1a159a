package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.li;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Outcome;
import nl.gremium.model.Table;
import org.junit.jupiter.api.Test;

class DecisionTaggerTest {

    private static List<Decision> tag(LogicalDocument doc) {
        return new DecisionTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'd'));
    }

    @Test
    void findsOneDecisionPerAgendaItemWithItsContext() {
        LogicalDocument doc = Docs.of(DocKind.minutes, List.of(
                h("3", "Jaarrekening 2025", 1),
                p("De heer Kramer licht de jaarrekening toe. Op 14 november 2024 heeft het algemeen bestuur ingestemd "
                        + "met de uitgangspunten."),
                p("Voorstel: de jaarrekening 2025 vast te stellen."),
                p("Het algemeen bestuur besluit conform voorstel."),
                h("4", "Evaluatie meldkamer", 1),
                p("Mevrouw Pol vraagt naar de planning. Het algemeen bestuur neemt kennis van de evaluatie."),
                h("5", "Kadernota", 1),
                p("De voorzitter stelt voor om de kadernota in december opnieuw te bespreken. Men gaat hiermee akkoord."),
                p("Vastgesteld in de vergadering van 9 december 2026.")),
                List.of(new AgendaItem("3", "Jaarrekening 2025", "", 1, 1, 0, 4),
                        new AgendaItem("4", "Evaluatie meldkamer", "", 1, 1, 4, 6),
                        new AgendaItem("5", "Kadernota", "", 1, 1, 6, 9)));
        List<Decision> d = tag(doc);
        assertEquals(3, d.size(), d::toString);
        assertEquals("Het algemeen bestuur besluit conform voorstel.", d.get(0).text());
        assertEquals("3", d.get(0).agendaItem());
        assertEquals("Jaarrekening 2025", d.get(0).agendaTitle());
        assertEquals("Voorstel: de jaarrekening 2025 vast te stellen.", d.get(0).proposal());
        assertEquals("Algemeen bestuur", d.get(0).body());
        assertEquals(Outcome.adopted, d.get(0).outcome());
        assertEquals(doc.id() + "#d1", d.get(0).id());
        assertEquals(Outcome.noted, d.get(1).outcome());
        assertEquals("De voorzitter stelt voor om de kadernota in december opnieuw te bespreken. Men gaat hiermee akkoord.",
                d.get(2).text());
    }

    @Test
    void aMeetingsRecordDecidesClauseByClauseAlsoUnderABareLabel() {
        LogicalDocument doc = Docs.of(DocKind.minutes, List.of(
                h("3", "Jaarstukken 2026", 1),
                p("Het algemeen bestuur besluit:"),
                li("a.", "a. de jaarstukken 2026 vast te stellen;"),
                li("b.", "b. het resultaat toe te voegen aan de algemene reserve."),
                p("De heer Bos vraagt naar de reserve."),
                h("4", "Besluitenlijst", 1),
                p("Besluit:"),
                li("a.", "a. de besluitenlijst van 3 maart 2027 vast te stellen;"),
                li("b.", "b. actiepunt 12 als afgedaan te beschouwen.")),
                List.of(new AgendaItem("3", "Jaarstukken 2026", "", 1, 1, 0, 5), new AgendaItem("4", "Besluitenlijst", "", 1, 1, 5, 9)));
        List<Decision> d = tag(doc);
        assertEquals(List.of("de jaarstukken 2026 vast te stellen;", "het resultaat toe te voegen aan de algemene reserve.",
                "de besluitenlijst van 3 maart 2027 vast te stellen;", "actiepunt 12 als afgedaan te beschouwen."),
                d.stream().map(Decision::text).toList());
        assertEquals(List.of("3", "3", "4", "4"), d.stream().map(Decision::agendaItem).toList());
        LogicalDocument noted = Docs.of(DocKind.minutes, List.of(
                p("Het algemeen bestuur neemt kennis van:"),
                li("1.", "1. de analyse van de uitrukken over 2026;"),
                li("2.", "2. de verdieping op de analyse.")), List.of());
        assertEquals(List.of("Het algemeen bestuur neemt kennis van: 1. de analyse van de uitrukken over 2026; 2. de verdieping op de analyse."),
                tag(noted).stream().map(Decision::text).toList(), "what is taken note of is one decision");
        LogicalDocument quoted = Docs.of(DocKind.minutes, List.of(
                p("Besluit:"),
                li("-", "- Dictum I als volgt aan te vullen:"),
                li("-", "- de kosten te dekken uit de reserve.")), List.of());
        assertEquals(List.of(), tag(quoted), "an amendment's text quoted in the minutes");
    }

    @Test
    void aListDecisionKeepsTheWholeList() {
        LogicalDocument doc = Docs.of(DocKind.decision_list, List.of(
                h(null, "Aanschaf hoogwerkers", 2),
                p("Het dagelijks bestuur heeft besloten om:"),
                li("1.", "In te stemmen met de aanschaf van twee hoogwerkers."),
                li("2.", "De kosten te dekken uit de reserve materieel."),
                p("Het dagelijks bestuur neemt kennis van de planning.")), List.of());
        List<Decision> d = tag(doc);
        assertEquals(1, d.size(), d::toString);
        assertEquals("Het dagelijks bestuur heeft besloten om: 1. In te stemmen met de aanschaf van twee hoogwerkers. "
                + "2. De kosten te dekken uit de reserve materieel.", d.get(0).text());
        assertEquals("Aanschaf hoogwerkers", d.get(0).agendaTitle());

        // the bullets drawn as graphics: the clauses run into one paragraph in lower case
        LogicalDocument drawn = Docs.of(DocKind.decision_list, List.of(
                h(null, "Jaarstukken 2025", 2),
                p("Het algemeen bestuur besluit:"),
                p("de jaarstukken 2025 vast te stellen; het resultaat toe te voegen aan de algemene reserve."),
                p("Het algemeen bestuur neemt kennis van de planning.")), List.of());
        assertEquals("Het algemeen bestuur besluit: de jaarstukken 2025 vast te stellen; het resultaat toe te voegen aan de "
                + "algemene reserve.", tag(drawn).get(0).text());
    }

    @Test
    void aHeadingGluedToTheDecisionBecomesItsSubject() {
        LogicalDocument doc = Docs.of(DocKind.decision_list, List.of(
                p("Inhuur projectleider Het dagelijks bestuur heeft besloten om:"),
                li("-", "- In te stemmen met de inhuur tot het einde van het jaar."),
                p("Reglement van orde Het dagelijks bestuur heeft besloten om:"),
                li("1.", "1. Het reglement vast te stellen.")), List.of());
        List<Decision> d = tag(doc);
        assertEquals(2, d.size(), d::toString);
        assertEquals("Het dagelijks bestuur heeft besloten om: - In te stemmen met de inhuur tot het einde van het jaar.",
                d.get(0).text());
        assertEquals("Inhuur projectleider", d.get(0).agendaTitle());
        assertEquals("Reglement van orde", d.get(1).agendaTitle());
    }

    @Test
    void proposalsReferencesAndStampsAreNotDecisions() {
        for (String s : List.of("Voorgesteld wordt de begroting vast te stellen.",
                "Het algemeen bestuur wordt voorgesteld in te stemmen met het plan.",
                "In 2023 heeft het algemeen bestuur besloten de meldkamer samen te voegen.",
                "Dit verslag is vastgesteld in de vergadering van 4 juni 2026.",
                "Het bestuur stelt voor de evaluatie uit te breiden.",
                // a letter's subject line names a decision, it takes none
                "Betreft Besluit tot wijziging van de Verordening parkeren in verband met de nieuwe zones",
                // a task and a promise commit to a step, they decide nothing
                "Actie: de secretaris zendt de jaarrekening uiterlijk 17 maart aan de deelnemers en stelt de planning vast.",
                "De wethouder bevestigt dat de lantaarns worden vervangen en zegt toe dat het ontwerp wordt besproken voordat het bestek wordt vastgesteld.")) {
            assertEquals(0, DecisionTagger.score(s), s);
        }
        LogicalDocument proposal = Docs.of(DocKind.proposal, List.of(p("Het algemeen bestuur besluit conform voorstel.")),
                List.of());
        assertTrue(tag(proposal).isEmpty());
    }

    @Test
    void provincesMunicipalitiesAndWaterBoardsNameTheirBodiesWithoutAnArticle() {
        for (String s : List.of("GS besluiten de nota reizigersvervoer vast te stellen.",
                "Gedeputeerde Staten besluiten:",
                "Burgemeester en wethouders besluiten in te stemmen met de aanpak van de Stationsweg.",
                "B&W besluiten de subsidieaanvraag van de muziekvereniging toe te kennen.",
                "Dijkgraaf en heemraden stellen het peilbesluit Oostpolder vast.",
                "Provinciale Staten stellen de Omgevingsverordening 2026 vast.")) {
            assertTrue(DecisionTagger.score(s) > 0, s);
        }
        for (String s : List.of("GS stellen voor de verordening vast te stellen.", "Provinciale Staten kunnen besluiten de termijn te verlengen.",
                "PS hebben in 2024 besloten de lijn te verlengen.", "Gedeputeerde Staten besluiten wat zij doen?")) {
            assertEquals(0, DecisionTagger.score(s), s);
        }
    }

    @Test
    void minutesNarratingTheBodyAfterItsVerbRecordADecisionButNotOneStillToCome() {
        for (String s : List.of("Na discussie stemt het algemeen bestuur in met de kadernota, met uitzondering van de heer Vos die tegen stemt.",
                "Vervolgens stelt de raad het verslag van 3 maart ongewijzigd vast.",
                "Na een korte toelichting neemt het dagelijks bestuur kennis van de voortgangsrapportage.")) {
            assertTrue(DecisionTagger.score(s) > 0, s);
        }
        for (String s : List.of("In mei stelt de raad de kadernota vast.", "Volgende week neemt het bestuur een besluit over de huisvesting.",
                "Waarom stemt het college in met de verlenging?", "Daarom stelt het college voor de verordening vast te stellen.")) {
            assertEquals(0, DecisionTagger.score(s), s);
        }
    }

    @Test
    void aCreditMadeAvailableIsADecisionAPowerOrAProposalToDoSoIsNot() {
        for (String s : List.of("Het algemeen bestuur stelt een aanvullend krediet beschikbaar van € 3,1 miljoen.",
                "De raad stelt voor de vervanging van de speeltoestellen een krediet beschikbaar van € 85.000.",
                "Voor de herinrichting van de Brink wordt een krediet van € 420.000 beschikbaar gesteld.")) {
            assertTrue(DecisionTagger.score(s) > 0, s);
        }
        for (String s : List.of("Het college stelt voor een krediet van € 85.000 beschikbaar te stellen.",
                "Het college kan daarvoor uit de reserve een bijdrage beschikbaar stellen.",
                "In 2024 heeft de raad hiervoor € 2 miljoen beschikbaar gesteld.",
                "Als er een krediet beschikbaar wordt gesteld, start de aanbesteding in mei.")) {
            assertEquals(0, DecisionTagger.score(s), s);
        }
    }

    @Test
    void aDecisionAnnouncedByItsSubjectIsNotTakenYet() {
        for (String s : List.of("Het college neemt in mei een besluit over de tijdelijke huisvesting van de bibliotheek.",
                "Het dagelijks bestuur neemt na de zomer een definitief besluit over de verkoop van het depot.",
                "De raad neemt op 3 juli het besluit over de kadernota.")) {
            assertEquals(0, DecisionTagger.score(s), s);
        }
        for (String s : List.of("Het dagelijks bestuur neemt het besluit om de kazerne in Dalfsen te sluiten.",
                "Het college neemt het advies van de commissie bezwaarschriften over.")) {
            assertTrue(DecisionTagger.score(s) > 0, s);
        }
    }

    @Test
    void classifiesOutcomes() {
        assertEquals(Outcome.adopted_amended, DecisionTagger.outcome(
                "Het bestuur stelt het plan vast met inachtneming van de gemaakte opmerkingen."));
        assertEquals(Outcome.adopted, DecisionTagger.outcome("Het verslag wordt zonder wijzigingen vastgesteld."));
        assertEquals(Outcome.deferred, DecisionTagger.outcome("Het bestuur besluit het voorstel aan te houden."));
        assertEquals(Outcome.rejected, DecisionTagger.outcome("Het voorstel wordt verworpen."));
        assertEquals(Outcome.noted, DecisionTagger.outcome("Het dagelijks bestuur neemt de stukken voor kennisgeving aan."));
    }

    @Test
    void powersDutiesObservationsAndTheNounAreNotDecisions() {
        for (String s : List.of("Het bestuursorgaan kan besluiten een aanvraag niet te behandelen als de aanvrager geen gegevens levert.",
                "Bouwtekeningen moeten echter worden aangemerkt als openbare informatie.",
                "Bij de zoektocht zijn elf notities gevonden die worden aangemerkt als werkversies van de nota.",
                "De commissie dient bij de vaststelling van het besluit de adviezen van de gemeenten te betrekken.",
                "De commissie stelt vast dat de kosten hoger zijn uitgevallen dan geraamd.",
                "U kunt de rechtbank verzoeken dit besluit tot openbaarmaking te schorsen.",
                "Bovendien wordt de termijn verlengd, nadat de minister daarvoor een regeling heeft vastgesteld.",
                "Aan deze omstandigheden ken ik meer gewicht toe dan aan het belang van openbaarmaking.",
                "Als deze motie wordt aangenomen, gaan wij met de woningcorporaties in gesprek.",
                "Anders ligt het wanneer er spaargeld in de onderneming wordt aangehouden voor de aankoop van een pand.",
                "Het algemeen bestuur stelt de jaarrekening later vast, na het advies van de accountant.",
                "Mocht het amendement worden aangenomen, dan passen wij de planning van de herinrichting aan.")) {
            assertEquals(0, DecisionTagger.score(s), s);
        }
        for (String s : List.of("Het algemeen bestuur stelt de jaarrekening 2025 vast.", "Ik besluit tot toekenning van de subsidie.",
                "Het terrein aan de Veerweg wordt aangewezen als locatie voor de nieuwe kazerne.",
                "Het dagelijks bestuur besluit het voorstel over de tarieven later te behandelen.",
                "Het algemeen bestuur stelt de begroting 2027 vast en de meerjarenraming voor de jaren daarna.",
                "De begroting 2027 wordt door het algemeen bestuur ongewijzigd vastgesteld.",
                "Ik ken u voor 2027 een subsidie toe van 5.000 euro.",
                "Het dagelijks bestuur besluit de kazerne te verbouwen, zodat de ploegen er in 2027 kunnen oefenen.",
                // the power or duty is what the body's decision grants or imposes
                "Het algemeen bestuur besluit dat het dagelijks bestuur de tarieven voor 2027 kan vaststellen.",
                "Het college besluit dat de aanvrager de leges binnen zes weken dient te betalen.",
                "De notulen worden vastgesteld, als de tekstuele wijziging op pagina 3 is verwerkt.")) {
            assertTrue(DecisionTagger.score(s) > 0, s);
        }
    }

    @Test
    void aLetterheadFieldReadAsAHeadingIsNoSubjectOfTheDecisionUnderIt() {
        var doc = Docs.of(DocKind.letter, List.of(h(null, "Datum 4 maart 2026", 2),
                p("Met deze brief besluit ik op uw aanvraag voor een subsidie voor het buurthuis."),
                h(null, "Subsidie buurthuis", 2),
                p("Met deze brief besluit ik ook op uw aanvraag om de huur van het buurthuis te verlagen.")), List.of());
        List<Decision> d = tag(doc);
        assertEquals(2, d.size(), d::toString);
        assertNull(d.get(0).agendaTitle());
        assertEquals("Subsidie buurthuis", d.get(1).agendaTitle());
    }
    @Test
    void aDictumsTableOfHowASumIsCoveredGivesItsRowsButNotItsTotal() {
        Table cover = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("a. Bijdrage provincie uit het programma fietsroutes"), Cell.of("€ 400.000,-")),
                List.of(Cell.of("b. Reserve mobiliteit"), Cell.of("€ 250.000,-")),
                List.of(Cell.of("Totaal"), Cell.of("€ 650.000,-"))), 0, 2, true); // row 2 as the table analysis marks it
        LogicalDocument doc = Docs.of(DocKind.proposal, List.of(
                p("De raad van de gemeente Vechtland, gelezen het voorstel van het college van 3 maart 2026;"),
                p("besluit:"),
                p("I. het ontwerp voor de fietsbrug over de Vecht vast te stellen;"),
                p("II. de kosten van € 650.000,- als volgt te dekken:"),
                Block.table(cover),
                p("Aldus besloten in de openbare raadsvergadering van 7 april 2026.")), List.of());
        List<String> texts = new DocumentTagger().tag(doc).decisions().stream().map(Decision::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("Totaal")), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Reserve mobiliteit") || t.startsWith("b. Reserve")), texts::toString);
    }
    @Test
    void anUnmarkedIntroductionOfTheMarkedClausesIsNoDecision() {
        LogicalDocument doc = Docs.of(DocKind.proposal, List.of(
                p("De raad van de gemeente Vechtland, gezien het voorstel van het college van 2 juni 2026, besluit:"),
                p("met overneming van de overwegingen van het college in het genoemde voorstel:"),
                p("I. het bezwaar van de bewoners van de Dijkstraat ongegrond te verklaren;"),
                p("II. het besluit van 4 maart 2026 in stand te laten."),
                p("Aldus besloten in de openbare raadsvergadering van 30 juni 2026.")), List.of());
        assertEquals(List.of("het bezwaar van de bewoners van de Dijkstraat ongegrond te verklaren;",
                "het besluit van 4 maart 2026 in stand te laten."),
                new DocumentTagger().tag(doc).decisions().stream().map(Decision::text).toList());
    }
    @Test
    void anIntroductionThatDecidesOnTheListedItemsStays() {
        LogicalDocument doc = Docs.of(DocKind.proposal, List.of(
                p("De raad van de gemeente Vechtland, gezien het voorstel van het college van 2 juni 2026, besluit:"),
                p("de geheimhouding van de volgende stukken op te heffen:"),
                p("a. Haalbaarheidsstudie zwembad"),
                p("b. Taxatierapport sporthal"),
                p("Aldus besloten in de openbare raadsvergadering van 30 juni 2026.")), List.of());
        assertEquals("de geheimhouding van de volgende stukken op te heffen:",
                new DocumentTagger().tag(doc).decisions().get(0).text());
    }

    @Test
    void aPersonsInitialEndsNoSentence() {
        List<Decision> d = tag(Docs.of(DocKind.minutes, List.of(
                p("Het algemeen bestuur besluit de heer R. Dammers met ingang van 1 juli 2026 te benoemen tot lid van het dagelijks bestuur.")),
                List.of()));
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).text().endsWith("tot lid van het dagelijks bestuur."), d.get(0).text());
    }
}
