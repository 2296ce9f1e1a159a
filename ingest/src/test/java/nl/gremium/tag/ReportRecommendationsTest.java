package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.li;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Recommendation;
import nl.gremium.model.Table;
import nl.gremium.model.Tags;
import org.junit.jupiter.api.Test;

/** The report family's recommendation chain on rekenkamer, ombudsman, accountant and advisory layouts. */
class ReportRecommendationsTest {

    private static List<Recommendation> recommendations(List<Block> blocks) {
        LogicalDocument doc = Docs.of(DocKind.report, blocks, List.of());
        Tags tags = new DocumentTagger().tag(doc);
        return tags.recommendations();
    }

    @Test
    void conclusionsOfAMixedChapterAreNotRecommendationsAndTheHeadingNamesTheAddressee() {
        List<Recommendation> r = recommendations(List.of(
                h("5", "Conclusies en aanbevelingen", 1),
                h("5.1", "Conclusies", 2),
                li("1.", "De raad heeft geen doelen vastgesteld voor het armoedebeleid."),
                li("2.", "Het college rapporteert niet over de effecten van de regelingen."),
                h("5.2", "Aanbevelingen aan de raad", 2),
                li("1.", "Stel meetbare doelen vast voor het armoedebeleid van Vechtland."),
                li("2.", "Vraag het college jaarlijks te rapporteren over het bereik van de regelingen."),
                h("6", "Bestuurlijke reactie", 1),
                p("Het college neemt de aanbevelingen over.")));
        assertEquals(2, r.size(), r::toString);
        assertEquals("Stel meetbare doelen vast voor het armoedebeleid van Vechtland.", r.get(0).text());
        assertEquals("de raad", r.get(0).addressee());
        assertEquals("1.", r.get(0).number());
    }

    @Test
    void labelledRecommendationsWithTheirOwnText() {
        List<Recommendation> r = recommendations(List.of(
                h("3", "Onze aanbevelingen", 1),
                p("Aanbeveling 1: Leg in de subsidieverordening vast welke prestaties de gemeente verwacht."),
                p("Dit maakt de verantwoording achteraf eenvoudiger."),
                p("Aanbeveling 2 – Controleer steekproefsgewijs of de prestaties geleverd zijn."),
                h("4", "Verantwoording van het onderzoek", 1),
                p("Wij spraken met twaalf ambtenaren.")));
        assertEquals(2, r.size(), r::toString);
        assertEquals("1", r.get(0).number());
        assertEquals("Leg in de subsidieverordening vast welke prestaties de gemeente verwacht.", r.get(0).text());
        assertEquals("Controleer steekproefsgewijs of de prestaties geleverd zijn.", r.get(1).text());
    }

    @Test
    void aBareLabelTakesTheParagraphBelowIt() {
        // the layout of an accountant's management letter: finding, then recommendation, per topic
        List<Recommendation> r = recommendations(List.of(
                h("2.1", "Autorisaties in het financiële systeem", 2),
                p("Bevinding"),
                p("Vier medewerkers konden zowel crediteuren aanmaken als betalingen accorderen."),
                p("Aanbeveling"),
                p("Wij adviseren u de functiescheiding in het systeem af te dwingen en de autorisaties elk kwartaal te controleren."),
                h("2.2", "Inkoop", 2),
                p("Bevinding"),
                p("Bij drie aanbestedingen ontbrak het inkoopdossier.")));
        assertEquals(1, r.size(), r::toString);
        assertTrue(r.get(0).text().startsWith("Wij adviseren u de functiescheiding"), r::toString);
    }

    @Test
    void addresseeLabelsWithAColonAndLetteredRequests() {
        List<Recommendation> r = recommendations(List.of(
                h("7", "Aanbevelingen", 1),
                p("Aan de gemeenteraad:"),
                li("1.", "Bepaal welke informatie u over de jeugdzorg wilt ontvangen."),
                p("Aan het college:"),
                li("2.", "Verbeter de sturing op de jeugdhulpaanbieders:"),
                li("a.", "Maak afspraken over wachttijden in de contracten.", 2),
                li("b.", "Spreek aanbieders aan die de afspraken niet nakomen.", 2),
                h("8", "Bijlagen", 1)));
        assertEquals(3, r.size(), r::toString);
        assertEquals("Aan de gemeenteraad", r.get(0).addressee());
        assertEquals("Maak afspraken over wachttijden in de contracten.", r.get(1).text());
        assertEquals("Aan het college", r.get(1).addressee());
        assertEquals("b.", r.get(2).number());
    }

    @Test
    void recommendationsInRunningTextWithTheirAddressee() {
        List<Recommendation> r = recommendations(List.of(
                h("4", "Oordeel van de ombudsman", 1),
                p("De ombudsman vindt de klacht gegrond. De Nationale ombudsman beveelt de minister aan de "
                        + "beslistermijnen voortaan te bewaken en verzoekers tijdig te informeren."),
                p("Daarnaast adviseren wij het college om de klachtenregeling op de website te publiceren."),
                p("We raden de gemeente aan om de formulieren ook op papier aan te bieden."),
                p("Ons advies is om de klachten elk kwartaal aan het bestuur te rapporteren."),
                p("Door de ondernemersvereniging wordt geadviseerd om de markt te verplaatsen."),
                p("Wij raden niet wat de uitkomst van de evaluatie zal zijn."),
                p("Tot slot geeft de ombudsman de minister in overweging de brieven in eenvoudige taal te schrijven."),
                p("Wij geven hieronder een overzicht van de klachten."),
                p("In 2021 heeft de ombudsman al aanbevolen de termijnen te bewaken."),
                p("De inspectie adviseert over de kwaliteit van de opvang.")));
        assertEquals(5, r.size(), r::toString);
        assertEquals("de minister", r.get(0).addressee());
        assertTrue(r.get(0).text().startsWith("De Nationale ombudsman beveelt"), r::toString);
        assertEquals("het college", r.get(1).addressee());
        assertEquals("de gemeente", r.get(2).addressee());
        assertTrue(r.get(3).text().startsWith("Ons advies is om"), "the author's advice stated as such");
        assertEquals("de minister", r.get(4).addressee());
    }

    @Test
    void aTableOfRecommendationsAndTheSummaryRepeatCountOnce() {
        Table table = new Table("t1", "Overzicht aanbevelingen", 9, 9, List.of(
                List.of(new Cell("Nr.", null), new Cell("Aanbeveling", null), new Cell("Gericht aan", null),
                        new Cell("Reactie college", null)),
                List.of(new Cell("1", null), new Cell("Stel een meerjarig onderhoudsplan op voor de bruggen.", null),
                        new Cell("college", null), new Cell("Overgenomen", null)),
                List.of(new Cell("2", null), new Cell("Reserveer jaarlijks voldoende middelen voor groot onderhoud.", null),
                        new Cell("raad", null), new Cell("Deels overgenomen", null))), 1, null, false);
        List<Recommendation> r = recommendations(List.of(
                h(null, "Samenvatting", 1),
                p("De rekenkamer beveelt het college aan een meerjarig onderhoudsplan op te stellen voor de bruggen."),
                h("6", "Overzicht", 1),
                Block.table(table)));
        assertEquals(2, r.size(), r::toString);
        assertEquals("het college", r.get(0).addressee());
        assertEquals("raad", r.get(1).addressee());
        assertEquals("2", r.get(1).number());
        assertEquals("Reserveer jaarlijks voldoende middelen voor groot onderhoud.", r.get(1).text());
    }

    @Test
    void aSummaryThatRestatesTheChaptersRecommendationsInFewerWordsAddsNone() {
        List<Recommendation> r = recommendations(List.of(
                h(null, "Samenvatting", 1),
                p("De wachtlijst voor de bibliotheekbus groeit. In het kort bevelen wij het college aan om de wachtlijst te"
                        + " verkorten, de haltes te herzien en de raad beter te informeren."),
                p("Wij bevelen het college aan:"),
                li("-", "Herzie de haltes van de bibliotheekbus in de kleine kernen."),
                h("3", "Conclusies en aanbevelingen", 1),
                p("Wij bevelen het college aan:"),
                li("1.", "Verkort de wachtlijst voor de bibliotheekbus tot ten hoogste vier weken."),
                li("2.", "Herzie de haltes van de bibliotheekbus op basis van de uitleencijfers per kern."),
                li("3.", "Informeer de raad jaarlijks over de wachtlijst en het aantal uitleningen per halte.")));
        assertEquals(3, r.size(), r::toString);
        assertEquals("1.", r.get(0).number());
        assertTrue(r.stream().allMatch(x -> x.number() != null), r::toString);
    }

    @Test
    void aRecommendationRepeatedInFullKeepsThePageThatPrintsItInFull() {
        List<Recommendation> r = recommendations(List.of(
                Block.heading("Samenvatting", 1, 1, null),
                Block.paragraph("Wij bevelen het college aan:", 1),
                Block.listItem("- Verkort de wachtlijst voor de bibliotheekbus.", 1, 1, "-"),
                Block.listItem("- Herzie de haltes van de bibliotheekbus.", 1, 1, "-"),
                Block.heading("Aanbevelingen", 5, 1, "4"),
                Block.paragraph("Wij bevelen het college aan:", 5),
                Block.listItem("1. Verkort de wachtlijst voor de bibliotheekbus tot ten hoogste vier weken.", 5, 1, "1."),
                Block.listItem("2. Herzie de haltes van de bibliotheekbus op basis van de uitleencijfers per kern.", 6, 1, "2.")));
        assertEquals(2, r.size(), r::toString);
        assertEquals(5, r.get(0).page(), r::toString);
        assertEquals(6, r.get(1).page(), r::toString);
        assertEquals("1.", r.get(0).number());
    }

    @Test
    void anOverviewTableThatRewordsTheTextsRecommendationsAddsNone() {
        Table table = new Table("t1", "Overzicht van aanbevelingen", 9, 9, List.of(
                List.of(new Cell("Aanbeveling", null), new Cell("Reactie minister", null)),
                List.of(new Cell("Stel een evaluatieplan op voor de verlenging in 2027.", null), new Cell("Overgenomen.", null))),
                1, null, false);
        List<Recommendation> r = recommendations(List.of(
                h("3", "Aanbevelingen", 1),
                p("Wij bevelen de minister aan een evaluatieplan op te stellen voordat de regeling in 2027 wordt verlengd, zodat de"
                        + " doeltreffendheid kan worden vastgesteld."),
                h("5", "Overzicht", 1),
                Block.table(table)));
        assertEquals(1, r.size(), r::toString);
        assertTrue(r.get(0).text().startsWith("Wij bevelen de minister aan"), r::toString);
    }

    @Test
    void aSummarysOwnRecommendationAndASummaryThatIsAllThereIsStay() {
        List<Recommendation> own = recommendations(List.of(
                h(null, "Samenvatting", 1),
                p("Wij bevelen het college aan:"),
                li("-", "Laat de aanbesteding van het leerlingenvervoer vooraf toetsen door een jurist."),
                h("3", "Aanbevelingen", 1),
                li("1.", "Verkort de wachtlijst voor de bibliotheekbus tot ten hoogste vier weken.")));
        assertEquals(2, own.size(), own::toString);
        List<Recommendation> only = recommendations(List.of(
                h(null, "Samenvatting", 1),
                p("Wij bevelen het college aan:"),
                li("-", "Verkort de wachtlijst voor de bibliotheekbus tot ten hoogste vier weken."),
                h("3", "Bevindingen", 1),
                p("De bus rijdt op dinsdag en donderdag.")));
        assertEquals(1, only.size(), only::toString);
    }

    @Test
    void theAdviceOfTheAfdelingWithoutAnAddressee() {
        List<Recommendation> r = recommendations(List.of(
                h("2", "Reikwijdte van het voorstel", 1),
                p("Het voorstel regelt niet wie de kosten draagt. De Afdeling adviseert in de toelichting op dit punt "
                        + "in te gaan en het voorstel zo nodig aan te passen.")));
        assertEquals(1, r.size(), r::toString);
        assertNull(r.get(0).addressee());
    }

    @Test
    void addresseeNounPhrases() {
        assertEquals("de minister van Financiën", Addressees.leading("de minister van Financiën de termijnen te bewaken"));
        assertEquals("het college van burgemeester en wethouders",
                Addressees.leading("het college van burgemeester en wethouders om jaarlijks te rapporteren"));
        assertEquals("u", Addressees.leading("u de functiescheiding af te dwingen"));
        assertNull(Addressees.leading("de toelichting aan te vullen"));
    }

    @Test
    void aHeadingOfTheSectionsLevelEndsItAndAddresseesWithoutArticle() {
        List<Recommendation> r = recommendations(List.of(
                h("4.1", "Aanbevelingen aan Provinciale Staten", 2),
                li("1.", "Laat elke subsidieregeling binnen vijf jaar evalueren."),
                h("5", "Reactie van het college van Gedeputeerde Staten", 1),
                p("Wij nemen de aanbeveling over.")));
        assertEquals(1, r.size(), r::toString);
        assertEquals("Provinciale Staten", r.get(0).addressee());
    }

    @Test
    void aShortRowOfAReactionTableRepeatsTheRecommendationItRewords() {
        Table table = new Table("t1", null, 3, 3, List.of(
                List.of(new Cell("Aanbeveling", null), new Cell("Reactie college", null)),
                List.of(new Cell("Informeer de raad jaarlijks.", null), new Cell("Overgenomen.", null))), 1, null, false);
        List<Recommendation> r = recommendations(List.of(
                h("3", "Aanbevelingen", 1),
                p("De inspectie beveelt het college aan:"),
                li("-", "de raad jaarlijks te informeren over de uitvoering van het toezicht."),
                h("4", "Reactie van het college", 1),
                Block.table(table)));
        assertEquals(1, r.size(), r::toString);
        assertEquals("het college", r.get(0).addressee());
    }

    @Test
    void theAfterwordOnTheReactionAddsNoRecommendations() {
        List<Recommendation> r = recommendations(List.of(
                h("4", "Aanbevelingen", 1),
                li("1.", "Leg vast welke resultaten de gemeente van de wijkteams verwacht."),
                h("5", "Reactie van het college", 1),
                p("Wij nemen de aanbeveling over en passen de opdracht aan de wijkteams aan."),
                h("6", "Nawoord van de rekenkamer", 1),
                p("De rekenkamer is blij met de reactie. Wij adviseren de raad de uitvoering over een jaar te agenderen."),
                h("7", "Naschrift", 1),
                p("Wij raden het college aan de resultaten ook op de website te publiceren.")));
        assertEquals(1, r.size(), r::toString);
        assertEquals("Leg vast welke resultaten de gemeente van de wijkteams verwacht.", r.get(0).text());
    }

    @Test
    void earlierRecommendationsReportedOnWithTheirStatusAreNotMadeAgain() {
        Table table = new Table("t1", null, 4, 4, List.of(
                List.of(new Cell("Aanbeveling 2024", null), new Cell("Stand van zaken", null), new Cell("Status", null)),
                List.of(new Cell("Actualiseer het treasurystatuut.", null), new Cell("Vastgesteld in mei.", null),
                        new Cell("Afgerond", null))), 1, null, false);
        List<Recommendation> r = recommendations(List.of(
                h("2", "Wat is er met de aanbevelingen gedaan?", 1),
                p("Aanbeveling 1: Stel een uitvoeringsprogramma op voor het armoedebeleid."),
                p("Status: opgevolgd. Het programma is in maart vastgesteld."),
                p("Aanbeveling 2"),
                p("Vraag de aanbieders om jaarlijks te rapporteren over het bereik."),
                p("Stand van zaken: niet opgevolgd."),
                h("3", "Aanbeveling", 1),
                p("Aanbeveling 3: Laat de raad voor 1 juni weten hoe het bereik wordt gemeten."),
                h("4", "Bijlage", 1),
                Block.table(table)));
        assertEquals(1, r.size(), r::toString);
        assertEquals("Laat de raad voor 1 juni weten hoe het bereik wordt gemeten.", r.get(0).text());
    }

    @Test
    void aBoardsReplyQuotingEachRecommendationsNumberMakesNone() {
        List<Recommendation> r = recommendations(List.of(
                h("3", "Reactie op de aanbevelingen", 1),
                p("Aanbeveling 1: wij nemen deze aanbeveling over en passen de jaarplannen aan."),
                p("Aanbeveling 2: deze aanbeveling nemen wij niet over, omdat de teams dicht bij de inwoners blijven."),
                p("Aanbeveling 3: Het college onderschrijft het belang van een onafhankelijke meting."),
                p("Aanbeveling 4: Overgenomen."),
                p("Aanbeveling 5: Wij bevelen het college aan de wachttijden elk halfjaar te publiceren.")));
        assertEquals(1, r.size(), r::toString);
        assertEquals("Wij bevelen het college aan de wachttijden elk halfjaar te publiceren.", r.get(0).text());
    }

    @Test
    void anInspectoratesExpectationOfABodyIsARecommendationAForecastIsNot() {
        List<Recommendation> r = recommendations(List.of(
                h("3", "Verbeterpunten", 1),
                p("De inspectie verwacht dat het bestuur de zorgplicht voor de veiligheid van leerlingen beter borgt."),
                p("Verder verwacht de inspectie van het college dat het de vergunningen binnen acht weken afhandelt."),
                p("De inspectie verwacht dat het aantal meldingen de komende jaren verder stijgt."),
                p("Wij verwachten dat de gemeente de komende jaren meer aan jeugdhulp uitgeeft.")));
        assertEquals(Set.of("het bestuur", "het college"), r.stream().map(Recommendation::addressee).collect(Collectors.toSet()),
                r::toString);
        assertEquals(2, r.size(), r::toString);
    }

    @Test
    void anExpectationOfANamedProviderIsAddressedToIt() {
        List<Recommendation> r = recommendations(List.of(
                h("4", "Wat verwacht de inspectie?", 1),
                p("De inspectie verwacht van Zorggroep Het Baken dat zij binnen drie maanden aan alle normen voldoet. Dit "
                        + "betekent dat:"),
                li("-", "- alle medewerkers een geldige bekwaamheidsverklaring hebben;"),
                li("-", "- de bestuurder elk kwartaal het medicatiebeleid toetst."),
                p("De inspectie verwacht van de Stichting Kinderopvang Oostwei dat zij het pedagogisch beleidsplan actualiseert."),
                p("De inspectie verwacht van de komende jaren dat meer aanbieders zich melden.")));
        assertEquals(List.of("Zorggroep Het Baken", "de Stichting Kinderopvang Oostwei"),
                r.stream().map(Recommendation::addressee).toList(), r::toString);
        assertEquals("De inspectie verwacht van Zorggroep Het Baken dat zij binnen drie maanden aan alle normen voldoet. Dit "
                + "betekent dat: - alle medewerkers een geldige bekwaamheidsverklaring hebben; - de bestuurder elk kwartaal het "
                + "medicatiebeleid toetst.", r.get(0).text(), "the expectation with the points that spell it out");
    }

    @Test
    void anInspectoratesImprovementPointsAndItsRequestsToNamedBodies() {
        List<Recommendation> r = recommendations(List.of(
                h("2", "Verbeterpunten", 1),
                li("•", "Leg bij elke melding vast wie de melder terugbelt en wanneer."),
                li("•", "Bespreek de uitkomst van iedere calamiteitenanalyse met de familie."),
                h("3", "Wat vraagt de inspectie van anderen?", 1),
                p("De inspectie vraagt de gemeenten in de regio om de wijkteams vaker bij de meldingen te betrekken."),
                p("De inspectie vraagt aandacht voor de lange wachttijden."),
                p("Ook vraagt de inspectie de zorgaanbieders hun cijfers elk halfjaar te delen."),
                p("De inspectie vraagt de gemeenten om binnen zes weken te laten weten hoe zij de verbeterpunten oppakken."),
                p("De inspectie vraagt de zorgaanbieders om binnen een maand op dit rapport te reageren.")));
        assertEquals(List.of("Leg bij elke melding vast wie de melder terugbelt en wanneer.",
                "Bespreek de uitkomst van iedere calamiteitenanalyse met de familie.",
                "De inspectie vraagt de gemeenten in de regio om de wijkteams vaker bij de meldingen te betrekken.",
                "Ook vraagt de inspectie de zorgaanbieders hun cijfers elk halfjaar te delen."),
                r.stream().map(Recommendation::text).toList());
        assertEquals("de gemeenten", r.get(2).addressee());
        assertEquals("de zorgaanbieders", r.get(3).addressee());
    }

    @Test
    void improvementPointsRunIntoOneParagraphAreOneEachAnExplanationStaysWithItsPoint() {
        List<Recommendation> r = recommendations(List.of(
                h("2", "Verbeterpunten", 1),
                p("Stel voor elke cliënt binnen zes weken een behandelplan op. Bespreek het plan elk halfjaar met de cliënt. "
                        + "Leg de afspraken over medicatie schriftelijk vast."),
                h("3", "Aanbevelingen", 1),
                p("Zorg voor een vaste contactpersoon per gezin. Dat voorkomt dat ouders hun verhaal steeds opnieuw moeten doen.")));
        assertEquals(List.of("Stel voor elke cliënt binnen zes weken een behandelplan op.", "Bespreek het plan elk halfjaar met de cliënt.",
                "Leg de afspraken over medicatie schriftelijk vast.",
                "Zorg voor een vaste contactpersoon per gezin. Dat voorkomt dat ouders hun verhaal steeds opnieuw moeten doen."),
                r.stream().map(Recommendation::text).toList());
    }

    @Test
    void aProposalsImprovementPointsAreItsOwnPlans() {
        LogicalDocument doc = Docs.of(DocKind.proposal, List.of(
                h("4", "Verbeterpunten", 1),
                li("•", "Wij leggen elke melding voortaan binnen een dag vast."),
                li("•", "Wij bespreken de uitkomsten elk kwartaal met de wijkteams.")), List.of());
        assertEquals(List.of(), new DocumentTagger().tag(doc).recommendations());
    }

    @Test
    void aRecommendationsTableInAPaperOfNoKnownKind() {
        Table table = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Nr."), Cell.of("Aanbeveling"), Cell.of("Gericht aan")),
                List.of(Cell.of("1"), Cell.of("Leg de afspraken met de huurders vast in een convenant."), Cell.of("College"))),
                1, null, false);
        LogicalDocument doc = Docs.of(DocKind.other, List.of(p("Bijlage 2"), Block.table(table)), List.of());
        List<Recommendation> r = new DocumentTagger().tag(doc).recommendations();
        assertEquals(1, r.size(), r::toString);
        assertEquals("College", r.get(0).addressee());
    }

    @Test
    void aListWhoseMarkersWereNotKeptIsCutAtItsSemicolons() {
        List<Recommendation> r = recommendations(List.of(
                p("6 Aanbevelingen"),
                p("De rekenkamer beveelt het dagelijks bestuur aan om:"),
                p("de kosten van de kazernes per post bij te houden; de posten elk jaar te vergelijken met die in de buurregio's; en"
                        + " het algemeen bestuur voor 1 maart te laten weten welke posten duurder zijn."),
                p("7 Verantwoording"),
                p("Wij spraken met de postcommandanten; zij leverden de cijfers.")));
        assertEquals(List.of("de kosten van de kazernes per post bij te houden;",
                "de posten elk jaar te vergelijken met die in de buurregio's;",
                "het algemeen bestuur voor 1 maart te laten weten welke posten duurder zijn."),
                r.stream().map(Recommendation::text).toList());
        assertEquals("het dagelijks bestuur", r.get(2).addressee());
    }

    @Test
    void anInspectoratesNumberedRepairOrdersAndTheReactionUnderALabelParagraph() {
        LogicalDocument doc = Docs.of(DocKind.inspection_report, List.of(
                p("Herstelopdrachten"),
                p("Wij hebben twee tekortkomingen gezien. Het bestuur moet die binnen een jaar herstellen."),
                p("Herstelopdracht 1: Het bestuur zorgt ervoor dat het de kwaliteit van de lessen op elke school kent."),
                p("Herstelopdracht 2: Het bestuur zorgt ervoor dat elke school de toetsresultaten jaarlijks bespreekt."),
                p("Reactie van het bestuur"),
                p("Wij herkennen het beeld. Wij zullen voor 1 september 2026 een verbeterplan opstellen.")), List.of());
        Tags tags = new DocumentTagger().tag(doc);
        assertEquals(List.of("1", "2"), tags.recommendations().stream().map(Recommendation::number).toList(),
                tags.recommendations()::toString);
        assertEquals(List.of("het bestuur"), tags.actions().stream().filter(a -> a.text().contains("verbeterplan"))
                .map(a -> a.actor()).toList(), tags.actions()::toString);
    }

    @Test
    void obligationsLaidOnABodyInARepairOrderSectionAreRecommendationsToIt() {
        LogicalDocument doc = Docs.of(DocKind.inspection_report, List.of(
                p("Herstelopdrachten"),
                p("Het bestuur moet ervoor zorgen dat elke school de vorderingen van de leerlingen volgt. Daarnaast dient het"
                        + " bestuur de lestijd per groep vast te leggen. Dit moet voor 1 augustus 2026 zijn hersteld."),
                p("Toelichting"),
                p("De raad moet kunnen beoordelen of de scholen verbeteren.")), List.of());
        List<Recommendation> r = new DocumentTagger().tag(doc).recommendations();
        assertEquals(List.of("Het bestuur moet ervoor zorgen dat elke school de vorderingen van de leerlingen volgt.",
                "Daarnaast dient het bestuur de lestijd per groep vast te leggen. Dit moet voor 1 augustus 2026 zijn hersteld."),
                r.stream().map(Recommendation::text).toList());
        assertEquals(List.of("Het bestuur", "het bestuur"), r.stream().map(Recommendation::addressee).toList());
    }

    @Test
    void theAuthorAfterAnInvertedVerbIsWhoRecommendsNotToWhom() {
        List<Recommendation> r = recommendations(List.of(
                h("2", "Aanbevelingen", 1),
                p("Daarom beveelt de ombudsman het college aan om de klager alsnog een besluit te sturen."),
                p("Daarnaast beveelt de ombudsman aan de termijnen van alle brieven van inwoners te bewaken."),
                p("Aan de besturen van de waterschappen beveelt de ombudsman aan de klachten per kwartaal te bespreken.")));
        assertEquals(List.of("het college", "het college", "de besturen van de waterschappen"),
                r.stream().map(Recommendation::addressee).toList(), "a further one goes to whom the one before went: " + r);
        List<Recommendation> alone = recommendations(List.of(
                h("2", "Aanbevelingen", 1),
                p("De ombudsman beveelt aan de termijnen van alle brieven van inwoners te bewaken.")));
        assertNull(alone.get(0).addressee(), alone::toString);
    }

    @Test
    void aLabelWithoutNumberAndAReportsOwnCodesCarryTheirRecommendation() {
        List<Recommendation> r = recommendations(List.of(
                h("3", "Inkoop", 1),
                p("Bevinding: bij negen aankopen ontbrak een offerte."),
                p("Aanbeveling: vraag bij elke aankoop boven de drempel ten minste twee offertes op."),
                h("4", "Aanbevelingen", 1),
                p("Aanbeveling aan Gedeputeerde Staten"),
                p("R5. Maak met de waterschappen afspraken over de kosten van het peilbeheer."),
                p("R6. Informeer Provinciale Staten elk jaar over de voortgang.")));
        assertEquals(List.of("vraag bij elke aankoop boven de drempel ten minste twee offertes op.",
                "Maak met de waterschappen afspraken over de kosten van het peilbeheer.",
                "Informeer Provinciale Staten elk jaar over de voortgang."), r.stream().map(Recommendation::text).toList());
        assertEquals(List.of("R5.", "R6."), r.stream().skip(1).map(Recommendation::number).toList());
        assertEquals("Gedeputeerde Staten", r.get(1).addressee());
    }

    @Test
    void recommendationsWithoutAnAddresseeAreForTheBodyThePaperStates() {
        Table table = new Table(null, null, 2, 2, List.of(
                List.of(Cell.of("Conclusie"), Cell.of("Aanbeveling")),
                List.of(Cell.of("Het beleid is verouderd."), Cell.of("Actualiseer het inkoopbeleid voor het einde van 2026.")),
                List.of(Cell.of("Contracten staan nergens centraal."), Cell.of("Richt een centraal register van alle contracten in."))),
                1, null, false);
        List<Recommendation> r = recommendations(List.of(
                h("2", "Conclusies en aanbevelingen", 1),
                Block.table(table),
                p("De aanbevelingen zijn gericht aan het college van burgemeester en wethouders.")));
        assertEquals(2, r.size(), r::toString);
        assertEquals(List.of("het college van burgemeester en wethouders", "het college van burgemeester en wethouders"),
                r.stream().map(Recommendation::addressee).toList());
    }

    @Test
    void anAuditorsLetterRecommendsInRunningTextItsCoverLetterAndOtherLettersDoNot() {
        List<Block> letter = List.of(
                p("Rekenkamercommissie Lindewaard"),
                p("Aan de gemeenteraad van Lindewaard"),
                p("Geachte leden van de raad,"),
                p("Het bereik van de regelingen voor minima is laag. Wij bevelen de raad aan het college te vragen het"
                        + " niet-gebruik te laten onderzoeken. Daarnaast adviseren wij het college om de formulieren te vereenvoudigen."),
                p("Met vriendelijke groet,"));
        List<Recommendation> r = new DocumentTagger().tag(Docs.of(DocKind.letter, letter, List.of())).recommendations();
        assertEquals(List.of("de raad", "het college"), r.stream().map(Recommendation::addressee).toList(), r::toString);

        List<Block> cover = List.of(letter.get(0), letter.get(1), letter.get(2),
                p("Hierbij bieden wij u ons rapport over het minimabeleid aan. Wij bevelen de raad aan het college te vragen het"
                        + " niet-gebruik te laten onderzoeken."), letter.get(4));
        assertEquals(List.of(), new DocumentTagger().tag(Docs.of(DocKind.letter, cover, List.of())).recommendations());

        List<Block> toYou = List.of(p("Rekenkamercommissie Lindewaard"),
                p("Aan het college van burgemeester en wethouders van de gemeente Lindewaard"), p("Geacht college,"),
                p("Wij adviseren u om de formulieren voor de bijzondere bijstand te vereenvoudigen."), p("Met vriendelijke groet,"));
        assertEquals(List.of("het college van burgemeester en wethouders"), new DocumentTagger().tag(Docs.of(DocKind.letter, toYou,
                List.of())).recommendations().stream().map(Recommendation::addressee).toList(), "a letter's 'u' is whom it is for");

        List<Block> woo = List.of(p("Inspectie Leefomgeving en Transport"), p("Aan de heer J. de Vries"), p("Geachte heer De Vries,"),
                p("U heeft op 3 maart een verzoek gedaan op grond van de Wet open overheid. Wij maken de documenten openbaar."),
                p("Wij raden u aan uw bezwaar digitaal in te dienen."), p("Met vriendelijke groet,"));
        assertEquals(List.of(), new DocumentTagger().tag(Docs.of(DocKind.letter, woo, List.of())).recommendations());

        List<Block> ministry = List.of(p("Ministerie van Financiën"), p("Aan de voorzitter van de Tweede Kamer"),
                p("Geachte voorzitter,"), p("Wij adviseren u om de begroting op deze punten te wijzigen."), p("Hoogachtend,"));
        assertEquals(List.of(), new DocumentTagger().tag(Docs.of(DocKind.letter, ministry, List.of())).recommendations());
    }

    @Test
    void anInspectoratesRequestForAnImprovementPlanAnswersTheReport() {
        LogicalDocument doc = Docs.of(DocKind.inspection_report, List.of(
                h("2", "Wat verwacht de inspectie?", 1),
                p("De inspectie verwacht dat de zorgaanbieder binnen drie maanden de dubbele controle op medicatie invoert."),
                p("De inspectie vraagt de raad van bestuur om binnen zes weken een verbeterplan toe te sturen.")), List.of());
        List<Recommendation> r = new DocumentTagger().tag(doc).recommendations();
        assertEquals(1, r.size(), r::toString);
        assertEquals("de zorgaanbieder", r.get(0).addressee());
    }

    @Test
    void aFurtherAddresseesLabelAfterTheFirstListAndAnItemsExplanationUnderIt() {
        List<Recommendation> r = recommendations(List.of(
                p("Aanbevelingen"),
                p("De rekenkamercommissie doet de volgende aanbevelingen aan de raad:"),
                p("Bepaal welke informatie u van elke verbonden partij wilt krijgen."),
                p("En aan het college:"),
                p("Actualiseer de nota verbonden partijen. De huidige nota is elf jaar oud."),
                p("Reactie van het college"),
                p("Wij zullen de nota in 2026 actualiseren.")));
        assertEquals(List.of("Bepaal welke informatie u van elke verbonden partij wilt krijgen.",
                "Actualiseer de nota verbonden partijen. De huidige nota is elf jaar oud."),
                r.stream().map(Recommendation::text).toList(), r::toString);
        assertEquals(List.of("de raad", "aan het college"), r.stream().map(Recommendation::addressee).toList());
    }

    @Test
    void theReactionQuotesRecommendationsAndAnAnnouncingLeadInMakesNone() {
        List<Recommendation> r = recommendations(List.of(
                h(null, "Aanbevelingen", 2),
                p("Op grond van deze conclusies doen wij de volgende aanbevelingen. De eerste richt zich tot de raad."),
                li("1.", "Wij bevelen de raad aan om in de begroting meetbare doelen voor het minimabeleid op te nemen."),
                h(null, "Bestuurlijke reactie", 2),
                p("Geachte voorzitter,"),
                p("Aanbeveling 1"),
                p("Deze aanbeveling nemen wij over. De doelen volgen in de begroting 2027."),
                h(null, "Nawoord", 2),
                p("Wij danken het college voor zijn reactie.")));
        assertEquals(List.of("Wij bevelen de raad aan om in de begroting meetbare doelen voor het minimabeleid op te nemen."),
                r.stream().map(Recommendation::text).toList(), r::toString);
        // the item names its own addressee where no label above it does
        assertEquals("de raad", r.get(0).addressee());
    }

    @Test
    void anAccountantsLetterheadSetLetterSpacedStillNamesTheAuditor() {
        List<Block> letter = List.of(
                p("1"),
                p("Vertrouwelijk"),
                p("Berkhout & Zn ACCOUNTANTS · ADVISEURS"),
                p("Aan het dagelijks bestuur van de Belastingsamenwerking Rijnvliet"),
                h("3.1", "Autorisaties in de heffingsapplicatie", 2),
                p("Aanbeveling Wij bevelen de directie aan om kwijtscheldingen boven € 1.000 door een tweede medewerker te laten"
                        + " goedkeuren."));
        List<Recommendation> r = new DocumentTagger().tag(Docs.of(DocKind.letter, letter, List.of())).recommendations();
        assertEquals(1, r.size(), r::toString);
        assertEquals("de directie", r.get(0).addressee());
    }
}
