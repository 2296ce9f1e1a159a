package nl.gremium.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.DocKind;
import nl.gremium.model.Table;
import nl.gremium.tag.DocumentFamily;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {
    private final DocumentClassifier classifier = new DocumentClassifier(DocumentFamily.recognisers());

    private static List<Block> doc(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            blocks.add(l.startsWith("# ") ? Block.heading(l.substring(2), 1 + i / 30, 1, null) : Block.paragraph(l, 1 + i / 30));
        }
        return blocks;
    }

    @Test
    void agendaByTitleAndItemList() {
        assertEquals(DocKind.agenda, classifier.classify(doc("# Agenda", "Vergadering: Dagelijks bestuur Veiligheidsregio Noordkust",
                "Datum: 3 maart 2026", "1. Opening", "2. Verslag vergadering 10 februari 2026", "3. Kadernota 2027", "4. Rondvraag", "5. Sluiting")));
    }

    @Test
    void aDecisionListUnderALetterheadWithItsAddressIsADecisionList() {
        assertEquals(DocKind.decision_list, classifier.classify(doc("Afvalschap Kempenzoom", "# Afvalschap Kempenzoom",
                "Gemeenschappelijke regeling voor de inzameling van huishoudelijk afval", "Molenweg 4 5611 AB Dalveen",
                "Postbus 12, 5600 AA Dalveen info@afvalschap.example", "# Besluitenlijst", "Vergadering Algemeen bestuur",
                "Aanwezig de heer A. Smit (voorzitter), mevrouw B. de Wit", "1. Opening De voorzitter heet de leden welkom.",
                "2. Jaarstukken 2026 De jaarrekening sluit met een voordelig saldo. De heer Smit merkt op dat het saldo meevalt.",
                "Besluit: conform voorstel.", "3. Tarieven 2028 Het voorstel harmoniseert de tarieven. Mevrouw De Wit vraagt of de "
                        + "kleine gemeenten meer gaan betalen.", "Besluit: aangehouden.")));
    }

    @Test
    void anOverviewOfTheMotionsVotedOnIsADecisionListThoughItsAnnexesAreMotions() {
        assertEquals(DocKind.decision_list, classifier.classify(doc("Griffie Dalveen", "Overzicht moties en amendementen",
                "Begrotingsvergadering van 6 november 2026", "M1 Zonnepanelen op scholen (GroenLinks, D66) aangenomen",
                "M2 Kwijtschelding voor ondernemers (VVD) verworpen", "A1 Dekking uit de reserve (CDA) aangenomen",
                "# Bijlage 1 Motie M1 Zonnepanelen op scholen", "De raad van de gemeente Dalveen, in vergadering bijeen op 6 november 2026,",
                "constaterende dat de scholen veel energie verbruiken;", "verzoekt het college", "zonnepanelen op alle scholen te leggen;",
                "en gaat over tot de orde van de dag.", "AANGENOMEN 6 november 2026")));
    }

    @Test
    void minutesQuoteProposalsButAnnounceThemselves() {
        assertEquals(DocKind.minutes, classifier.classify(doc("# Verslag", "Van: Algemeen bestuur", "Datum: 3 maart 2026",
                "Aanwezig: mevrouw A. Jansen (voorzitter), de heer B. Smit", "# 1. Opening",
                "De voorzitter opent de vergadering om 14.00 uur.", "# 2. Kadernota 2027",
                "Het algemeen bestuur wordt voorgesteld te besluiten de kadernota vast te stellen.",
                "De heer Smit geeft aan dat de indexering hoog is.", "Het algemeen bestuur besluit conform voorstel.",
                "# 3. Sluiting", "De voorzitter sluit de vergadering om 15.10 uur.")));
    }

    @Test
    void aShortAuditorsPaperWithRecommendationsIsAReportButItsLetterIsALetter() {
        assertEquals(DocKind.report, classifier.classify(doc("Rekenkamer Duinstreek", "# Onderhoud van de kademuren",
                "Duinstreek, 3 februari 2026", "# 4 Conclusie", "De gemeente weet niet in welke staat de kademuren zijn.",
                "# 5 Aanbevelingen", "De rekenkamer beveelt het college aan om:", "elk jaar de kademuren te inspecteren;",
                "de raad over de uitkomst te informeren.")));
        assertEquals(DocKind.letter, classifier.classify(doc("Rekenkamer Duinstreek", "Aan de gemeenteraad van Duinstreek",
                "Datum 3 februari 2026", "Onderwerp: aanbieding rapport kademuren", "Geachte raadsleden,",
                "Hierbij bieden wij u ons rapport aan. Wij bevelen het college aan de kademuren elk jaar te inspecteren.",
                "Met vriendelijke groet,", "De voorzitter van de rekenkamer")));
    }

    @Test
    void anAuditorsShortPaperWithItsRecommendationsInABoxIsAReport() {
        List<Block> blocks = doc("Rekenkamercommissie Duinwijk", "# Grip op inhuur", "Maart 2026", "Samenvatting",
                "De gemeente huurt veel personeel in zonder dat de raad weet wat dat kost.");
        blocks.add(Block.table(new Table(null, null, 1, 1, List.of(List.of(Cell.of("Aanbevelingen")),
                List.of(Cell.of("1. Maak de kosten van inhuur per programma zichtbaar in de jaarrekening.")),
                List.of(Cell.of("2. Stel een maximum aan het aandeel inhuur in de loonsom."))), 1, null, false)));
        blocks.add(Block.heading("1 Inleiding", 1, 1, "1"));
        blocks.add(Block.paragraph("Dit onderzoek gaat over de inhuur van externen.", 1));
        assertEquals(DocKind.report, classifier.classify(blocks));
    }

    @Test
    void aLocalOmbudsmansReportOnAComplaintIsAReport() {
        assertEquals(DocKind.report, classifier.classify(doc("Gemeentelijke Ombudsman Waterdam",
                "# Rapport over een klacht over de gemeente Waterdam", "Rapportnummer 2026/017, 3 maart 2026", "Oordeel",
                "De klacht is gegrond.", "Aanbeveling", "De ombudsman beveelt het college aan de klager alsnog te antwoorden.")));
    }

    @Test
    void anAuditorsFollowUpStudyOfEarlierRecommendationsIsAReport() {
        assertEquals(DocKind.report, classifier.classify(doc("Rekenkamercommissie Duinstreek",
                "# Opvolgingsonderzoek aanbevelingen 2024", "Duinstreek, oktober 2027",
                "Rapport\tAanbeveling\tStand van zaken", "Kademuren (2024)\tInspecteer de kademuren jaarlijks.\tUitgevoerd.",
                "Kademuren (2024)\tInformeer de raad over de uitkomst.\tNiet uitgevoerd.")));
    }

    @Test
    void anInspectoratesReportThatSaysWeIsAnInspectionReport() {
        assertEquals(DocKind.inspection_report, classifier.classify(doc("Inspectie van het Onderwijs", "# Rapport van bevindingen",
                "Onderzoek bij Stichting Kindcentra Waterland", "# Samenvatting", "Wij onderzochten hoe het bestuur de kwaliteit bewaakt.",
                "# Herstelopdrachten", "Het bestuur zorgt ervoor dat het de resultaten van elke school kent.")));
    }

    @Test
    void decisionListDocumentListScheduleByTitle() {
        assertEquals(DocKind.decision_list, classifier.classify(doc("# Besluitenlijst dagelijks bestuur 12 mei 2026",
                "# Jaarrekening 2025", "Het dagelijks bestuur heeft besloten om de jaarrekening aan te bieden.")));
        assertEquals(DocKind.document_list, classifier.classify(doc("# Agendapunt - informatie", "aan Algemeen bestuur",
                "onderwerp Ingekomen en verzonden stukken", "Nr Datum Afzender Onderwerp")));
        assertEquals(DocKind.schedule, classifier.classify(doc("# Vergaderschema bestuur 2027", "DB dinsdag 9.30 uur")));
    }

    @Test
    void proposalFormWithoutDecision() {
        assertEquals(DocKind.proposal, classifier.classify(doc("# Agendapunt - besluitvormend", "datum overleg 2 april 2026",
                "Onderwerp Huisvesting meldkamer", "# Voorstel", "Het algemeen bestuur wordt voorgesteld om:",
                "1. In te stemmen met de huisvestingsvariant B.")));
    }

    @Test
    void inspectorateLetterWithRecommendationsStaysALetter() {
        List<Block> letter = doc("Geachte voorzitter,", "De Inspectie Justitie en Veiligheid heeft onderzoek gedaan naar uw voorbereiding.",
                "# Aanbevelingen", "De Inspectie beveelt de veiligheidsregio aan de planvorming te actualiseren.",
                "Hoogachtend,", "De inspecteur-generaal");
        assertEquals(DocKind.letter, classifier.classify(letter));
        List<Block> report = doc("# Voorwoord", "De Inspectie Justitie en Veiligheid presenteert in dit rapport haar onderzoek.",
                "# 1. Inleiding", "Dit onderzoek betreft de crisisorganisatie.", "# 2. Bevindingen", "De regio's verschillen sterk.",
                "# 3. Aanbevelingen", "De Inspectie beveelt de besturen aan de planvorming te actualiseren.");
        assertEquals(DocKind.inspection_report, classifier.classify(report));
    }

    @Test
    void anInspectorateReportThatOrdersRepairsInsteadOfRecommendingIsAnInspectionReport() {
        List<Block> report = doc("# Rapport van bevindingen", "Inspectie van het Onderwijs", "# Samenvatting",
                "De inspectie onderzocht het bestuur en drie scholen.", "# 1. Inleiding", "De inspectie onderzoekt elk bestuur.",
                "# 2. Herstelopdracht", "Het bestuur zorgt uiterlijk 1 juli 2027 voor zicht op de kwaliteit van het onderwijs.");
        assertEquals(DocKind.inspection_report, classifier.classify(report), classifier.explain(report)::toString);
    }

    @Test
    void anInspectorateReportThatStatesWhatItExpectsIsAnInspectionReport() {
        List<Block> report = doc("# Rapport van het inspectiebezoek aan Zorggroep Het Baken", "Inspectie Gezondheidszorg en Jeugd",
                "# 1 Inleiding", "De inspectie bezocht de locatie Noord op 3 maart 2026.", "# 2 Bevindingen",
                "De inspectie zag dat twee dossiers geen zorgplan hadden.", "# 3 Wat verwacht de inspectie?",
                "De inspectie verwacht van Zorggroep Het Baken dat zij binnen drie maanden aan alle normen voldoet.");
        assertEquals(DocKind.inspection_report, classifier.classify(report), classifier.explain(report)::toString);
    }

    @Test
    void reportNeedsStructureElseOther() {
        assertEquals(DocKind.report, classifier.classify(doc("# Evaluatie oefenbeleid 2025", "# 1. Inleiding", "Tekst.",
                "# 2. Aanleiding", "Tekst.", "# 3. Conclusies", "Tekst.")));
        assertEquals(DocKind.other, classifier.classify(doc("Korte mededeling over de bereikbaarheid van de kazerne.")));
    }

    @Test
    void answersToWrittenQuestionsAreALetter() {
        assertEquals(DocKind.letter, classifier.classify(doc("# Beantwoording schriftelijke vragen", "Gemeente Vechtland",
                "Vraag 1", "Hoeveel inwoners wachten op schuldhulp?", "Antwoord", "Op 1 oktober wachtten 40 inwoners.")));
        assertEquals(DocKind.letter, classifier.classify(doc("# Antwoorden van het college op de artikel 42-vragen over de bus",
                "Vraag 1", "Rijdt de bus in de zomer?", "Antwoord", "Ja.")));
    }

    @Test
    void motionsAndAmendmentsByTitleAndFormula() {
        assertEquals(DocKind.motion, classifier.classify(doc("Stuknummer: M3", "Motie: Groene schoolpleinen",
                "Indiener: Els Kok, D66", "De raad van de gemeente Vechtland, in vergadering bijeen op 2 april 2026,",
                "Constaterende dat veel schoolpleinen versteend zijn;", "Verzoekt het college:",
                "in 2027 vijf schoolpleinen te vergroenen;", "En gaat over tot de orde van de dag.")));
        assertEquals(DocKind.amendment, classifier.classify(doc("Amendement: Eerlijke tarieven",
                "Indiener: Bram Vos (SP)", "De raad van de gemeente Vechtland, in vergadering bijeen op 2 april 2026,",
                "bij de behandeling van het collegevoorstel over de Tarievennota 2027,",
                "Besluit om beslispunt 2 als volgt te wijzigen:", "2. de tarieven met 2% te verhogen.")));
    }

    @Test
    void aDecisionListTitleWithTheMeetingHeldOnAndAttendanceStaysADecisionList() {
        assertEquals(DocKind.decision_list, classifier.classify(doc(
                "Besluitenlijst van de vergadering van het algemeen bestuur van de Omgevingsdienst Vechtland gehouden op 26 juni 2025",
                "Aanwezig: mevrouw Smit (voorzitter), de heren Bos en Kok", "Afwezig: mevrouw Mol",
                "1. Opening", "De voorzitter opent de vergadering om 14.00 uur.",
                "2. Jaarstukken 2024", "Het algemeen bestuur stelt de jaarrekening 2024 vast.",
                "3. Sluiting", "De voorzitter sluit de vergadering om 15.10 uur.")));
        assertEquals(DocKind.decision_list, classifier.classify(doc("Besluitenlijst van de vergadering van de raad",
                "gehouden op 26 juni 2025 in het gemeentehuis", "Voorzitter: de heer Bos", "Griffier: mevrouw Mol",
                "1. Opening", "2. Kadernota 2026", "Het voorstel wordt aangenomen.")));
        assertEquals(DocKind.minutes, classifier.classify(doc("Verslag van de vergadering van het algemeen bestuur",
                "gehouden op 26 juni 2025", "Aanwezig: mevrouw Smit (voorzitter), de heren Bos en Kok",
                "1. Opening", "De voorzitter opent de vergadering.", "2. Besluitenlijst vorige vergadering",
                "De heer Bos merkt op dat de besluitenlijst klopt.")));
    }

    @Test
    void aMotionOrAmendmentTitledWithItsOwnNumberIsNoListItem() {
        assertEquals(DocKind.amendment, classifier.classify(doc("Amendement B4", "Agendapunt 7: Nota grondbeleid 2026",
                "De raad van de gemeente Vechtland, in vergadering bijeen op 2 april 2026,",
                "besluit het ontwerpbesluit als volgt te wijzigen:", "aan beslispunt 1 toe te voegen: \"met uitzondering van de haven\".",
                "Toelichting:", "De haven vraagt om een eigen afweging.")));
        assertEquals(DocKind.motion, classifier.classify(doc("Motie 2026-11", "Agendapunt 9: Kadernota 2027",
                "De raad van de gemeente Vechtland, in vergadering bijeen op 2 april 2026,", "constaterende dat de bibliotheek sluit;",
                "verzoekt het college een nieuwe locatie te zoeken,", "en gaat over tot de orde van de dag.")));
        assertEquals(DocKind.decision_list, classifier.classify(doc("# Besluitenlijst raadsvergadering 2 april 2026",
                "Motie 2026-11 Groen Vechtland Bibliotheek in het dorpshuis: aangenomen",
                "Amendement B4 Lokaal Belang Nota grondbeleid: verworpen", "Het college heeft besloten de nota vast te stellen.")),
                "numbered motions with their titles are the decision list's items");
    }

    @Test
    void aRaadsbesluitUnderALetterheadIsAProposal() {
        assertEquals(DocKind.proposal, classifier.classify(doc("Gemeente Vechtland", "Datum", "4 maart 2026",
                "Ons kenmerk", "RV/2026/12", "Voorstel van het college inzake de Tarievennota 2027",
                "De tarieven stijgen met de inflatie.",
                "Alles afwegend stelt het college de gemeenteraad voor het volgende besluit te nemen:",
                "de gemeenteraad van Vechtland, gezien het voorstel van het college, besluit:",
                "I. de Tarievennota 2027 vast te stellen.",
                "Aldus besloten in de openbare raadsvergadering van 2 april 2026.")));
    }

    private static Block table(int page, String... rows) {
        return Block.table(new Table(null, null, page, page,
                Arrays.stream(rows).map(r -> Arrays.stream(r.split("\\|")).map(Cell::of).toList()).toList(), 1, null, false));
    }

    private static List<Block> with(List<Block> head, Block... more) {
        List<Block> all = new ArrayList<>(head);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void councilMotionBehindFormFields() {
        assertEquals(DocKind.motion, classifier.classify(doc("GEMEENTERAAD", "Stuknummer:", "Uitslag stemming:", "Registratienummer:",
                "B.4 Groen Vechtland", "Motie: Schaduw op het schoolplein",
                "Indiener: Petra Lindeboom, Groen Vechtland",
                "De raad van de gemeente Vechtland, in vergadering bijeen op 12 maart 2026, ter bespreking van de Kadernota 2027,",
                "Constaterende dat:", "- op veel schoolpleinen in de zomer geen schaduw is;",
                "Overwegende dat:", "- bomen hitte in de wijk verminderen;",
                "Verzoekt het college:", "- voor de zomer van 2027 op tien schoolpleinen bomen te planten,",
                "En gaat over tot de orde van de dag.", "Petra Lindeboom")));
    }

    @Test
    void parliamentaryMotionOpensWithTheChamber() {
        assertEquals(DocKind.motion, classifier.classify(doc("Vergaderjaar 2025-2026", "# 36 410 Vaststelling van de begroting Waterstaat",
                "# Nr. 27 MOTIE VAN HET LID DE VRIES", "Voorgesteld 4 november 2025", "De Kamer,", "gehoord de beraadslaging,",
                "constaterende dat veel dijkringen nog niet aan de norm voldoen;",
                "verzoekt de regering, de versterking van de zwakste dijken te versnellen,",
                "en gaat over tot de orde van de dag.", "Van Dijk")));
    }

    @Test
    void motionWithoutTitleByItsFrame() {
        assertEquals(DocKind.motion, classifier.classify(doc("Raadsvergadering 9 april 2026",
                "De gemeenteraad van Duinwijk, in vergadering bijeen op 9 april 2026,", "gehoord de beraadslaging,",
                "- constaterende dat het zwembad 's zomers vol is;", "- overwegende dat zwemles voor ieder kind belangrijk is;",
                "- verzoekt het college; een extra zwemuur voor schoolkinderen in te richten,",
                "en gaat over tot de orde van de dag.")));
    }

    @Test
    void amendmentRewritesTheDraftDecisionEvenWithConsiderations() {
        assertEquals(DocKind.amendment, classifier.classify(doc("Stuknummer:", "Amendement: Fietsenstalling bij het station",
                "Indiener: Karim Amrani, Lokaal Belang",
                "De raad van de gemeente Vechtland, in vergadering bijeen op 12 maart 2026, ter bespreking van het voorstel van het college"
                        + " inzake het Stationsplein,",
                "Overwegende dat er te weinig plekken voor fietsen zijn,",
                "Besluit het ontwerpbesluit als volgt te wijzigen:", "Aan beslispunt 2 toe te voegen:",
                "'met dien verstande dat er ten minste 800 fietsplekken komen.'", "Toelichting:",
                "De stalling is nu al te klein.", "Karim Amrani")));
        assertEquals(DocKind.amendment, classifier.classify(doc("# Nr. 9 AMENDEMENT VAN HET LID BAKKER", "Voorgesteld 2 december 2025",
                "De ondergetekende stelt het volgende amendement voor:", "Artikel I, onderdeel B, komt te luiden:",
                "B. Het tarief wordt verlaagd tot 9 procent.", "Toelichting", "Dit amendement verlaagt het tarief.", "Bakker")));
    }

    @Test
    void proposalWithDateGridBeforeItsTitleAndTheDecisionAtTheEnd() {
        assertEquals(DocKind.proposal, classifier.classify(doc("Datum", "4 februari 2026", "Ons kenmerk", "FIN/20260412",
                "Voorstel van het college inzake Vervanging van de sporthal De Vlonder", "# Aanleiding",
                "De sporthal is verouderd en voldoet niet meer aan de eisen.", "# Doel", "Een nieuwe sporthal voor de wijk.",
                "# Financiën", "De investering bedraagt € 6,4 miljoen.", "# Inleiding", "Tekst.", "# Achtergrond", "Tekst.",
                "Alles afwegend stelt het college de gemeenteraad voor het volgende besluit te nemen:",
                "De gemeenteraad van Vechtland,", "gelezen het voorstel van het college van 4 februari 2026,", "Besluit:",
                "I. een krediet van € 6,4 miljoen beschikbaar te stellen.", "Aldus besloten in de openbare vergadering van 12 maart 2026.")));
        assertEquals(DocKind.proposal, classifier.classify(doc("# GS-nota", "Onderwerp: Subsidieregeling dorpshuizen 2027",
                "Portefeuillehouder: gedeputeerde Mulder", "Voorgesteld besluit", "Gedeputeerde Staten besluiten de regeling vast te stellen.",
                "# Aanleiding", "Dorpshuizen hebben hogere energielasten.")));
    }

    @Test
    void verbatimCouncilMinutesQuotingMotionsAreMinutes() {
        List<String> lines = new ArrayList<>(List.of("1", "Vergadering van de gemeenteraad van Vechtland gehouden op donderdag 12 maart 2026",
                "(Geopend te 19.30 uur)", "Voorzitter: de burgemeester", "Griffier: mevrouw J. de Boer",
                "A Vaststelling agenda", "B Voorstel van het college inzake Kadernota 2027"));
        for (int i = 0; i < 12; i++) {
            lines.add("Petra Lindeboom (Groen Vechtland). Voorzitter, wij dienen een motie in over schaduw op schoolpleinen.");
            lines.add("Wethouder Kramer (Lokaal Belang). Ik ontraad die motie, want het budget is al verdeeld.");
            lines.add("De voorzitter. Dan gaan we nu stemmen over de motie.");
        }
        lines.addAll(List.of("Motie: Schaduw op het schoolplein", "Verzoekt het college:", "En gaat over tot de orde van de dag.",
                "Aangenomen met 21 stemmen voor.", "De voorzitter sluit de vergadering om 23.10 uur."));
        assertEquals(DocKind.minutes, classifier.classify(doc(lines.toArray(String[]::new))));
    }

    @Test
    void decisionListAsTableWithMotionRows() {
        List<Block> blocks = with(doc("RV-2026-114", "# Besluitenlijst"),
                table(1, "Raad|", "Datum en tijd|12 maart 2026, 19.30 uur", "Locatie|Raadzaal"),
                table(1, "Punt|Omschrijving|Besluit", "A|Vaststelling agenda|Conform",
                        "B|Voorstel van het college inzake Kadernota 2027|Vastgesteld", "|Motie B.1 Groen Vechtland Schaduw op het schoolplein|Aangenomen",
                        "|Motie B.2 Lokaal Belang Parkeren bij de haven|Verworpen", "|Amendement B.A Fietsenstalling bij het station|Ingetrokken"),
                Block.paragraph("Motie B.3 Ouderen Vechtland Bankjes in het park Aangenomen", 2));
        assertEquals(DocKind.decision_list, classifier.classify(blocks));
    }

    @Test
    void htmlAgendaPageWithItemTable() {
        List<Block> blocks = with(doc("Pagina afdrukken", "Terug naar de website", "Vergadering",
                        "Vergadering van Gemeenteraad Datum: 16-03-2026 19:30 uur"),
                table(1, "Raadzaal||", "1|Opening.|0", "2|Vaststelling agenda.|1", "3|Vragenkwartier.|0",
                        "4|Voorstel tot vaststelling van de Kadernota 2027.|3", "5|Rondvraag.|0", "6|Sluiting.|0"),
                Block.paragraph("De stukken liggen ter inzage in het gemeentehuis.", 1), Block.paragraph("Zoeken", 1),
                Block.paragraph("Contact", 1));
        assertEquals(DocKind.agenda, classifier.classify(blocks));
    }

    @Test
    void letterWithLetterheadGridButNoSalutation() {
        assertEquals(DocKind.letter, classifier.classify(doc("Provinciale Staten van Zeeveld", "Provincie Zeeveld", "Postbus 400",
                "4300 AA Middeldorp", "Inlichtingen bij", "Datum", "3 maart 2026", "Kenmerk", "PZ-2026-0311", "Bijlagen", "Uw brief",
                "Onderwerp: Voortgang energieprogramma", "Bij brief van 10 oktober 2025 hebben wij u geïnformeerd over het programma.",
                "Inmiddels zijn alle zienswijzen beantwoord.", "Gedeputeerde Staten van Zeeveld")));
    }

    @Test
    void theExecutivesAccountOfAMotionQuotesItButIsALetter() {
        assertEquals(DocKind.letter, classifier.classify(doc("Gemeente Vechtland", "Retouradres: Postbus 10, 8000 AA Vechtland",
                "Aan de gemeenteraad", "Ons kenmerk", "SO/2026-114", "Datum", "12 mei 2026", "Onderwerp",
                "Afdoening motie: 'Bankjes langs de Vecht'", "Op 5 februari 2026 nam uw raad de motie 'Bankjes langs de Vecht' aan.",
                "De motie luidt als volgt:", "Constaterende, dat:", "- er langs de Vecht weinig rustpunten zijn;",
                "Overwegende, dat:", "- ouderen graag wandelen;", "Verzoekt het college:", "- tien bankjes te plaatsen;",
                "en gaat over tot de orde van de dag.", "Het college geeft op de volgende manier uitvoering aan deze motie:",
                "In 2026 plaatsen wij zes bankjes en in 2027 vier.")));
    }

    @Test
    void wooDecisionIsALetter() {
        assertEquals(DocKind.letter, classifier.classify(doc("Ministerie van Waterbeheer", "Retouradres Postbus 20901 2500 EX Den Haag",
                "Datum 14 mei 2026", "Betreft Besluit op uw Woo-verzoek", "Geachte heer Vos,",
                "In uw brief van 2 april 2026 heeft u verzocht om openbaarmaking van documenten.", "# Besluit",
                "Ik besluit de documenten gedeeltelijk openbaar te maken.", "Hoogachtend,", "De minister van Waterbeheer")));
    }

    @Test
    void aDecisionOnARequestLaidOutAsABeschikkingIsALetter() {
        assertEquals(DocKind.letter, classifier.classify(doc("# Beschikking op Woo-verzoek", "Ministerie van Waterbeheer",
                "# Inleiding", "Op 2 april 2026 is een verzoek ontvangen om openbaarmaking van de verslagen van het waterberaad.",
                "# Besluit", "De minister besluit de verslagen gedeeltelijk openbaar te maken.",
                "# Motivering", "De namen van medewerkers worden niet openbaar gemaakt op grond van artikel 5.1 van de Woo.")));
        // one of several partial decisions, its report-like sections and length notwithstanding
        assertEquals(DocKind.letter, classifier.classify(doc("2026.0412.003 1", "Tweede deelbeschikking op Woo-verzoek van de Minister van Waterbeheer",
                "# Aanleiding", "Op 2 april 2026 is een verzoek ontvangen om openbaarmaking van de verslagen van het waterberaad.",
                "# Inventarisatie", "In totaal zijn 212 documenten aangetroffen, opgenomen in drie inventarislijsten.",
                "# Achtergrond", "Het waterberaad vergadert sinds 2019 elke maand over de peilbesluiten.",
                "# Besluit", "De minister besluit de verslagen gedeeltelijk openbaar te maken.")));
    }

    @Test
    void invitationIsAnAgendaNotMinutes() {
        assertEquals(DocKind.agenda, classifier.classify(doc("Vergadering van de raadscommissie Ruimte",
                "te houden op dinsdag 7 april 2026 om 20.00 uur", "Locatie: Raadzaal", "1. Opening", "2. Vaststelling agenda",
                "3. Bestemmingsplan Havenkwartier", "4. Rondvraag", "5. Sluiting")));
    }

    @Test
    void titlesWithAStatusWordAndInformationLetters() {
        assertEquals(DocKind.decision_list, classifier.classify(doc("Gemeente Duinwijk", "# Openbare besluitenlijst college van B&W",
                "Vergadering van 3 maart 2026", "1. Subsidie dorpshuis", "Het college besluit de subsidie te verlenen.")));
        assertEquals(DocKind.minutes, classifier.classify(doc("# Vastgesteld verslag commissie Bestuur", "Aanwezig: de leden Smit en Bos",
                "De voorzitter opent de vergadering.")));
        assertEquals(DocKind.letter, classifier.classify(doc("# Raadsinformatiebrief", "Aan de gemeenteraad",
                "Onderwerp: Stand van zaken nieuwbouw zwembad", "Met deze brief informeren wij u over de planning.",
                "Het college van burgemeester en wethouders")));
    }

    @Test
    void aBoardsProposalWhoseTitleLineCarriesTheOrganisationIsAProposal() {
        assertEquals(DocKind.proposal, classifier.classify(doc("Omgevingsdienst Maasvallei Voorstel aan het algemeen bestuur"
                + " Vergadering: 2 juli 2026 Agendapunt: 6", "Onderwerp: Jaarstukken 2025", "# Voorgesteld besluit",
                "1. de jaarrekening 2025 vast te stellen;", "2. het positieve resultaat toe te voegen aan de algemene reserve.", "# Inleiding",
                "Het dagelijks bestuur legt de jaarstukken voor. De accountant heeft een goedkeurende verklaring afgegeven.",
                "# Financiële gevolgen", "Het resultaat bedraagt € 212.000.")));
    }

    @Test
    void anAnnotatedAgendaWhoseTitleRunsOnFromTheOrganisationsNameIsAnAgenda() {
        assertEquals(DocKind.agenda, classifier.classify(doc("Gemeente Den Bosschenwaard Agenda vergadering algemeen bestuur",
                "Datum: 11 december 2026", "# 1. Opening en mededelingen", "# 2. Jaarstukken 2025", "Voorgesteld besluit:",
                "De jaarstukken 2025 vast te stellen.", "# 3. Dekkingsplan 2027", "Voorgesteld besluit:",
                "Het dekkingsplan 2027 vast te stellen.", "# 4. Rondvraag", "# 5. Sluiting")));
    }

    @Test
    void aDecisionNoteToAMinisterIsAProposal() {
        // a beslisnota: the directorate puts a decision to the minister ("Geadviseerd besluit" / "Gevraagd besluit")
        assertEquals(DocKind.proposal, classifier.classify(doc("Ministerie van Waterbeheer", "Directie Rivieren en Kusten",
                "Aan: Minister van Waterbeheer", "# TER BESLISSING", "Datum", "12 maart 2026", "Kenmerk", "DRK/2026-0412",
                "Nota Kamerbrief voortgang dijkversterking Lekdijk", "# Aanleiding",
                "De Tweede Kamer heeft gevraagd jaarlijks over de voortgang van de dijkversterking te rapporteren.",
                "# Geadviseerd besluit", "Instemmen met de Kamerbrief en deze ondertekenen voor verzending.",
                "# Kernpunten", "- De versterking ligt op schema; twee trajecten lopen drie maanden achter.",
                "- De kosten blijven binnen het budget van het programma.", "# Toelichting",
                "De waterschappen zijn betrokken bij het opstellen van de brief.", "Pagina 1 van 2")));
        assertEquals(DocKind.proposal, classifier.classify(doc("# TER BESLUITVORMING", "Aan: Staatssecretaris", "Datum 3 april 2026",
                "Onderwerp Wetsvoorstel toezicht kinderopvang", "# Aanleiding", "De consultatie is afgerond.",
                "# Gevraagd besluit", "1. Gaat u akkoord met het indienen van het wetsvoorstel?",
                "# Toelichting", "De reacties uit de consultatie zijn verwerkt in de memorie van toelichting.")));
    }

    @Test
    void transcriptPartWithASpokenSalutationStaysMinutes() {
        List<String> lines = new ArrayList<>(List.of("De heer Verbeek (inspreker). Geachte voorzitter, geachte leden van de raad,",
                "ik woon al dertig jaar aan de haven en maak mij zorgen over de plannen.", "Met vriendelijke groet aan u allen."));
        for (int i = 0; i < 10; i++) {
            lines.add("Mevrouw Ouali (Lokaal Belang). Dank aan de inspreker, ik heb een vraag over de kade.");
            lines.add("De heer Verbeek (inspreker). Wij hebben daar al een brief over gestuurd.");
            lines.add("De voorzitter. Dank u wel, uw tijd is op.");
        }
        assertEquals(DocKind.minutes, classifier.classify(doc(lines.toArray(String[]::new))));
    }

    @Test
    void frontPageOfMinutesWithItsAgendaIsMinutes() {
        assertEquals(DocKind.minutes, classifier.classify(doc("Vergadering gemeenteraad Vechtland gehouden op donderdag 9 april 2026",
                "(Geopend te 10.00 uur)", "Voorzitter: de burgemeester", "Griffier: mevrouw J. de Boer", "Agenda",
                "A. Vaststelling agenda", "B. Spreekrecht", "C. Voorstel van het college inzake de Havenvisie")));
    }

    @Test
    void anInvitationLetterCarryingTheAgendaIsAnAgendaAStatesMotionAsksInThePlural() {
        assertEquals(DocKind.agenda, classifier.classify(doc("Werkbedrijf Lingewaard", "Postbus 40 6670 AA Zetten",
                "Aan de leden van het algemeen bestuur van het Werkbedrijf Lingewaard", "Datum 2 maart 2026", "Ons kenmerk WL/2026/18",
                "Onderwerp Uitnodiging en agenda vergadering algemeen bestuur 16 maart 2026", "Geacht bestuurslid,",
                "Hierbij nodig ik u uit voor de openbare vergadering van het algemeen bestuur op 16 maart 2026 om 19.30 uur.",
                "# Agenda", "# 1. Opening en vaststelling van de agenda", "# 2. Mededelingen",
                "Voorstel: de mededelingen voor kennisgeving aan te nemen.", "# 3. Jaarrekening 2025",
                "Voorstel: de jaarrekening 2025 vast te stellen.", "# 4. Rondvraag", "# 5. Sluiting",
                "Met vriendelijke groet,", "de secretaris van het algemeen bestuur")));
        assertEquals(DocKind.motion, classifier.classify(doc("Provinciale Staten van Zeewolde", "Motienummer M 2026-04",
                "# Veilige fietsroutes naar school", "Motie vreemd aan de orde van de dag",
                "Provinciale Staten van Zeewolde, in vergadering bijeen op 4 maart 2026,", "Constaterende dat:",
                "- op drie provinciale wegen fietsers de rijbaan moeten oversteken;", "Verzoeken het college van Gedeputeerde Staten:",
                "1. deze oversteken in 2027 veilig te maken,", "en gaan over tot de orde van de dag.")));
    }
}
