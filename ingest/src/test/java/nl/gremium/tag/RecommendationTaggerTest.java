package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.li;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Recommendation;
import org.junit.jupiter.api.Test;

class RecommendationTaggerTest {

    private static List<Recommendation> tag(LogicalDocument doc) {
        return new RecommendationTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'r'));
    }

    @Test
    void oneRecommendationPerItemWithAddresseeFromSubHeadings() {
        LogicalDocument doc = Docs.of(DocKind.inspection_report, List.of(
                h("4.1", "Conclusies", 2),
                li("-", "De regio's zijn goed voorbereid."),
                h("4.2", "Aanbevelingen", 2),
                p("Op grond van de bevindingen doet de inspectie de volgende aanbevelingen:"),
                h(null, "Aan de minister van Justitie en Veiligheid", 3),
                li("1.", "Zorg voor een landelijk beeld van de voortgang."),
                li("2.", "Stel een kader op voor de informatievoorziening."),
                h(null, "Aan de besturen van de veiligheidsregio's", 3),
                li("3.", "Oefen jaarlijks met de netbeheerders."),
                h("5", "Verantwoording", 1),
                li("-", "Het onderzoek liep van januari tot juni.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(3, r.size(), r::toString);
        assertEquals("Zorg voor een landelijk beeld van de voortgang.", r.get(0).text());
        assertEquals("Aan de minister van Justitie en Veiligheid", r.get(0).addressee());
        assertEquals("Aan de besturen van de veiligheidsregio's", r.get(2).addressee());
        assertEquals("Veiligheidsregio Testland", r.get(2).issuer());
        assertEquals("1.", r.get(0).number());
    }

    @Test
    void aLeadInsRecommendationsPrintedAsParagraphsAreEachOneWhileTheyOpenWithTheImperative() {
        LogicalDocument doc = Docs.of(DocKind.inspection_report, List.of(
                h("5.1", "Aanbevelingen aan het algemeen bestuur", 2),
                p("De inspectie beveelt het algemeen bestuur van Veiligheidsregio Testland aan:"),
                p("Stel uiterlijk in 2027 een nieuw crisisplan vast dat door alle gemeenten wordt onderschreven."),
                p("Zorg ervoor dat alle piketfuncties dubbel bezet zijn en rapporteer jaarlijks over de bezetting."),
                p("Maak met de waterschappen schriftelijke afspraken over hun deelname aan de crisisteams."),
                p("De inspectie gaat in 2028 na of de aanbevelingen zijn opgevolgd.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(List.of("Stel uiterlijk in 2027 een nieuw crisisplan vast dat door alle gemeenten wordt onderschreven.",
                "Zorg ervoor dat alle piketfuncties dubbel bezet zijn en rapporteer jaarlijks over de bezetting.",
                "Maak met de waterschappen schriftelijke afspraken over hun deelname aan de crisisteams."),
                r.stream().map(Recommendation::text).toList());
        assertEquals("het algemeen bestuur van Veiligheidsregio Testland", r.get(2).addressee());
    }

    @Test
    void unmarkedRequestsKeepTheAddresseeTheyStoodUnder() {
        // a scan read without its list markers: the requests are plain paragraphs under two addressee labels
        LogicalDocument doc = Docs.of(DocKind.inspection_report, List.of(
                h("5", "Aanbevelingen", 1),
                p("Aan de besturen van de veiligheidsregio's"),
                p("Oefen het crisisplan jaarlijks met de netbeheerders en de waterschappen."),
                p("Leg de afspraken over noodstroom vast in het regionaal crisisplan."),
                p("Aan de minister van Justitie en Veiligheid"),
                p("Zorg voor een landelijke regeling voor reservebrandstof bij langdurige uitval."),
                h("6", "Verantwoording", 1)), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(3, r.size(), r::toString);
        assertEquals("Aan de besturen van de veiligheidsregio's", r.get(0).addressee());
        assertEquals("Aan de besturen van de veiligheidsregio's", r.get(1).addressee());
        assertEquals("Aan de minister van Justitie en Veiligheid", r.get(2).addressee());
    }

    @Test
    void anImperativeUnderAnAddresseesLabelIsARecommendationTheInspectoratesOwnPlanIsNot() {
        LogicalDocument doc = Docs.of(DocKind.inspection_report, List.of(
                h("6", "Aanbevelingen", 1),
                p("Aan het bestuur van de omgevingsdienst"),
                p("Zorg dat elke klacht over geur binnen twee weken wordt onderzocht."),
                p("Aan de minister van Infrastructuur en Waterstaat"),
                p("Neem de termijnen voor klachtafhandeling op in de landelijke kwaliteitscriteria."),
                p("De inspectie zal over een jaar nagaan wat met deze aanbevelingen is gedaan."),
                h("7", "Verantwoording", 1)), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(2, r.size(), r::toString);
        assertEquals("Neem de termijnen voor klachtafhandeling op in de landelijke kwaliteitscriteria.", r.get(1).text());
        assertEquals("Aan de minister van Infrastructuur en Waterstaat", r.get(1).addressee());
    }

    @Test
    void recommendationsLetteredWithCapitalsAreOneEachWithTheirLetter() {
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(
                p("Onze aanbevelingen"),
                p("Aan het college bevelen wij aan:"),
                p("A. Maak met de vervoerders afspraken over de reistijd van leerlingen."),
                p("B. Rapporteer de raad jaarlijks over klachten en kosten."),
                p("Aan de raad bevelen wij aan:"),
                p("C. Leg vast welke informatie u jaarlijks over het vervoer wilt ontvangen."),
                p("Met vriendelijke groet,")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(3, r.size(), r::toString);
        assertEquals("B.", r.get(1).number());
        assertEquals("Rapporteer de raad jaarlijks over klachten en kosten.", r.get(1).text());
        assertEquals("het college", r.get(1).addressee());
        assertEquals("de raad", r.get(2).addressee());
    }

    @Test
    void aLettersQuestionHeadingOpensItsRecommendations() {
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(
                p("Wat zien wij?"),
                p("De kosten van het leerlingenvervoer stegen in drie jaar met een derde."),
                p("Wat bevelen wij aan?"),
                p("Aan de raad:"),
                li("1.", "1. Vraag het college jaarlijks te rapporteren over de kosten per leerling."),
                p("Aan het college:"),
                li("2.", "2. Leg de afspraken met de vervoerders schriftelijk vast."),
                p("Reactie van het college"),
                p("Het college herkent het beeld.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(List.of("Aan de raad: Vraag het college jaarlijks te rapporteren over de kosten per leerling.",
                "Aan het college: Leg de afspraken met de vervoerders schriftelijk vast."),
                r.stream().map(x -> x.addressee() + ": " + x.text()).toList());
    }

    @Test
    void aLeadInGivingToWhomBeforeWhatAndANumberedReplyHeadingAfterTheList() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("4.2", "Aanbevelingen", 2),
                p("De rekenkamer doet aan de colleges van beide gemeenten de volgende aanbevelingen:"),
                li("1.", "Maak afspraken over de wachttijd meetbaar."),
                li("2.", "Bespreek elk kwartaal de declaraties met de aanbieders."),
                li("3.", "Bestuurlijke reactie"),
                p("Het college onderschrijft de aanbevelingen en neemt ze mee in de aanbesteding.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(2, r.size(), r::toString);
        assertEquals("de colleges van beide gemeenten", r.get(0).addressee());
    }

    @Test
    void addresseeFromTheLeadIn() {
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(
                p("Aanbevelingen"),
                p("De inspectie beveelt de gemeenten aan om de voorbereiding te versterken:"),
                li("•", "Borg de continuïteit: stel een plan op voor uitval van drinkwater."),
                li("•", "Oefen samen: betrek de buurgemeenten bij de jaarlijkse oefening."),
                p("Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(2, r.size(), r::toString);
        assertEquals("de gemeenten", r.get(0).addressee());
        assertEquals("Borg de continuïteit", r.get(0).theme());
    }

    @Test
    void aLettersRecommendationWithoutAnAddresseeIsForWhomTheLetterIs() {
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(
                p("Aan het college van burgemeester en wethouders van de gemeente Lindeveld"),
                p("Betreft: Managementletter 2026"),
                p("Geacht college,"),
                p("Aanbeveling"),
                p("Wij bevelen aan de autorisaties in het salarissysteem maandelijks te controleren."),
                p("Met vriendelijke groet,")), List.of());
        List<Recommendation> r = new DocumentTagger().tag(doc).recommendations();
        assertEquals(1, r.size(), r::toString);
        assertEquals("het college van burgemeester en wethouders", r.get(0).addressee());
    }

    @Test
    void anInspectoratesRepairOrdersAreFollowedUpLikeItsRecommendations() {
        LogicalDocument doc = Docs.of(DocKind.inspection_report, List.of(
                h(null, "Herstelopdrachten", 1),
                p("Wij stellen twee tekortkomingen vast. Daarom geven wij het bestuur de volgende herstelopdrachten:"),
                li("1.", "Het bestuur zorgt dat elke school een veiligheidsplan heeft. Het bestuur herstelt dit uiterlijk 1 maart 2027."),
                li("2.", "Het bestuur stelt een klachtenregeling vast die aan de wet voldoet."),
                h(null, "Aanbevelingen", 1),
                p("Daarnaast doen wij het bestuur een aanbeveling:"),
                li("-", "Betrek de ouders eerder bij de keuze van de lesmethoden.")), List.of());
        List<Recommendation> r = new DocumentTagger().tag(doc).recommendations();
        assertEquals(List.of("het bestuur", "het bestuur", "het bestuur"), r.stream().map(Recommendation::addressee).toList(), r::toString);
        assertEquals("2027-03-01", String.valueOf(r.get(0).due()));

        LogicalDocument evaluation = Docs.of(DocKind.report, List.of(h(null, "Aanbevelingen", 1),
                p("Het evaluatieteam doet de volgende aanbevelingen aan het algemeen bestuur:"),
                li("a.", "Oefen de overdracht tussen de meldkamer en het actiecentrum twee keer per jaar.")), List.of());
        assertEquals(List.of("het algemeen bestuur"), tag(evaluation).stream().map(Recommendation::addressee).toList(),
                "'de volgende' counts the recommendations, it names no one");

        LogicalDocument labelled = Docs.of(DocKind.inspection_report, List.of(h(null, "Herstelopdrachten", 1),
                p("Herstelopdracht 1: Het bestuur zorgt ervoor dat elke school een veiligheidsplan heeft, uiterlijk 1 maart 2029.")), List.of());
        assertEquals(List.of("Het bestuur"), tag(labelled).stream().map(Recommendation::addressee).toList(),
                "a labelled repair order stated of its addressee names it");
    }

    @Test
    void anAddressWindowWithoutAanAlsoSaysWhomTheLetterIsFor() {
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(
                p("Dagelijks bestuur van Waterschap Lindeveld Postbus 12 8000 AB Lindeveld"),
                p("Betreft: Managementletter 2026"),
                p("Geacht bestuur,"),
                p("Aanbeveling"),
                p("Wij bevelen aan de autorisaties in het salarissysteem maandelijks te controleren."),
                p("Met vriendelijke groet,")), List.of());
        List<Recommendation> r = new DocumentTagger().tag(doc).recommendations();
        assertEquals(1, r.size(), r::toString);
        assertEquals("Dagelijks bestuur van Waterschap Lindeveld", r.get(0).addressee());
    }

    @Test
    void aLeadInNamingItsAddresseeFirstGivesThatAddressee() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h(null, "Aanbevelingen", 1),
                p("Wij bevelen het college aan:"),
                li("1.", "Informeer de raad elk halfjaar over de wachttijden."),
                p("Aan de raad bevelen wij aan:"),
                li("2.", "Stel kaders vast voor de maximale wachttijd.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(2, r.size(), r::toString);
        assertEquals("het college", r.get(0).addressee());
        assertEquals("de raad", r.get(1).addressee());
    }

    @Test
    void survivesAGluedAddresseeAndStopsWhenNumberingRestarts() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("3", "Aanbevelingen", 1),
                p("Aan het college van burgemeester en wethouders - Stel een vast aanspreekpunt aan."),
                li("-", "Deel de risicokaart met de buurgemeenten."),
                p("Op basis hiervan komen wij tot de volgende aanbevelingen:"),
                li("1.", "Evalueer de adviezen jaarlijks."),
                li("2.", "Leg de werkwijze vast."),
                li("1.", "Bijlage 1 Overzicht van de gesprekken")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(4, r.size(), r::toString);
        assertEquals("Aan het college van burgemeester en wethouders", r.get(0).addressee());
        assertEquals("Stel een vast aanspreekpunt aan.", r.get(0).text());
        assertEquals("Aan het college van burgemeester en wethouders", r.get(1).addressee());
        assertEquals("Leg de werkwijze vast.", r.get(3).text());
    }

    @Test
    void theExecutiveAdvisingItsCouncilIsAProposalNotARecommendation() {
        LogicalDocument doc = Docs.of(DocKind.proposal, List.of(
                p("Tegen het ontwerp van het parkeerplan zijn twee zienswijzen ingediend."),
                p("Alles afwegend adviseert het college de gemeenteraad de zienswijzen:"),
                li("-", "over de tarieven ongegrond te verklaren;"),
                li("-", "over de venstertijden gegrond te verklaren en het plan daarop aan te passen."),
                p("Het college adviseert de raad per onderdeel als volgt:"),
                li("1.", "Maak de eerste parkeerminuten gratis."),
                p("Advies: ontraden.")), List.of());
        assertEquals(List.of(), tag(doc));
        LogicalDocument audit = Docs.of(DocKind.report, List.of(
                p("De rekenkamercommissie adviseert de raad om het college te vragen:"),
                li("1.", "Leg jaarlijks vast welke doelen het parkeerplan moet halen."),
                li("2.", "Meet de bezetting van de garages elk kwartaal.")), List.of());
        assertEquals(2, tag(audit).size(), "an auditor advising the council still recommends");
    }

    @Test
    void aColonThatLeadsToContactDetailsOpensNoRecommendations() {
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(
                p("Voor de sloop is een asbestinventarisatie nodig."),
                p("Wij adviseren u om hierover vooraf contact op te nemen met het omgevingsloket, telefoonnummer:"),
                p("0800-1234567 of per e-mail: loket@voorbeeldstad.nl"),
                p("Uit de constructieberekening van het ingenieursbureau blijkt dat:"),
                li("1.", "De fundering bestaat uit betonnen palen op een diepte van twaalf meter."),
                li("2.", "De kelderwand wordt met damwanden waterdicht gehouden.")), List.of());
        assertEquals(List.of(), tag(doc));
    }

    @Test
    void aPageNumberBetweenTwoParagraphsDoesNotEndTheSection() {
        // the section runs over a page break: the page's number line is furniture, not a heading
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h(null, "Aanbevelingen", 2),
                p("Wij bevelen het college aan de wachttijden voor schuldhulp elk kwartaal aan de raad te melden."),
                p("Pagina 4 van 9"),
                p("Wij bevelen het college aan de samenwerking met de woningcorporaties schriftelijk vast te leggen."),
                h(null, "Verantwoording", 2),
                p("Het onderzoek is uitgevoerd tussen maart en juni.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(2, r.size(), r::toString);
        assertEquals("Wij bevelen het college aan de samenwerking met de woningcorporaties schriftelijk vast te leggen.",
                r.get(1).text());
    }

    @Test
    void aParagraphThatRecommendsTwiceGivesTwoRecommendationsEachWithItsAddressee() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h(null, "Aanbevelingen", 2),
                p("Wij bevelen de raad aan het college te vragen elk half jaar over de wachtlijst te rapporteren. Dat kan in de "
                        + "bestaande monitor. Wij bevelen het college aan de aanvraag voor bijzondere bijstand digitaal mogelijk te maken."),
                h(null, "Verantwoording", 2),
                p("Het onderzoek is uitgevoerd tussen maart en juni.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(List.of("de raad: Wij bevelen de raad aan het college te vragen elk half jaar over de wachtlijst te rapporteren. "
                        + "Dat kan in de bestaande monitor.",
                "het college: Wij bevelen het college aan de aanvraag voor bijzondere bijstand digitaal mogelijk te maken."),
                r.stream().map(x -> x.addressee() + ": " + x.text()).toList());
    }

    @Test
    void aRunningHeaderRepeatedOnEveryPageDoesNotEndTheSection() {
        // the report's name and reference printed atop each page sit between two recommendations
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                Block.paragraph("Onderzoek jeugdhulp Testdal", 1),
                Block.heading("Kenmerk", 1, 3, null),
                Block.paragraph("De gemeente kocht de jeugdhulp in bij vier aanbieders.", 1),
                Block.paragraph("Onderzoek jeugdhulp Testdal", 2),
                Block.heading("Kenmerk", 2, 3, null),
                Block.heading("Aanbevelingen", 2, 2, null),
                Block.paragraph("Wij bevelen het college aan de wachttijden voor jeugdhulp elk kwartaal aan de raad te melden.", 2),
                Block.paragraph("Onderzoek jeugdhulp Testdal", 3),
                Block.heading("Kenmerk", 3, 3, null),
                Block.paragraph("Wij bevelen het college aan de afspraken met de aanbieders schriftelijk vast te leggen.", 3),
                Block.heading("Verantwoording", 3, 2, null),
                Block.paragraph("Het onderzoek is uitgevoerd tussen maart en juni.", 3)), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(2, r.size(), r::toString);
        assertEquals("Wij bevelen het college aan de afspraken met de aanbieders schriftelijk vast te leggen.", r.get(1).text());
    }

    @Test
    void theAddresseeOfALeadInIsTheBodyNotTheAuthorsPronoun() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("3", "Aanbevelingen", 1),
                p("Wij bevelen de staatssecretaris aan de beslistermijn voor bezwaren wettelijk vast te leggen."),
                p("Verder bevelen wij de minister aan om de uitvoeringskosten per regeling openbaar te maken."),
                h("4", "Leerpunten en aanbevelingen", 1),
                p("Naar aanleiding van de evaluatie komen wij tot de volgende aanbevelingen aan het dagelijks bestuur:"),
                li("a.", "Leg de taken van de piketfunctionarissen vast in een draaiboek."),
                li("b.", "Oefen de overdracht tussen de ploegen twee keer per jaar.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(4, r.size(), r::toString);
        assertEquals("de staatssecretaris", r.get(0).addressee());
        assertEquals("de minister", r.get(1).addressee());
        assertEquals("het dagelijks bestuur", r.get(2).addressee());
        assertEquals("het dagelijks bestuur", r.get(3).addressee());
    }

    @Test
    void anAddresseeLabelNamingAnOrganisationWithoutArticle() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("6", "Aanbevelingen", 1),
                p("Aan de minister van Volksgezondheid, Welzijn en Sport:"),
                li("1.", "Maak de meldplicht voor incidenten met medische hulpmiddelen eenduidig."),
                p("Aan Rijkswaterstaat:"),
                li("2.", "Controleer de afsluitbomen van de tunnels elk halfjaar op hun werking."),
                p("Aan Veiligheidsregio Kustland en de Nationale Politie:"),
                li("3.", "Oefen jaarlijks de gezamenlijke inzet bij een tunnelbrand.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(3, r.size(), r::toString);
        assertEquals("Aan de minister van Volksgezondheid, Welzijn en Sport", r.get(0).addressee());
        assertEquals("Aan Rijkswaterstaat", r.get(1).addressee());
        assertEquals("Aan Veiligheidsregio Kustland en de Nationale Politie", r.get(2).addressee());
    }

    @Test
    void aBodyBeforeTheColonIsTheAddresseeNotTheTheme() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("5", "Aanbevelingen", 1),
                p("Aanbeveling 1"),
                p("Provinciale Staten: vraag jaarlijks een overzicht van de verstrekte leningen."),
                p("Aanbeveling 2"),
                p("Het college: leg de criteria voor het kwijtschelden van leningen vast."),
                p("Aanbeveling 3"),
                p("Risicobeheer: actualiseer de risicoparagraaf elk jaar."),
                h("6", "Aanbevelingen aan derden", 1),
                p("De rekenkamer doet de volgende aanbevelingen:"),
                li("-", "Aan de besturen van de woningcorporaties: meld leegstand binnen een maand aan de gemeente.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(4, r.size(), r::toString);
        assertEquals("Aan de besturen van de woningcorporaties", r.get(3).addressee());
        assertEquals("Provinciale Staten", r.get(0).addressee());
        assertEquals(null, r.get(0).theme());
        assertEquals("Het college", r.get(1).addressee());
        assertEquals(null, r.get(2).addressee());
        assertEquals("Risicobeheer", r.get(2).theme());
    }
    @Test
    void headlineItemsKeepTheirExplanationOutAndRunTogetherRecommendationsAfterALeadInAreOneEach() {
        var doc = Docs.of(DocKind.report, List.of(
                h("3", "Aanbevelingen", 1),
                p("Wij doen Gedeputeerde Staten de volgende aanbevelingen:"),
                li("1.", "Meld Provinciale Staten elk kwartaal de stand van de dijkversterking"),
                p("Gebruik daarvoor de indeling van de begroting, zodat de cijfers te vergelijken zijn."),
                li("2.", "Zorg ervoor dat elke vertraging van meer dan drie maanden aan de commissie wordt gemeld voor de"),
                p("eerstvolgende vergadering."),
                p("Aan Provinciale Staten bevelen wij aan:"),
                p("Stel een kader vast voor de informatie over de dijkversterking. Leg daarin vast wat u per fase ontvangt. "
                        + "Vraag jaarlijks een technische briefing. Nodig daarbij het waterschap uit."),
                h("4", "Reactie van Gedeputeerde Staten", 1),
                p("Wij nemen de aanbevelingen over.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(List.of("Meld Provinciale Staten elk kwartaal de stand van de dijkversterking",
                "Zorg ervoor dat elke vertraging van meer dan drie maanden aan de commissie wordt gemeld voor de eerstvolgende vergadering.",
                "Stel een kader vast voor de informatie over de dijkversterking. Leg daarin vast wat u per fase ontvangt.",
                "Vraag jaarlijks een technische briefing. Nodig daarbij het waterschap uit."),
                r.stream().map(Recommendation::text).toList());
        assertEquals("Gedeputeerde Staten", r.get(0).addressee());
        assertEquals("Provinciale Staten", r.get(3).addressee());
    }

    @Test
    void eachLeadInOfASectionNamesItsOwnAddresseeAndMayNumberItsListAnew() {
        var doc = Docs.of(DocKind.report, List.of(
                h(null, "Aanbevelingen", 1),
                p("Op basis van de conclusies doet de rekenkamer de volgende aanbevelingen aan het college:"),
                li("1.", "zorg ervoor dat iedere melder binnen vijf werkdagen hoort wat er met de melding gebeurt;"),
                li("2.", "maak afspraken met de aannemers over het terugmelden van afgehandelde meldingen."),
                p("De rekenkamer beveelt de raad aan:"),
                li("1.", "vraag het college jaarlijks om een overzicht van de afhandeltermijnen;"),
                li("2.", "bespreek dit overzicht in de commissie.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(4, r.size(), r::toString);
        assertEquals(List.of("het college", "het college", "de raad", "de raad"),
                r.stream().map(Recommendation::addressee).toList());
    }

    @Test
    void anInspectoratesExpectationSpelledOutInAListGivesOneRecommendationPerPoint() {
        var doc = Docs.of(DocKind.inspection_report, List.of(
                h("2", "Wat moet beter?", 1),
                p("De inspectie verwacht dat de zorgaanbieder binnen drie maanden na vaststelling van dit rapport:"),
                li("-", "zorgt dat medicatie volgens de afspraken wordt toegediend en afgetekend;"),
                li("-", "de medewerkers schoolt in het signaleren van onbedoelde vrijheidsbeperking."),
                h("3", "Bevindingen", 1),
                p("Medewerkers tekenen medicatie niet altijd af.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(2, r.size(), r::toString);
        assertEquals("de medewerkers schoolt in het signaleren van onbedoelde vrijheidsbeperking.", r.get(1).text());
        assertEquals("de zorgaanbieder", r.get(0).addressee());
        // each point is due when the expectation is: three months after the report (Docs dates it 12 March 2026)
        assertEquals(LocalDate.of(2026, 6, 12), r.get(1).due(), r::toString);
    }

    @Test
    void anAddresseeGluedToALetteredItemKeepsItsSiblingsApart() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("4", "Aanbevelingen", 1),
                p("Aan de raad a. Vraag het college jaarlijks te rapporteren over het bereik van de regelingen."),
                li("b.", "b. Stel bij de herziening van het beleid meetbare doelen vast.", 2),
                p("Aan het college c. Breng het niet-gebruik van de toeslag in kaart."),
                li("d.", "d. Vereenvoudig het aanvraagformulier.", 2)), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(4, r.size(), r::toString);
        assertEquals("Aan de raad", r.get(1).addressee());
        assertEquals("Stel bij de herziening van het beleid meetbare doelen vast.", r.get(1).text());
        assertEquals("Aan het college", r.get(3).addressee());
    }

    @Test
    void theLeadInUnderABareHeadingIsNoneOfTheListItIntroduces() {
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(
                h(null, "Herstelopdracht", 1),
                p("Gelet op deze bevindingen geeft de inspectie u de volgende herstelopdracht:"),
                li("1.", "1. U dient binnen zes weken een verbeterplan aan de inspectie toe te sturen."),
                li("2.", "2. U dient uiterlijk 1 oktober een besluit te nemen in de openstaande handhavingszaken.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(List.of("U dient binnen zes weken een verbeterplan aan de inspectie toe te sturen.",
                "U dient uiterlijk 1 oktober een besluit te nemen in de openstaande handhavingszaken."),
                r.stream().map(Recommendation::text).toList());
    }

    @Test
    void aNumberedLabelWithATitleOrAnAddresseeHeadsTheParagraphThatRecommends() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("3", "Aanbevelingen", 1),
                p("Op basis van deze conclusies doen wij de volgende aanbevelingen."),
                p("Aanbeveling 1 \u2013 aan de raad"),
                p("Stel voor de volgende aanbesteding kaders vast voor de kwaliteit van het leerlingenvervoer."),
                p("Aanbeveling 2 \u2013 Klachten"),
                p("Registreer alle klachten van ouders centraal en rapporteer er jaarlijks over.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(List.of("Stel voor de volgende aanbesteding kaders vast voor de kwaliteit van het leerlingenvervoer.",
                "Registreer alle klachten van ouders centraal en rapporteer er jaarlijks over."),
                r.stream().map(Recommendation::text).toList());
        assertEquals("de raad", r.get(0).addressee());
    }

    @Test
    void aParagraphHoldingTwoLabelledRecommendationsGivesBoth() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("4", "Bevindingen en aanbevelingen", 1),
                p("Aanbeveling 2. Wij adviseren de bevoegdheden in het kassasysteem te scheiden. Aanbeveling 3. Wij adviseren"
                        + " daarnaast elk kwartaal de wijzigingen in de leveranciersgegevens te laten controleren.")), List.of());
        List<Recommendation> r = tag(doc);
        assertEquals(List.of("Wij adviseren de bevoegdheden in het kassasysteem te scheiden.",
                "Wij adviseren daarnaast elk kwartaal de wijzigingen in de leveranciersgegevens te laten controleren."),
                r.stream().map(Recommendation::text).toList());
    }
}
