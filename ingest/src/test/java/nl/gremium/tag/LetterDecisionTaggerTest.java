package nl.gremium.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LetterDecisionTaggerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Ik heb besloten uw verzoek gedeeltelijk toe te wijzen.",
            "Hierbij besluit ik de gevraagde stukken openbaar te maken.",
            "De e-mails tussen de gemeente en de aannemer maak ik niet openbaar.",
            "Op grond van artikel 5.1 lid 2 sub e Woo weiger ik openbaarmaking van de namen van medewerkers.",
            "Daarom wijs ik uw verzoek om de offertes te verstrekken af.",
            "Gelet op het voorgaande staat artikel 5.1, eerste lid, onder c, van de Woo aan openbaarmaking van deze gegevens in de weg.",
            "Om die reden heb ik de handtekeningen en telefoonnummers uit de documenten verwijderd.",
            "Gelet hierop heb ik in de verslagen de namen van de betrokken bedrijven geweigerd.",
            "Ik zai deze notities dan ook niet openbaar maken.",
            "Wij kennen u voor het project Groene Dijk een subsidie toe van ten hoogste € 48.000.",
            "Gedeputeerde Staten hebben op 3 maart besloten de regeling met een jaar te verlengen.",
            "Met dit besluit stel ik de subsidie vast op € 12.340.",
            "Ik verklaar uw bezwaar ongegrond en handhaaf het bestreden besluit.",
            "De verslagen van de stuurgroep worden gedeeltelijk openbaar gemaakt.",
            "Ik heb besloten de informatie waarom u verzocht gedeeltelijk openbaar te maken.",
            "Ik kan uw verzoek om alle verslagen te ontvangen niet honoreren.",
            "Op grond van artikel 5.1 lid 2 sub e maak ik de namen van de adviseurs daarom niet openbaar.",
            "Op deze grond worden ook de passages over de onderhandelingen niet openbaar gemaakt.",
            // the next step of a narration, not one announced for later
            "Daarna stel ik de subsidie vast op € 12.400, het bedrag van de verantwoorde kosten.",
            "Met deze brief stel ik het budget voor 2027 vast en pas ik de raming voor de jaren daarna aan.",
            // the decision in the passive, under a heading "Beslissing"
            "Aan uw verzoek om de notulen van de stuurgroep wordt gedeeltelijk tegemoet gekomen.",
            "Het verzoek van 3 maart wordt volledig ingewilligd.",
            // what is withheld may take a long list before the verb's particle
            "Ik maak daarom de namen van de aannemers, hun adressen en alle andere gegevens die tot een van deze ondernemingen "
                    + "te herleiden zijn op grond van artikel 5.1, tweede lid, van de Woo niet openbaar.",
            // a refusal in the future tense, with another verb of disclosure, or after a long description of what is withheld
            "Ik zal de telefoonnummers van de inspecteurs dan ook niet verstrekken.",
            "Gelet hierop zal ik deze notities van het projectteam niet openbaar te maken.",
            "Gelet hierop zal ik de (delen van) verslagen die de voorbereiding van het overleg met de provincies weergeven niet openbaren.",
            "Ik zal de gegevens die de aannemers mij bij de aanbesteding van de renovatie van het stadhuis en de bouw van de nieuwe "
                    + "brandweerkazerne in vertrouwen hebben verstrekt over hun prijsopbouw, marges en onderaannemers evenmin openbaar maken.",
            // a supervisor's enforcement
            "Ik geef u hierbij een aanwijzing op grond van artikel 8.1 van de Jeugdwet.",
            "Daarom leg ik u een last onder dwangsom op van € 2.000 per dag.",
            // an amount with its abbreviation between the verb and its particle; a decision deferred
            "b. Aan de gemeente Westerduin ken ik € 3,5 mln. toe voor de renovatie van de sporthal.",
            "Het besluit over de aanvraag van de gemeente Oostvaart houd ik aan tot de begroting is aangevuld.",
    })
    void findsTheDecisionsOfALetter(String sentence) {
        assertTrue(LetterDecisionTagger.decides(sentence), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "In uw verzoek vraagt u om alle documenten over de renovatie openbaar te maken.",
            "Indien ik besluit de stukken openbaar te maken, stel ik derden in de gelegenheid een zienswijze te geven.",
            "Tegen dit besluit kunt u binnen zes weken bezwaar maken.",
            "Wij hebben vastgesteld dat de aanvraag volledig is.",
            "Het bestuursorgaan besluit binnen vier weken op het verzoek.",
            "Het document met nummer 4 is reeds openbaar en te vinden op de website.",
            "Op 2 mei heeft u verzocht om alle verslagen openbaar te maken, en ik heb besloten dat te beoordelen.",
            "Op grond van artikel 5.2 kan ik besluiten persoonlijke beleidsopvattingen niet openbaar te maken.",
            "Volgens vaste rechtspraak kan openbaarmaking worden geweigerd indien de documenten reeds openbaar zijn.",
            "Dit kan door binnen zes weken een bezwaarschrift in te dienen; daarin maak ik duidelijk wat u moet vermelden.",
            "Ik weeg af wat er gebeurt wanneer ik deze informatie openbaar maak.",
            "Aan deze omstandigheden ken ik een zodanig gewicht toe dat het belang van openbaarmaking moet wijken.",
            "Openbaarmaking kan met een beroep op dit belang worden geweigerd, als de gevolgen onevenredig zijn.",
            // the rule the letter applies, stated before it applies it
            "Ik maak geen informatie openbaar als dit de veiligheid van medewerkers in gevaar brengt.",
            "Ik maak geen informatie openbaar die betrekking heeft op de prijsopbouw van de aannemers.",
            "Adviezen voor intern beraad Op grond van artikel 5.2 van de Woo worden adviezen voor intern beraad niet openbaar gemaakt.",
            "Op grond van artikel 5.1, vijfde lid, zal ik geen gegevens openbaar maken indien dat tot onevenredige benadeling leidt.",
            "Op grond van artikel 5.2 van de Woo worden adviezen voor intern beraad in beginsel niet openbaar gemaakt.",
            "Dergelijke notities worden niet openbaar gemaakt, omdat medewerkers vrijuit moeten kunnen adviseren.",
            "Ik maak adviezen over een onderwerp van publiek debat in beginsel geanonimiseerd openbaar.",
            // a decision announced by the letter, taken in the sentences after it
            "Hierbij besluit ik op uw verzoek van 12 april 2026.",
            "Met deze brief beslis ik op uw Woo-verzoek over de subsidies aan sportclubs.",
            "Met deze brief besluit ik over de overige documenten.",
            "Met deze beschikking besluit ik over uw aanvraag voor een bijdrage.",
            "Na de zienswijzen van de betrokken gemeenten te hebben gelezen, heb ik het volgende besloten.",
            "Hieronder verwijs ik naar de inventarislijst, zodat u ziet wat ik per document heb besloten.",
            "In de inventarislijst in bijlage 1 staat per document wat ik besluit en op welke grond.",
            "Ik stel de bijdrage uiterlijk 30 juni 2031 vast op basis van het eindverslag.",
            "Ik stel de uitkering binnen 22 weken na ontvangst van het eindverslag vast.",
            "2 Indien een verzoek om openbaarmaking wordt afgewezen, vermeldt het besluit de grond daarvoor.",
            "3.Indien een verzoek om openbaarmaking wordt afgewezen, vermeldt het besluit de grond daarvoor.",
            "Artikel 5.3 schrijft voor dat indien een verzoek wordt afgewezen, het besluit een motivering bevat.",
            // a later step announced, not taken
            "U legt in 2027 verantwoording af over de besteding; ik stel de bijdrage daarna vast.",
            "Wij stellen de subsidie te zijner tijd definitief vast op basis van uw eindverslag.",
            // the law speaks of any request
            "Een verzoek wordt ingewilligd met inachtneming van de uitzonderingen die de wet noemt.",
            "Ik houd mij aan de afspraken die ik met de provincies heb gemaakt.",
    })
    void leavesWeighingAndDescriptionAlone(String sentence) {
        assertFalse(LetterDecisionTagger.decides(sentence), sentence);
    }

    @Test
    void takesEachSentenceAndEachPartlyDisclosingInventoryLineWithoutOutcome() {
        Table inventory = new Table("t1", "Inventarislijst", 2, 2, List.of(
                List.of(Cell.of("Nr."), Cell.of("Omschrijving"), Cell.of("Beoordeling"), Cell.of("Grond")),
                List.of(Cell.of("1"), Cell.of("Verslag overleg wethouders 12 mei"), Cell.of("Deels openbaar"), Cell.of("5.1.2.e")),
                List.of(Cell.of("2"), Cell.of("Offerte bouwbedrijf"), Cell.of("Niet openbaar"), Cell.of("5.1.1.c")),
                List.of(Cell.of("3"), Cell.of("Raadsinformatiebrief"), Cell.of("Openbaar"), Cell.of(""))), 1, null, false);
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Op 4 januari 2026 ontving ik uw verzoek over de renovatie van het zwembad in Vechtland."),
                Docs.h(null, "Besluit", 2),
                Docs.p("Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. De offerte maak ik niet openbaar."),
                Block.table(inventory)), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterDecisionTagger().tag(new DocumentView(doc), draft);
        List<Decision> d = draft.decisions;
        assertEquals(List.of("Ik heb besloten uw verzoek gedeeltelijk toe te wijzen.", "De offerte maak ik niet openbaar.",
                "Verslag overleg wethouders 12 mei"), d.stream().map(Decision::text).toList(),
                "a line withholding a document whole applies the refusal the letter states");
        assertNull(d.get(0).outcome());
        assertEquals("Deels openbaar", d.get(2).outcomeText());
        assertEquals(doc.id() + "#d3", d.get(2).id());
    }

    @Test
    void anInventoryHeadedDocumentAndTitleDescribesEachDocumentByItsTitle() {
        // "Document" heads the numbers (only the first printed), "Titel" the descriptions
        Table inventory = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Document"), Cell.of("Titel"), Cell.of("Datum"), Cell.of("Beoordeling")),
                List.of(Cell.of("1"), Cell.of("Concept evaluatie jeugdhulpcontracten"), Cell.of("02-03-2025"), Cell.of("Deels openbaar")),
                List.of(Cell.of(""), Cell.of("Begeleidende e-mail bij de evaluatie"), Cell.of("02-03-2025"), Cell.of("Openbaar")),
                List.of(Cell.of(""), Cell.of("Reactie van de directie op de evaluatie"), Cell.of("20-03-2025"), Cell.of("Deels openbaar"))),
                1, null, false);
        List<WooInventory.Row> rows = WooInventory.rows(inventory);
        assertEquals(List.of("Concept evaluatie jeugdhulpcontracten", "Reactie van de directie op de evaluatie"),
                rows.stream().map(WooInventory.Row::document).toList());
    }

    @Test
    void anInventoryWhoseDateAssessmentAndGroundsRanIntoOneCellStillGivesItsAssessment() {
        Table inventory = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Nr."), Cell.of("Document"), Cell.of("Datum Beoordeling Weigeringsgrond")),
                List.of(Cell.of("1"), Cell.of("Aanvraag subsidie dorpshuis"), Cell.of("14-04-2026 Deels openbaar 5.1.1.c, 5.1.2.e")),
                List.of(Cell.of("2"), Cell.of("Ontvangstbevestiging aanvraag"), Cell.of("18-04-2026 Openbaar")),
                List.of(Cell.of("3"), Cell.of("Offerte aannemer"), Cell.of("28-04-2026 Niet openbaar 5.1.1.c"))),
                1, null, false);
        List<WooInventory.Row> rows = WooInventory.rows(inventory);
        assertEquals(List.of("Aanvraag subsidie dorpshuis"), rows.stream().map(WooInventory.Row::document).toList());
        assertEquals("Deels openbaar", rows.get(0).status());
    }

    @Test
    void anInventoryCellCitingOnlyLegalGroundsDescribesNoDocument() {
        // headers run into the first rows: no column is headed as the description; the dates carry no letters
        Table inventory = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Nr."), Cell.of(""), Cell.of("Beoordeling"), Cell.of("")),
                List.of(Cell.of("2.1"), Cell.of("12-4- 10:"), Cell.of("Niet openbaar"), Cell.of("5.1 lid 2 sub i en 5.2")),
                List.of(Cell.of("2.2"), Cell.of("2026 15 notitie overleg"), Cell.of("Deels openbaar"), Cell.of("5.1 lid 2 sub e"))),
                1, null, false);
        assertEquals(List.of("2026 15 notitie overleg"), WooInventory.rows(inventory).stream().map(WooInventory.Row::document).toList());
        // no header at all: the cell naming a kind of document, not the longer list of senders
        Table noHeader = new Table("t2", null, 1, 1, List.of(
                List.of(Cell.of("7."), Cell.of("03-05-2026 E-mail RE: planning dijkherstel"), Cell.of("Deels openbaar"),
                        Cell.of("Ministerie van Waterbeheer, Waterschap Vechtstromen, Provincie Zeeveld"))), 0, null, false);
        assertEquals(List.of("03-05-2026 E-mail RE: planning dijkherstel"),
                WooInventory.rows(noHeader).stream().map(WooInventory.Row::document).toList());
        // a column of kinds alone is no description: the subject beside it is
        Table kinds = new Table("t3", null, 1, 1, List.of(
                List.of(Cell.of("8."), Cell.of("E-mail"), Cell.of("Uitnodiging overleg dijkherstel Vechtstromen"), Cell.of("Deels openbaar"))),
                0, null, false);
        assertEquals(List.of("Uitnodiging overleg dijkherstel Vechtstromen"),
                WooInventory.rows(kinds).stream().map(WooInventory.Row::document).toList());
    }

    @Test
    void aHeaderlessInventorysDescriptionIsTheColumnWhereMostRowsNameADocumentNotEachRowsLongestCell() {
        Table inventory = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("4."), Cell.of("E-mail"), Cell.of("RE: planning dijkherstel"), Cell.of("Deels openbaar"),
                        Cell.of("Ministerie van Waterbeheer, Waterschap Vechtstromen")),
                List.of(Cell.of("5."), Cell.of("E-mail"), Cell.of("Afspraken peilbeheer"), Cell.of("Deels openbaar"),
                        Cell.of("Ministerie van Waterbeheer, Provincie Zeeveld, Waterschap Vechtstromen")),
                List.of(Cell.of("6."), Cell.of("E-mail"), Cell.of("FW: verslag overleg kades"), Cell.of("Deels openbaar"),
                        Cell.of("Provincie Zeeveld"))), 0, null, false);
        assertEquals(List.of("RE: planning dijkherstel", "Afspraken peilbeheer", "FW: verslag overleg kades"),
                WooInventory.rows(inventory).stream().map(WooInventory.Row::document).toList());
    }

    @Test
    void aDecisionAnEarlierStageFoundInTheSendersVoiceIsTheSendersNotTheAddressedBodys() {
        var doc = Docs.of(DocKind.letter, List.of(Docs.p("Met dit besluit stel ik de subsidie vast op € 12.340."),
                Docs.p("Gedeputeerde Staten hebben op 3 maart besloten de regeling met een jaar te verlengen.")), List.of());
        TagDraft draft = new TagDraft(doc.id());
        // as the sentence stage leaves them: the body of the letter's header, the board its address names
        draft.decisions.add(new Decision("d1", "Met dit besluit stel ik de subsidie vast op € 12.340.", null, null, "Algemeen bestuur",
                null, null, null, 1, null));
        draft.decisions.add(new Decision("d2", "Gedeputeerde Staten hebben op 3 maart besloten de regeling met een jaar te verlengen.",
                null, null, "Gedeputeerde staten", null, null, null, 1, null));
        new LetterDecisionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("Veiligheidsregio Testland", "Gedeputeerde staten"), draft.decisions.stream().map(Decision::body).toList());
    }

    @Test
    void theArticlesOfLawQuotedInAnAnnexDecideNothing() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Ik heb besloten uw verzoek gedeeltelijk toe te wijzen."),
                Docs.h(null, "Bijlage 1 – Relevante artikelen", 2),
                Docs.p("Documenten worden niet openbaar gemaakt voor zover het belang van de betrokkene zwaarder weegt.")), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterDecisionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("Ik heb besloten uw verzoek gedeeltelijk toe te wijzen."), draft.decisions.stream().map(Decision::text).toList());
    }

    @Test
    void anAmountsAbbreviationEndsNoSentence() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Op basis van het advies van de commissie heb ik het volgende besloten:"),
                Docs.li("a.", "a. Aan de regio Westerduin ken ik € 3,5 mln. toe voor de renovatie van de sporthal."),
                Docs.li("b.", "b. Aan de regio Oostvaart ken ik ca. € 1 mln. toe voor het dorpshuis.")), List.of());
        assertEquals(List.of("Aan de regio Westerduin ken ik € 3,5 mln. toe voor de renovatie van de sporthal.",
                "Aan de regio Oostvaart ken ik ca. € 1 mln. toe voor het dorpshuis."),
                new DocumentTagger().tag(doc).decisions().stream().map(Decision::text).toList());
    }

    @Test
    void theSendersNumberedDictumDecidesClauseByClause() {
        for (String intro : List.of("Wij besluiten:", "Ik besluit:", "Gedeputeerde Staten besluiten:", "Besluit Ik besluit:")) {
            var doc = Docs.of(DocKind.letter, List.of(
                    Docs.p("Op 2 februari hebben wij uw aanvraag voor het project Dorpsmolen ontvangen."),
                    Docs.p(intro),
                    Docs.li("1.", "1. u voor het project een subsidie te verlenen van ten hoogste € 40.000;"),
                    Docs.li("2.", "2. u een voorschot te verlenen van € 32.000;"),
                    Docs.li("3.", "3. uw verzoek om een bijdrage voor onvoorziene kosten af te wijzen."),
                    Docs.h("2.", "Motivering", 1),
                    Docs.p("Uw project past binnen het doel van de regeling."),
                    Docs.p("Het voorschot wordt in twee termijnen betaald."),
                    Docs.p("Met vriendelijke groet,")), List.of());
            assertEquals(List.of("u voor het project een subsidie te verlenen van ten hoogste € 40.000;",
                    "u een voorschot te verlenen van € 32.000;", "uw verzoek om een bijdrage voor onvoorziene kosten af te wijzen."),
                    new DocumentTagger().tag(doc).decisions().stream().map(Decision::text).toList(), intro);
        }
    }

    @Test
    void anAnnexOfRegulationsDecidesNothingEither() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Ik verklaar uw bezwaar gegrond."),
                Docs.p("Bijlage 1: Regelgeving"),
                Docs.p("Het bestuursorgaan stelt de indiener van het bezwaarschrift tijdig van de hoorzitting op de hoogte."),
                Docs.p("Het quotum van een bedrijf wordt door Onze Minister vastgesteld op de peildatum.")), List.of());
        var tags = new DocumentTagger().tag(doc);
        assertEquals(List.of("Ik verklaar uw bezwaar gegrond."), tags.decisions().stream().map(Decision::text).toList());
    }

    @Test
    void aRuleThatHoldsForEveryRequestIsNoStepOfThisOne() {
        assertTrue(LetterDecisionTagger.statesRule("Voor gegevens die op verzoek worden verstrekt geldt dat zij voor iedereen"
                + " beschikbaar worden en dus gepubliceerd kunnen worden."));
        assertFalse(LetterDecisionTagger.statesRule("Voor de documenten 4 en 5 geldt dat ik ze gedeeltelijk openbaar maak."));
    }

    @Test
    void anAnnexOfLawLeftAsAParagraphEndsTheDecisionsOfEveryStage() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Ik besluit de gevraagde stukken gedeeltelijk openbaar te maken."),
                Docs.p("Tegen dit besluit kunt u bezwaar maken. Daarnaast kan de rechter worden gevraagd het onderhavige"
                        + " besluit tot openbaarmaking te schorsen."),
                Docs.p("Bijlage 2 — Relevante artikelen uit de Woo"),
                Docs.p("Het bestuursorgaan kan, als de informatie niet openbaar gemaakt kan worden, besluiten deze uitsluitend"
                        + " aan de verzoeker te verstrekken.")), List.of());
        var tags = new DocumentTagger().tag(doc);
        assertEquals(List.of("Ik besluit de gevraagde stukken gedeeltelijk openbaar te maken."),
                tags.decisions().stream().map(Decision::text).toList());
    }

    @Test
    void eachGroundsRefusalIsADecisionEvenInTheSameWords() {
        List<Decision> decisions = letterDecisions(
                Docs.p("Ik besluit de gevraagde stukken gedeeltelijk openbaar te maken."),
                Docs.h(null, "Bedrijfsgegevens", 2),
                Docs.p("De offertes bevatten prijzen die concurrenten niet mogen kennen. Ik maak deze informatie daarom niet openbaar."),
                Docs.h(null, "Inspectie en toezicht", 2),
                Docs.p("De verslagen beschrijven hoe de inspecteurs controleren. Ik maak deze informatie daarom niet openbaar."));
        assertEquals(3, decisions.size(), decisions::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In de wijkoverleggen worden de prioriteiten voor het komende jaar vastgesteld.|false",
            "Bij het loket worden dit jaar vijf extra medewerkers aangenomen.|false",
            "Met dit besluit wordt de subsidie voor het buurthuis vastgesteld op € 12.000.|true",
            "Met deze brief wordt het buurthuis aangewezen als stembureau voor de verkiezingen.|true",
    })
    void whatAMeetingsRecordWouldStateAsDecidedDescribesInALetterUnlessTheLetterDoesIt(String sentence, boolean decided) {
        var doc = Docs.of(DocKind.letter, List.of(Docs.p("Geachte leden van de raad,"), Docs.p(sentence)), List.of());
        List<String> found = new DocumentTagger().tag(doc).decisions().stream().map(Decision::text).toList();
        assertEquals(decided ? List.of(sentence) : List.of(), found, sentence);
    }

    /** The decisions the letter stage alone finds in a letter of these blocks. */
    @Test
    void theWritersListOfDecidedClausesDecidesClauseByClause() {
        List<Decision> d = new DocumentTagger().tag(Docs.of(DocKind.letter, List.of(
                Docs.h(null, "Besluit", 1),
                Docs.p("Gelet op artikel 15a van de Financiële-verhoudingswet heb ik besloten:"),
                Docs.li("1.", "1. aan de gemeenten in tabel 1 voor 2027 een decentralisatie-uitkering Speelplekken toe te kennen;"),
                Docs.li("2.", "2. de uitkering te betalen via het gemeentefonds, met verwerking in de septembercirculaire 2027."),
                Docs.p("Hoogachtend,")), List.of())).decisions();
        assertEquals(List.of("aan de gemeenten in tabel 1 voor 2027 een decentralisatie-uitkering Speelplekken toe te kennen;",
                "de uitkering te betalen via het gemeentefonds, met verwerking in de septembercirculaire 2027."),
                d.stream().map(Decision::text).toList());
        assertNull(d.get(0).outcome());
    }

    @Test
    void theSigningBodyNamedWithItsProvinceDecidesClauseByClause() {
        List<Decision> d = new DocumentTagger().tag(Docs.of(DocKind.letter, List.of(
                Docs.p("Ons besluit"),
                Docs.p("Gedeputeerde Staten van Zuiderland besluiten als volgt:"),
                Docs.li("1.", "1. Wij maken de documenten die onder uw verzoek vallen deels openbaar."),
                Docs.li("2.", "2. Namen van medewerkers van de stichting maken wij niet openbaar (artikel 5.1, tweede lid, onder e, Woo)."),
                Docs.li("3.", "3. Uw verzoek om de agenda van 4 mei 2033 wijs ik af, omdat die agenda al openbaar is."),
                Docs.p("Met vriendelijke groet,")), List.of())).decisions();
        assertEquals(List.of("Wij maken de documenten die onder uw verzoek vallen deels openbaar.",
                "Namen van medewerkers van de stichting maken wij niet openbaar (artikel 5.1, tweede lid, onder e, Woo).",
                "Uw verzoek om de agenda van 4 mei 2033 wijs ik af, omdat die agenda al openbaar is."),
                d.stream().map(Decision::text).toList());
    }

    @Test
    void aClauseThatSetsOutATableKeepsTheClausesAfterIt() {
        Block split = Block.table(new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Jaar"), Cell.of("Bedrag")), List.of(Cell.of("2033"), Cell.of("€ 400.000")),
                List.of(Cell.of("2034"), Cell.of("€ 600.000"))), 1, null, false));
        List<Decision> d = new DocumentTagger().tag(Docs.of(DocKind.letter, List.of(
                Docs.p("Gelet op artikel 17 van de Financiële-verhoudingswet"),
                Docs.p("besluit ik:"),
                Docs.li("1.", "1. aan de gemeente Zuiderhaven een specifieke uitkering te verstrekken van ten hoogste € 1.000.000;"),
                Docs.li("2.", "2. de uitkering als volgt over de jaren te verdelen:"),
                split,
                Docs.li("3.", "3. het bedrag voor 2033 als voorschot te betalen."),
                Docs.p("Hoogachtend,")), List.of())).decisions();
        assertEquals(List.of("aan de gemeente Zuiderhaven een specifieke uitkering te verstrekken van ten hoogste € 1.000.000;",
                "de uitkering als volgt over de jaren te verdelen:", "het bedrag voor 2033 als voorschot te betalen."),
                d.stream().map(Decision::text).toList());
    }

    private static List<Decision> letterDecisions(Block... blocks) {
        var doc = Docs.of(DocKind.letter, List.of(blocks), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterDecisionTagger().tag(new DocumentView(doc), draft);
        return draft.decisions;
    }

    @Test
    void theSentenceAnnouncingTheDecisionIsNoneOfItsOwn() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Hierbij besluit ik op uw verzoek van 12 april 2026."),
                Docs.p("Ik besluit de gevraagde stukken gedeeltelijk openbaar te maken."),
                Docs.p("Daarom maak ik de namen van medewerkers niet openbaar.")), List.of());
        var tags = new DocumentTagger().tag(doc);
        assertEquals(List.of("Ik besluit de gevraagde stukken gedeeltelijk openbaar te maken.",
                "Daarom maak ik de namen van medewerkers niet openbaar."), tags.decisions().stream().map(Decision::text).toList());
        assertEquals(2, tags.decisions().stream().map(Decision::id).distinct().count(), "ids stay distinct");
    }

    @Test
    void theInventoryAfterTheAnnexOfLawStillHoldsDecisions() {
        List<Decision> decisions = letterDecisions(
                Docs.p("Ik besluit de gevraagde stukken gedeeltelijk openbaar te maken."),
                Docs.h(null, "Bijlage 1 – Relevante artikelen", 2),
                Docs.p("Het bestuursorgaan kan besluiten de informatie uitsluitend aan de verzoeker te verstrekken."),
                Docs.h(null, "Bijlage 2 – Inventarislijst", 2),
                Docs.p("7. Notitie grondprijzen 2025 Deels openbaar 5.1.2.e"));
        assertEquals(List.of("Ik besluit de gevraagde stukken gedeeltelijk openbaar te maken.", "Notitie grondprijzen 2025"),
                decisions.stream().map(Decision::text).toList());
    }

    @Test
    void readsInventoryLinesThatAreNoTable() {
        WooInventory.Row row = WooInventory.line("7. Notitie grondprijzen 2025 Deels openbaar 5.1.2.e en 5.1.2.i");
        assertEquals("Notitie grondprijzen 2025", row.document());
        assertEquals("Deels openbaar", row.status());
        assertNull(WooInventory.line("De documenten 3 en 4 zijn deels openbaar"));
        assertNull(WooInventory.line("8. Brief aan de minister Openbaar"));
        // a paragraph whose last sentence ends like a line
        assertNull(WooInventory.line("Dat acht ik niet nodig. Daarom maak ik de namen van de adviseurs niet openbaar."));
        assertNull(WooInventory.line("De onderneming vraagt om geheimhouding en daarom maak ik de offerte niet openbaar"));
    }

    @Test
    void lettersRunTheLetterChain() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Ik besluit de gevraagde informatie openbaar te maken. Dit besluit wordt gepubliceerd op de website van de gemeente.")),
                List.of());
        var tags = new DocumentTagger().tag(doc);
        assertEquals(1, tags.decisions().size(), tags::toString);
        assertNull(tags.decisions().get(0).outcome(), "the letter's own decision has no outcome");
        assertEquals(1, tags.actions().size(), tags::toString);
        assertNull(tags.actions().get(0).actor());
    }

    @Test
    void aBoardDecidingARequestInItsOwnNameDecidesAndAScansInventoryLineStillWithholds() {
        List<Decision> d = letterDecisions(
                Docs.p("Het dagelijks bestuur van het Hoogheemraadschap Vechtland besluit uw verzoek gedeeltelijk toe te wijzen."),
                Docs.p("Het dagelijks bestuur besluit in het najaar over de nieuwe verordening."));
        assertEquals(List.of("Het dagelijks bestuur van het Hoogheemraadschap Vechtland besluit uw verzoek gedeeltelijk toe te wijzen."),
                d.stream().map(Decision::text).toList());

        Table inventory = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Nr."), Cell.of("Document"), Cell.of("Beoordeling")),
                List.of(Cell.of("1"), Cell.of("E-mail aannemer over de planning"), Cell.of("Deels openbaar -")),
                List.of(Cell.of("2"), Cell.of("Offerte baggerwerk"), Cell.of("Deelsopenbaar")),
                List.of(Cell.of("3"), Cell.of("Opdrachtbevestiging"), Cell.of("Openbaar"))), 1, null, false);
        assertEquals(List.of("E-mail aannemer over de planning", "Offerte baggerwerk"),
                WooInventory.rows(inventory).stream().map(WooInventory.Row::document).toList());
    }

    @Test
    void aDecisionReportedOverAListIsOneDecisionPerItemAndWhatARefusalLeavesPublicNone() {
        List<Decision> d = letterDecisions(
                Docs.p("Ons college heeft in zijn vergadering van 3 maart 2026 besloten:"),
                Docs.li("a.", "a. de opdracht voor het baggeren van de Molenvaart te gunnen aan Aannemer Vos;"),
                Docs.li("b.", "b. het tekort van € 42.000 te dekken uit de reserve Waterlopen;"),
                Docs.li("c.", "c. de omwonenden per brief te informeren."),
                Docs.p("De namen van ambtenaren in een publieke functie maak ik wel openbaar."));
        assertEquals(List.of("de opdracht voor het baggeren van de Molenvaart te gunnen aan Aannemer Vos;",
                "het tekort van € 42.000 te dekken uit de reserve Waterlopen;", "de omwonenden per brief te informeren."),
                d.stream().map(Decision::text).toList());
    }
}
