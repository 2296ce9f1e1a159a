package nl.gremium.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.DocKind;
import nl.gremium.model.Metadata;
import nl.gremium.model.Table;
import nl.gremium.tables.TableAnalyzerTest;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void minutesHeaderGivesBodyMeetingDateAndComposedTitle() {
        Metadata m = extractor.extract(List.of(
                Block.heading("Verslag", 1, 1, null),
                Block.paragraph("Van: Algemeen bestuur Veiligheidsregio Noordkust", 1),
                Block.paragraph("Datum: dinsdag 3 maart 2026", 1),
                Block.paragraph("Aanwezig: mevrouw A. Jansen (voorzitter), de heer B. Smit", 1),
                Block.heading("Opening", 1, 2, "1."),
                Block.paragraph("De voorzitter opent de vergadering en heet de leden van het bestuur welkom. "
                        + "Er zijn geen afmeldingen ontvangen en de agenda wordt ongewijzigd vastgesteld.", 1)),
                DocKind.minutes);
        assertEquals("Verslag vergadering Algemeen bestuur Veiligheidsregio Noordkust dinsdag 3 maart 2026", m.title());
        assertEquals("Veiligheidsregio Noordkust", m.organisation());
        assertEquals("Algemeen bestuur", m.body());
        assertEquals(LocalDate.of(2026, 3, 3), m.meetingDate());
        assertNull(m.documentDate());
        assertEquals("nld", m.language());
        assertFalse(m.confidential());
    }

    @Test
    void aJointBodyNamedByItsTaskIsTheIssuerAndSpacedCapitalsCutInsideAWordAreJoined() {
        Metadata list = extractor.extract(List.of(
                Block.paragraph("Afvalschap Kempenzoom", 1),
                Block.paragraph("Gemeenschappelijke regeling voor de inzameling van huishoudelijk afval", 1),
                Block.heading("Besluitenlijst", 1, 1, null),
                Block.paragraph("Vergadering Algemeen bestuur", 1),
                Block.paragraph("De heer Smit (gemeente Dalveen) vraagt naar de tarieven van de Gemeente Dalveen.", 1)),
                DocKind.decision_list);
        assertEquals("Afvalschap Kempenzoom", list.organisation());
        Metadata report = extractor.extract(List.of(
                Block.heading("REKENK AMER BROEKWOLDE", 1, 1, null),
                Block.paragraph("Wie helpt wie?", 1),
                Block.paragraph("Bestuurlijke nota bij het onderzoek naar de schuldhulp in de gemeente Broekwolde", 1),
                Block.paragraph("Met vriendelijke groet, burgemeester en wethouders van Broekwolde", 2)),
                DocKind.report);
        assertEquals("Rekenkamer Broekwolde", report.organisation());
        Metadata letter = extractor.extract(List.of(
                Block.heading("Ministerie van Wonen en", 1, 1, null),
                Block.paragraph("Ruimtelijke Inrichting > Directoraat-generaal Wonen", 1),
                Block.paragraph("Aan de colleges van Gedeputeerde Staten", 1),
                Block.paragraph("Geacht college,", 1),
                Block.paragraph("Hierbij informeer ik u over de verdeling van de middelen.", 1)),
                DocKind.letter);
        assertEquals("Ministerie van Wonen en Ruimtelijke Inrichting", letter.organisation(), "an adjective's noun is part of the name");
    }

    /** A short letter to Mr Smit ("Uw verzoek wijs ik af.") whose last lines are the given ones. */
    private Metadata signed(String... closing) {
        List<Block> blocks = new ArrayList<>(List.of(Block.paragraph("Geachte heer Smit,", 1), Block.paragraph("Uw verzoek wijs ik af.", 1)));
        for (String line : closing) {
            blocks.add(Block.paragraph(line, 1));
        }
        return extractor.extract(blocks, DocKind.letter);
    }

    @Test
    void aLetterIsTheBodyWhoseOfficeSignsItNotTheAddressedOne() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("College van burgemeester en wethouders van de gemeente Steenwold", 1),
                Block.paragraph("Datum 4 november 2026", 1),
                Block.paragraph("Betreft Besluit op uw aanvraag", 1),
                Block.paragraph("Geacht college,", 1),
                Block.paragraph("Hierbij ontvangt u mijn besluit op uw aanvraag voor de fietsroute.", 1),
                Block.paragraph("Hoogachtend,", 1),
                Block.paragraph("De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur, namens deze,", 1),
                Block.paragraph("drs. K. de Wit", 1)), DocKind.letter);
        assertEquals("Minister van Landbouw, Visserij, Voedselzekerheid en Natuur", m.body());

        Metadata shouted = extractor.extract(List.of(Block.paragraph("Datum 4 november 2026", 1),
                Block.paragraph("Geachte heer Smit,", 1), Block.paragraph("Uw verzoek wijs ik af.", 1),
                Block.paragraph("Met vriendelijke groet,", 1), Block.paragraph("DE STAATSSECRETARIS VAN FINANCIEN,", 1)), DocKind.letter);
        assertEquals("Staatssecretaris van Financien", shouted.body());

        Metadata board = extractor.extract(List.of(Block.paragraph("Aan Provinciale Staten van Drenthe", 1),
                Block.paragraph("Geachte leden van de Staten,", 1), Block.paragraph("Wij informeren u over de stand van zaken.", 1),
                Block.paragraph("Gedeputeerde Staten van Drenthe, voorzitter, J. Bos secretaris, P. Kok", 1)), DocKind.letter);
        assertEquals("Gedeputeerde staten", board.body(), "signed without a closing formula");

        Metadata runTogether = extractor.extract(List.of(Block.paragraph("Geachte mevrouw Bos,", 1),
                Block.paragraph("Uw verzoek wijs ik af.", 1),
                Block.paragraph("Datum: Hoogachtend, de Minister voor Wonen en Ruimte, namens deze, 2 maart 2026", 1)), DocKind.letter);
        assertEquals("Minister voor Wonen en Ruimte", runTogether.body(), "the closing run into a label before it");
        Metadata named = extractor.extract(List.of(Block.paragraph("Geachte mevrouw Bos,", 1),
                Block.paragraph("Uw verzoek wijs ik af.", 1),
                Block.paragraph("De Minister van Klimaat en Groene Groei, mr. A. Pieters", 1)), DocKind.letter);
        assertEquals("Minister van Klimaat en Groene Groei", named.body(), "the signer's name on the office's line");
        Metadata ministry = signed("Hoogachtend,", "Staatssecretaris van het Ministerie van Wegen en Kusten namens deze,",
                "ir. P. Kok Hoofddirecteur Meetdienst");
        assertEquals("Staatssecretaris van het Ministerie van Wegen en Kusten", ministry.body(), "a 'van' inside the portfolio");
        Metadata noComma = extractor.extract(List.of(Block.paragraph("Directie Juridische Zaken", 1),
                Block.paragraph("Postbus 20201 2500 EE Den Haag", 1), Block.paragraph("Geachte heer Smit,", 1),
                Block.paragraph("Uw verzoek wijs ik af.", 1),
                Block.paragraph("De MINISTER VAN FINANCIËN namens deze, b/a mr. P. Kok", 1),
                Block.paragraph("De directeur Juridische Zaken", 1)), DocKind.letter);
        assertEquals("Minister van Financiën", noComma.body(), "signed without a closing or a comma before 'namens deze'");
        assertEquals("Ministerie van Financiën", noComma.organisation(), "a letter naming no organisation is its minister's");
        Metadata site = signed("De minister van Buitenlandse Zaken, http://www.rijksoverheid.nl/ namens deze, de directeur Azië,");
        assertEquals("Minister van Buitenlandse Zaken", site.body(), "the letterhead's web address run into the signing line");
        Metadata heading = extractor.extract(List.of(Block.paragraph("Geachte heer Smit,", 1),
                Block.paragraph("Uw verzoek wijs ik af.", 1), Block.heading("Ondertekening", 1, 2, null),
                Block.paragraph("De Minister van Wegen en Kusten,", 1), Block.paragraph("mr. P. Kok", 1)), DocKind.letter);
        assertEquals("Minister van Wegen en Kusten", heading.body(), "a Woo decision's 'Ondertekening' for a closing");
        Metadata glued = signed("Ondertekening de Minister van Wegen en Kusten, namens deze,");
        assertEquals("Minister van Wegen en Kusten", glued.body(), "the heading run into the signing line");
        Metadata behalf = signed("Hoogachtend, namens de staatsecretaris van Wegen en Kusten,");
        assertEquals("Staatssecretaris van Wegen en Kusten", behalf.body(), "on behalf of, misspelt as often");
        Metadata stop = signed("Hoogachtend,", "De Minister voor Wegen en Kusten.", "namens deze:");
        assertEquals("Minister voor Wegen en Kusten", stop.body(), "the closing comma read as a full stop");
        Metadata forHim = signed("Hoogachtend,", "De Minister van Wegen en Kusten voor deze x", "mr. P. Kok");
        assertEquals("Minister van Wegen en Kusten", forHim.body(), "'voor deze' for 'namens deze', a scan's mark after it");
        Metadata withName = signed("Hoogachtend, de staatssecretaris van Wegen en Kusten mr. P. de Kok", "Directeur Juridische Zaken");
        assertEquals("Staatssecretaris van Wegen en Kusten", withName.body(), "the signer's name run on without a comma");
        Metadata dated = signed("De Minister van Wegen en Kusten, 16 maart 2026", "namens deze,", "mr. P. Kok");
        assertEquals("Minister van Wegen en Kusten", dated.body(), "the date the layout put beside the signature");
        Metadata noVan = signed("Ondertekening", "De Minister Wegen en Kusten, namens deze,", "mr. P. Kok");
        assertEquals("Minister van Wegen en Kusten", noVan.body(), "the 'van' a template lost");
        Metadata shoutedMinistry = extractor.extract(List.of(Block.paragraph("Directoraat-Generaal Milieu en Internationaal", 1),
                Block.paragraph("Postbus 20901", 1), Block.paragraph("Geachte heer Smit,", 1),
                Block.paragraph("Het ministerie van Infrastructuur heeft uw verzoek op 3 mei ontvangen.", 1),
                Block.paragraph("Hoogachtend,", 1),
                Block.paragraph("DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT namens deze,", 1)), DocKind.letter);
        assertEquals("Ministerie van Infrastructuur en Waterstaat", shoutedMinistry.organisation(), "a shouted signature");
    }

    @Test
    void aCollegesListTitledWithoutVanIsTheMunicipalitysNotThatOfABoardItsItemsName() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Openbare besluitenlijst college van burgemeester en wethouders Steenwold", 1),
                Block.paragraph("Vergadering van 3 maart 2026", 1),
                Block.heading("1. Zienswijze begroting Veiligheidsregio Kustland", 1, 2, "1."),
                Block.paragraph("Besluit: conform. De zienswijze gaat naar de Veiligheidsregio Kustland.", 1)), DocKind.decision_list);
        assertEquals("Gemeente Steenwold", m.organisation());
    }

    @Test
    void aCouncilsProposalAndDecisionListAreTheCouncilsAConsultationsRecordIsTheConsultations() {
        assertEquals("Gemeenteraad", extractor.extract(List.of(Block.paragraph("Datum 7 mei 2026", 1),
                Block.paragraph("Voorstel van het college inzake Herinrichting Marktplein", 1),
                Block.heading("Aanleiding", 1, 2, null), Block.paragraph("Het plein is aan onderhoud toe.", 1)), DocKind.proposal).body());
        Table grid = new Table("t1", null, 1, 2, List.of(List.of(Cell.of("Raad"), Cell.of("")),
                List.of(Cell.of("Datum en tijd"), Cell.of("12 maart 2026, 14.00 uur"))), 0, null, false);
        assertEquals("Gemeenteraad", extractor.extract(List.of(Block.paragraph("Besluitenlijst", 1), Block.table(grid),
                Block.paragraph("Vaststelling agenda Conform", 1)), DocKind.decision_list).body());
        Table chamber = new Table("t2", null, 1, 2, List.of(List.of(Cell.of("Tweede Kamer der Staten-Generaal"), Cell.of("2")),
                List.of(Cell.of("Vergaderjaar 2025-2026"), Cell.of(""))), 0, null, false);
        assertEquals("Tweede Kamer", extractor.extract(List.of(Block.table(chamber), Block.paragraph("De Kamer,", 1),
                Block.paragraph("gehoord de beraadslaging,", 1)), DocKind.motion).body());
        assertNull(extractor.extract(List.of(Block.paragraph("Initiatiefvoorstel Buurtbudgetten", 1),
                Block.paragraph("Twee oud-raadsleden gingen naar de Tweede Kamer en lieten ons dit idee na.", 1)), DocKind.proposal).body(),
                "a sentence that mentions the chamber is not its paper");
        assertEquals("Bestuurlijk overleg bereikbaarheid Kustregio", extractor.extract(List.of(
                Block.paragraph("Verslag bestuurlijk overleg bereikbaarheid Kustregio", 1),
                Block.paragraph("De gemeenteraad van Steenwold heeft het college gevraagd dit overleg te voeren.", 1)),
                DocKind.minutes).body());
    }

    @Test
    void minutesOpeningWithASentenceThatNamesThemAreTitledByItUpToTheDate() {
        Metadata m = extractor.extract(List.of(Block.paragraph("Verslag van de openbare vergadering van het dagelijks bestuur van"
                        + " het Waterschap Kleiland, gehouden op dinsdag 9 september 2025 in het gemeentehuis te Zandam.", 1),
                Block.paragraph("Aanwezig: de heer P. Visser (voorzitter), mevrouw K. Prins", 1),
                Block.heading("Opening", 1, 2, "1."),
                Block.paragraph("De voorzitter opent de vergadering.", 1)), DocKind.minutes);
        assertEquals("Verslag van de openbare vergadering van het dagelijks bestuur van het Waterschap Kleiland, gehouden op"
                + " dinsdag 9 september 2025", m.title());
    }

    @Test
    void anInspectionReportIsDatedByItsReportNotItsVisit() {
        Metadata m = extractor.extract(List.of(
                Block.heading("Rapport van het inspectiebezoek aan Zorggroep Het Baken", 1, 1, null),
                Block.paragraph("Datum bezoek: 3 maart 2026", 1),
                Block.paragraph("Datum rapport: 14 april 2026", 1),
                Block.heading("1 Inleiding", 1, 2, "1"),
                Block.paragraph("De inspectie bezocht de locatie Noord.", 1)), DocKind.inspection_report);
        assertEquals(LocalDate.of(2026, 4, 14), m.documentDate());
    }

    @Test
    void aRaadsbesluitIsTheCouncilsThoughItReadsTheCollegesProposal() {
        Metadata m = extractor.extract(List.of(
                Block.heading("Raadsbesluit", 1, 1, null),
                Block.paragraph("Onderwerp: Vaststelling Verordening rioolheffing 2027", 1),
                Block.paragraph("De raad van de gemeente Steenwold;", 1),
                Block.paragraph("gelezen het voorstel van het college van burgemeester en wethouders van 6 oktober 2026;", 1),
                Block.paragraph("besluit: de Verordening rioolheffing 2027 vast te stellen.", 1)), DocKind.proposal);
        assertEquals("Gemeenteraad", m.body());
    }

    @Test
    void aShortLettersSalutationAndTableAreNoSignature() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Ministerie van Voorbeeldzaken Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", 1),
                Block.paragraph("Datum 1 december 2026", 1),
                Block.paragraph("Betreft Verdeling middelen natuurherstel 2027", 1),
                Block.paragraph("Geachte voorzitter,", 1),
                Block.paragraph("Hierbij ontvangt u de verdeling over de provincies.", 1),
                Block.table(TableAnalyzerTest.table(1, 1, "Provincie|2027", "Provincie Utrecht|2.100", "Provincie Limburg|1.900")),
                Block.paragraph("De minister van Infrastructuur en Waterstaat,", 1)), DocKind.letter);
        assertEquals("Ministerie van Infrastructuur en Waterstaat", m.organisation());
    }

    @Test
    void aMinistersLetterAboutAWaterBoardIsTheMinistrysAndItsDateMayStandLowOnThePage() {
        List<Block> blocks = new ArrayList<>(List.of(
                Block.paragraph("Directoraat-Generaal Water", 1),
                Block.paragraph("Datum", 1),
                Block.paragraph("Betreft Woo-verzoek over de zuivering van afvalwater", 1),
                Block.paragraph("Geachte heer,", 1)));
        for (int i = 0; i < 16; i++) {
            blocks.add(Block.paragraph("Het Hoogheemraadschap van Rijnkwartier zond in " + (2010 + i) + " een rapportage over de zuivering.", 1));
        }
        blocks.add(Block.paragraph("14 april 2026", 1));
        blocks.add(Block.paragraph("Ik maak de rapportages openbaar; zij staan op de website van het Hoogheemraadschap van Rijnkwartier.", 2));
        blocks.add(Block.paragraph("Ik hoop u hiermee voldoende te hebben geïnformeerd. Hoogachtend,", 2));
        blocks.add(Block.paragraph("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT, namens deze, De DIRECTEUR-GENERAAL WATER BODEM", 2));
        blocks.add(Block.paragraph("Dhr. drs. P. de Boer", 2));
        blocks.add(Block.heading("Bezwaarclausule", 3, 2, null));
        for (int i = 0; i < 12; i++) {
            blocks.add(Block.paragraph("Tegen dit besluit kunt u binnen zes weken bezwaar maken; regel " + i + " van de bijlage.", 3));
        }
        Metadata m = extractor.extract(blocks, DocKind.letter);
        assertEquals("Ministerie van Infrastructuur en Waterstaat", m.organisation());
        assertEquals(LocalDate.of(2026, 4, 14), m.documentDate());
    }

    /** A letter dated 2 March 2026 with this subject line, a salutation and then these blocks. */
    private Metadata letterAbout(String subject, Block... body) {
        List<Block> blocks = new ArrayList<>(List.of(Block.paragraph("Datum 2 maart 2026", 1), Block.paragraph("Betreft " + subject, 1),
                Block.paragraph("Geachte heer,", 1)));
        blocks.addAll(List.of(body));
        return extractor.extract(blocks, DocKind.letter);
    }

    @Test
    void aLabelInsideTheSubjectsParenthesesIsPartOfTheSubject() {
        Metadata m = letterAbout("Beslissing op uw Woo-verzoek (uw kenmerk 2026/17)", Block.paragraph("Hierbij ontvangt u mijn besluit.", 1));
        assertEquals("Beslissing op uw Woo-verzoek (uw kenmerk 2026/17)", m.title());
    }

    @Test
    void aLettersSubjectLineOutranksTheSubjectColumnOfATableItQuotes() {
        Metadata m = letterAbout("Besluit op uw Woo-verzoek", Block.paragraph("Uit de volgende e-mail citeer ik in dit besluit.", 1),
                Block.table(TableAnalyzerTest.table(2, 1, "Nr|Van|Onderwerp", "4|Directie|Re: planning overleg maandag")),
                Block.paragraph("Hierbij ontvangt u mijn besluit.", 2));
        assertEquals("Besluit op uw Woo-verzoek", m.title());
    }

    @Test
    void aSubjectThatBreaksOffOnASmallWordRunsOnToTheNextLine() {
        Metadata inline = extractor.extract(List.of(
                Block.paragraph("Datum 2 maart 2026", 1),
                Block.paragraph("Betreft Besluit op uw Woo-verzoek over de renovatie van de", 1),
                Block.paragraph("sporthal 'De Brink' (2019-2024)", 1),
                Block.paragraph("Geachte heer,", 1),
                Block.paragraph("Hierbij ontvangt u mijn besluit.", 1)), DocKind.letter);
        assertEquals("Besluit op uw Woo-verzoek over de renovatie van de sporthal 'De Brink' (2019-2024)", inline.title());
        Metadata below = extractor.extract(List.of(
                Block.paragraph("Datum", 1),
                Block.paragraph("2 maart 2026", 1),
                Block.paragraph("Onderwerp", 1),
                Block.paragraph("Afdoening motie: 'Meer bomen in", 1),
                Block.paragraph("de Oosterwijk'", 1),
                Block.paragraph("Uw raad heeft op 12 februari 2026 de motie aangenomen.", 1)), DocKind.letter);
        assertEquals("Afdoening motie: 'Meer bomen in de Oosterwijk'", below.title());
    }

    @Test
    void ministryLetterSignedByTheMinister() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("> Retouradres Postbus 100 2500 AA Den Haag", 1),
                Block.paragraph("Veiligheidsregio Noordkust", 1),
                Block.paragraph("T.a.v. het dagelijks bestuur", 1),
                Block.paragraph("Datum 14 mei 2026", 1),
                Block.paragraph("Betreft Bijdrage crisisbeheersing 2027", 1),
                Block.paragraph("Geachte voorzitter,", 1),
                Block.paragraph("Met deze brief informeer ik u over de hoogte van de bijdrage voor het komende jaar.", 1),
                Block.paragraph("De Minister van Justitie en Veiligheid, namens deze,", 2),
                Block.paragraph("namens deze, de directeur-generaal", 2)), DocKind.letter);
        assertEquals("Bijdrage crisisbeheersing 2027", m.title());
        assertEquals("Ministerie van Justitie en Veiligheid", m.organisation());
        assertEquals(LocalDate.of(2026, 5, 14), m.documentDate());
        assertEquals(LocalDate.of(2026, 5, 14), m.date());
    }

    @Test
    void aLetterheadOfOrganisationNamesIsNoTitle() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Inspectie Zorg en Welzijn Ministerie van Sociale Zaken en Gezondheid", 1),
                Block.heading("Rapport toezichtbezoek Zorgcentrum De Linde", 1, 1, null),
                Block.paragraph("Locatie De Linde te Beekveld, bezoek op 4 februari 2028", 1),
                Block.paragraph("De zorgaanbieder voldoet aan vier van de zeven getoetste normen.", 1)), DocKind.inspection_report);
        assertEquals("Rapport toezichtbezoek Zorgcentrum De Linde", m.title());
    }

    @Test
    void aRunningHeaderAboveTheTitleIsNotTheTitle() {
        // the header strip names the paper and its date; the title is printed once, below the sender's name
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Rapport 2031-0082 · 14 maart 2031", 1),
                Block.paragraph("Inspectie Voedsel en Water", 1),
                Block.heading("Toezicht op de drinkwaterbedrijven", 1, 1, null),
                Block.paragraph("De inspectie heeft in 2030 alle zes bedrijven bezocht.", 1)), DocKind.inspection_report);
        assertEquals("Toezicht op de drinkwaterbedrijven", m.title());
        // the same line atop page 2 with its page's number: a running header even without a separator
        Metadata agenda = extractor.extract(List.of(
                Block.paragraph("Agenda DB Veenland – 9 oktober 2031 – blad 1", 1),
                Block.paragraph("Regio Veenland", 1),
                Block.paragraph("Samenwerkende gemeenten in het veen", 1),
                Block.heading("Agenda vergadering dagelijks bestuur", 1, 1, null),
                Block.paragraph("1. Opening", 1),
                Block.paragraph("Agenda DB Veenland – 9 oktober 2031 – blad 2", 2),
                Block.paragraph("2. Vaststelling van het verslag", 2)), DocKind.agenda);
        assertEquals("Agenda vergadering dagelijks bestuur", agenda.title());
    }

    @Test
    void aLineThatPrintsThePageNumberAndAMottoStripAreNoTitles() {
        Metadata list = extractor.extract(List.of(
                Block.paragraph("zaaknr. Z/33/0712- 1 - gemeente Oudemeer GRIFFIE", 1),
                Block.paragraph("Besluitenlijst van de besloten vergadering van het algemeen bestuur van Oudemeer, gehouden op dinsdag 3 maart "
                        + "2033 om 14.00 uur in het kantoor aan de Dijk.", 1),
                Block.heading("1. Opening", 1, 1, null)), DocKind.decision_list);
        assertEquals("Besluitenlijst van de besloten vergadering van het algemeen bestuur van Oudemeer, gehouden op dinsdag 3 maart 2033",
                list.title());
        Metadata agenda = extractor.extract(List.of(
                Block.paragraph("Zaaknummer VRO/2033/00017", 1),
                Block.heading("VRO", 1, 1, null),
                Block.paragraph("Veiligheidsregio Oudemeer Brandweer · GHOR · Meldkamer", 1),
                Block.heading("Geannoteerde agenda", 1, 1, null),
                Block.paragraph("1. Opening", 1)), DocKind.agenda);
        assertEquals("Geannoteerde agenda", agenda.title());
    }

    @Test
    void aRunningHeaderIsTheTitleWhereThePageOnlyPrintsTheKindsWord() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Waterschap Lage Velden Besluitenlijst algemeen bestuur · 4 juni 2031", 1),
                Block.paragraph("Kenmerk LV/AB/2031-7", 1),
                Block.heading("Besluitenlijst", 1, 1, null),
                Block.paragraph("Het algemeen bestuur besluit de jaarrekening 2030 vast te stellen.", 1)), DocKind.decision_list);
        assertEquals("Besluitenlijst algemeen bestuur · 4 juni 2031", m.title());
    }

    @Test
    void aLogoInCapitalsAndAReportsNumberAreNoTitle() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Rapport RK 2031-04", 1),
                Block.heading("REKENKAMERVEENHOVEN", 1, 1, null),
                Block.heading("Grip op inhuur", 1, 1, null),
                Block.heading("Onderzoek naar de inhuur van externen door de gemeente Veenhoven", 1, 1, null),
                Block.paragraph("De rekenkamer onderzocht hoe de gemeente inhuur beheerst.", 1)), DocKind.report);
        assertEquals("Grip op inhuur", m.title());
        // a paper that prints nothing else is titled by its number
        Metadata bare = extractor.extract(List.of(
                Block.paragraph("Rapport RK 2031-04", 1),
                Block.paragraph("De rekenkamer onderzocht hoe de gemeente inhuur beheerst.", 1)), DocKind.report);
        assertEquals("Rapport RK 2031-04", bare.title());
    }

    @Test
    void aProposalsSubjectTitlesItWhereItsFormOnlySaysToWhomItGoes() {
        Metadata m = extractor.extract(List.of(
                Block.heading("GRV", 1, 1, null),
                Block.paragraph("Gemeenschappelijke regeling Veenland voor de gemeenten Aa en Bee", 1),
                Block.paragraph("Voorstel aan het algemeen bestuur openbaar", 1),
                Block.paragraph("Onderwerp Tweede begrotingswijziging 2031", 1),
                Block.heading("Voorgesteld besluit", 1, 1, null),
                Block.paragraph("Het dagelijks bestuur stelt het algemeen bestuur voor de begrotingswijziging vast te stellen.", 1)),
                DocKind.proposal);
        assertEquals("Tweede begrotingswijziging 2031", m.title());
        // a States' proposal numbered on its first line, titled on the next lines
        Metadata states = extractor.extract(List.of(
                Block.paragraph("Statenvoorstel PS/2031/012", 1),
                Block.paragraph("Statenvoorstel Herinrichting provinciale wegen", 1),
                Block.paragraph("Datum vergadering GS 3 maart 2031", 1),
                Block.paragraph("Gedeputeerde Staten stellen voor het krediet beschikbaar te stellen.", 1)), DocKind.proposal);
        assertEquals("Statenvoorstel Herinrichting provinciale wegen", states.title());
    }

    @Test
    void anInspectorateSigningInItsMinistersNameIssuesTheLetter() {
        for (String[] sign : new String[][] {
                {"De Minister van Sociale Zaken en Gezondheid, namens deze, de inspecteur-generaal Zorg en Welzijn",
                        "Inspectie Zorg en Welzijn"},
                {"De inspecteur-generaal van het Beroepsonderwijs,", "Inspectie van het Beroepsonderwijs"},
                {"De Minister van Landbouw en Visserij, namens deze, de inspecteur-generaal van de Nederlandse Voedsel- en"
                        + " Warenautoriteit", "Nederlandse Voedsel- en Warenautoriteit"}}) {
            Metadata m = extractor.extract(List.of(
                    Block.paragraph("Zorggroep De Linde", 1),
                    Block.paragraph("t.a.v. de raad van bestuur", 1),
                    Block.paragraph("Datum 3 juni 2027", 1),
                    Block.paragraph("Betreft Vervolgtoezicht locatie Beekzicht", 1),
                    Block.paragraph("Geachte raad van bestuur,", 1),
                    Block.paragraph("Op 12 april 2027 hebben wij de locatie opnieuw bezocht.", 1),
                    Block.paragraph("Hoogachtend,", 1),
                    Block.paragraph(sign[0], 1)), DocKind.letter);
            assertEquals(sign[1], m.organisation(), sign[0]);
        }
    }

    @Test
    void mailSubjectLineIsTheLetterTitleButAnAddresseeIsNot() {
        Metadata mail = extractor.extract(List.of(
                Block.paragraph("Extra middelen noodsteunpunten 2026", 1),
                Block.paragraph("Aan: de besturen van de veiligheidsregio's", 1),
                Block.paragraph("Van: Ministerie van Justitie en Veiligheid", 1),
                Block.paragraph("Datum: 2 oktober 2025", 1),
                Block.paragraph("Geachte heer, mevrouw,", 1),
                Block.paragraph("Hierbij informeren wij u over de verdeling van de middelen voor noodsteunpunten.", 1)),
                DocKind.letter);
        assertEquals("Extra middelen noodsteunpunten 2026", mail.title());
        assertEquals(LocalDate.of(2025, 10, 2), mail.documentDate());
        Metadata letter = extractor.extract(List.of(
                Block.paragraph("Veiligheidsregio Noordkust", 1),
                Block.paragraph("Postbus 10", 1),
                Block.paragraph("Geachte voorzitter,", 1),
                Block.paragraph("Met deze brief informeren wij u over de bijdrage.", 1)), DocKind.letter);
        assertNull(letter.title());
    }

    @Test
    void labelsStackedInTheirOwnColumnTakeNoLabelOrSalutationAsValue() {
        // a scanned letter whose margin column is read first: labels one under the other, then the salutation
        Metadata scanned = extractor.extract(List.of(
                Block.paragraph("Ministerie van Voorbeeldzaken", 1),
                Block.paragraph("Datum", 1),
                Block.paragraph("Betreft", 1),
                Block.paragraph("Geachte", 1),
                Block.paragraph("Bij brief van 3 maart heeft u om inzage in de stukken gevraagd.", 1)), DocKind.letter);
        assertNotEquals("Geachte", scanned.title());
        assertNotEquals("Betreft", scanned.title());
        assertNull(extractor.extract(List.of(
                Block.paragraph("Ministerie van Justitie en", 1),
                Block.paragraph("Veiligheid", 1),
                Block.paragraph("Geachte heer,", 1),
                Block.paragraph("Hierbij ontvangt u het besluit.", 1)), DocKind.letter).title(), "a letterhead name wrapped over two lines");
        Metadata plain = extractor.extract(List.of(
                Block.paragraph("Betreft", 1),
                Block.paragraph("Vergadering over de reservebrandstof", 1),
                Block.paragraph("Geachte voorzitter,", 1)), DocKind.letter);
        assertEquals("Vergadering over de reservebrandstof", plain.title(), "a value that starts like a label is still a value");
        Metadata printed = extractor.extract(List.of(
                Block.paragraph("'s-Hertogenbosch 2024", 1),
                Block.heading("Regeling reservebrandstof", 1, 1, null),
                Block.paragraph("Het bestuur stelt de regeling vast.", 1)), DocKind.other);
        assertEquals("Regeling reservebrandstof", printed.title(), "place and year of printing are no title");
        assertEquals("Programmabegroting 2026", extractor.extract(List.of(
                Block.heading("Programmabegroting 2026", 1, 1, null),
                Block.paragraph("Het bestuur stelt de begroting vast.", 1)), DocKind.other).title());
        assertNotEquals("Bergen op Zoom, 12 mei 2024", extractor.extract(List.of(
                Block.paragraph("Bergen op Zoom, 12 mei 2024", 1),
                Block.paragraph("Het bestuur stelt de begroting vast.", 1)), DocKind.other).title());
    }

    @Test
    void aProposalThatNamesNoOrganisationIsOfTheCouncilItsDecisionNames() {
        Metadata m = extractor.extract(List.of(
                Block.heading("Raadsvoorstel", 1, 1, null),
                Block.paragraph("Onderwerp: Vervanging van de brug over de Vecht", 1),
                Block.paragraph("Registratienummer: Z/26/1234", 1),
                Block.paragraph("Portefeuillehouder: wethouder J. Mulder", 1),
                Block.heading("Inleiding", 1, 2, null),
                Block.paragraph("De brug is aan vervanging toe. Wij stellen voor een krediet beschikbaar te stellen.", 1),
                Block.heading("Vervolg", 1, 2, null),
                Block.paragraph("Na uw besluit start de aanbesteding.", 1),
                Block.paragraph("Dekking: kostenplaats Gemeenteraad K4402, € 12.000 per jaar.", 1),
                Block.paragraph("Burgemeester en wethouders van Dalfsen,", 1),
                Block.paragraph("De raad van de gemeente Dalfsen; gelezen het voorstel; besluit:", 2)), DocKind.proposal);
        assertEquals("Gemeente Dalfsen", m.organisation(), "a cost centre's code is no place");
    }

    @Test
    void aMemoIsTitledByItsSubjectField() {
        Metadata m = extractor.extract(List.of(
                Block.heading("Notitie", 1, 1, null),
                Block.paragraph("Aan: leden van de commissie Bestuur", 1),
                Block.paragraph("Datum: 9 januari 2026", 1),
                Block.paragraph("Onderwerp: Planning van de voorjaarsnota", 1),
                Block.paragraph("De voorjaarsnota wordt in april in de commissie besproken.", 1)), DocKind.other);
        assertEquals("Notitie: Planning van de voorjaarsnota", m.title());
    }

    @Test
    void proposalFormRouteAndConfidentialityField() {
        List<Block> form = List.of(
                Block.heading("Agendapunt - besluitvormend", 1, 1, null),
                Block.paragraph("overleg dagelijks bestuur – algemeen bestuur", 1),
                Block.paragraph("datum overleg 2 april – 23 april 2026", 1),
                Block.paragraph("Onderwerp", 1),
                Block.paragraph("Huisvesting meldkamer", 1),
                Block.paragraph("vertrouwelijk: nee", 1),
                Block.paragraph("Het algemeen bestuur wordt voorgesteld in te stemmen met de huisvesting van de meldkamer "
                        + "in het gebouw van de Veiligheidsregio Noordkust.", 1));
        Metadata m = extractor.extract(form, DocKind.proposal);
        assertEquals("Agendapunt - besluitvormend: Huisvesting meldkamer", m.title());
        assertEquals("Algemeen bestuur", m.body());
        assertEquals(LocalDate.of(2026, 4, 23), m.meetingDate());
        assertFalse(m.confidential());
        assertEquals("Veiligheidsregio Noordkust", m.organisation());
    }

    @Test
    void proposalFormRunTogetherByThePdfTextLayer() {
        List<Block> form = List.of(
                Block.paragraph("Agendapunt - besluitvormend overleg dagelijks bestuur – algemeen bestuur datum overleg "
                        + "2 april – 23 april", 1),
                Block.paragraph("Onderwerp", 1),
                Block.paragraph("Huisvesting meldkamer opdrachtgever Jan Smit portefeuillehouder Anna de Vries", 1),
                Block.paragraph("vertrouwelijk: Nee", 1),
                Block.heading("Voorstel", 1, 2, null),
                Block.paragraph("Het algemeen bestuur wordt voorgesteld de huisvesting per 1 januari 2026 te regelen, "
                        + "zoals besproken op 12 maart 2026.", 1));
        Metadata m = extractor.extract(form, DocKind.proposal);
        assertEquals("Agendapunt - besluitvormend: Huisvesting meldkamer", m.title());
        assertEquals("Algemeen bestuur", m.body());
        assertEquals(LocalDate.of(2026, 4, 23), m.meetingDate(), "year of the text's dates completes the form's dates");
        assertFalse(m.confidential());
    }

    @Test
    void aProposalOrListForARaadsvergaderingIsDatedByThatMeeting() {
        Metadata proposal = extractor.extract(List.of(
                Block.heading("Voorstel aan de raad", 1, 1, null),
                Block.paragraph("Gemeente Vechtland Raadsvergadering: 11 november 2026 Portefeuillehouder: wethouder Smit "
                        + "Onderwerp: Vaststellen bestemmingsplan Haven-Noord", 1),
                Block.heading("Beslispunten", 1, 2, null),
                Block.paragraph("1. Het bestemmingsplan vast te stellen.", 1)), DocKind.proposal);
        assertEquals(LocalDate.of(2026, 11, 11), proposal.meetingDate());
        Metadata list = extractor.extract(List.of(
                Block.paragraph("Lijst van ingekomen stukken raadsvergadering 12 november 2026 Gemeente Vechtland", 1),
                Block.paragraph("1. Brief van de provincie over de begroting 2027. Voorstel: ter kennisneming.", 1)), DocKind.document_list);
        assertEquals(LocalDate.of(2026, 11, 12), list.meetingDate());
    }

    @Test
    void aLetterSignedByACollegeIsItsMunicipalitysNotItsAddressees() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Aan het algemeen bestuur van de Omgevingsdienst Regio Utrecht", 1),
                Block.paragraph("Datum: 2 juli 2026", 1),
                Block.paragraph("Onderwerp: Zienswijze ontwerpbegroting 2027", 1),
                Block.paragraph("Geachte leden van het algemeen bestuur,", 1),
                Block.paragraph("De raad heeft besloten een zienswijze in te dienen op de begroting van de Omgevingsdienst Regio Utrecht.", 1),
                Block.paragraph("Met vriendelijke groet,", 1),
                Block.paragraph("Burgemeester en wethouders van Woudenberg,", 1)), DocKind.letter);
        assertEquals("Gemeente Woudenberg", m.organisation());
    }

    @Test
    void aTitleThatTheLetterheadsNameRunsIntoIsTheTitleWithoutIt() {
        assertEquals("Voorstel aan het algemeen bestuur: Jaarstukken 2025",
                MetadataExtractor.withoutOrganisation("Omgevingsdienst Maasvallei Voorstel aan het algemeen bestuur: Jaarstukken 2025",
                        "Omgevingsdienst Maasvallei"));
        assertEquals("Omgevingsdienst Maasvallei Jaarverslag",
                MetadataExtractor.withoutOrganisation("Omgevingsdienst Maasvallei Jaarverslag", "Omgevingsdienst Maasvallei"),
                "one word left is no title of its own");
        assertEquals("Omgevingsdiensten in Limburg", MetadataExtractor.withoutOrganisation("Omgevingsdiensten in Limburg",
                "Omgevingsdienst Maasvallei"));
    }

    @Test
    void aMarginLineGluedToTheSubjectIsNoPartOfTheTitle() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Datum: 14 april 2026", 1),
                Block.paragraph("Betreft: besluit op uw verzoek 26-0412 afdeling Toezicht en Handhaving", 1),
                Block.paragraph("Geachte heer Bakker,", 1),
                Block.paragraph("Ik heb besloten uw verzoek toe te wijzen.", 1),
                Block.paragraph("afdeling Toezicht en Handhaving", 2),
                Block.paragraph("Hoogachtend,", 2)), DocKind.letter);
        assertEquals("Besluit op uw verzoek 26-0412", m.title());
        assertEquals("Subsidie voor de Dorpsraad", MetadataExtractor.withoutRepeatedTail("Subsidie voor de Dorpsraad",
                List.of(Block.paragraph("de Dorpsraad", 2))), "what is left must still be a title");
        assertEquals("Voorstel van het college inzake herinrichting Marktplein", MetadataExtractor.withoutRepeatedTail(
                "Voorstel van het college inzake herinrichting Marktplein", List.of(Block.paragraph("Voorstel", 1),
                        Block.paragraph("herinrichting Marktplein", 2))), "a running header repeating the subject is the subject");
    }

    @Test
    void anAccountantsLetterIsTheFirmsThatSignsIt() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Aan het college van burgemeester en wethouders van de gemeente Lindeveld", 1),
                Block.paragraph("Betreft: Managementletter 2026", 1),
                Block.paragraph("Geacht college,", 1),
                Block.paragraph("Hierbij rapporteren wij de bevindingen uit onze interim-controle bij de gemeente Lindeveld.", 1),
                Block.paragraph("Met vriendelijke groet,", 2),
                Block.paragraph("Kompas Registeraccountants drs. P. Jansen RA", 2)), DocKind.letter);
        assertEquals("Kompas Registeraccountants", m.organisation());
        assertEquals(Optional.of("Kompas Registeraccountants B.V."), Organisations.firm("Kompas Registeraccountants B.V."),
                "a legal form is no signer's initials");
    }

    @Test
    void aRekenkamersLetterheadWithItsMottoIsNoTitleAndTheCouncilItServesNoIssuer() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("REKENKAMERCOMMISSIE DALVEN onafhankelijk onderzoek voor de gemeenteraad van Dalven", 1),
                Block.heading("Zicht op de wijkteams", 1, 1, null),
                Block.paragraph("In dit rapport gaan wij na hoe de raad de wijkteams stuurt.", 1)), DocKind.report);
        assertEquals("Rekenkamercommissie Dalven", m.organisation());
        assertEquals("Zicht op de wijkteams", m.title());
    }

    @Test
    void aMinistrysNameWrappedAfterItsCommaIsOneName() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Ministerie van Natuur,", 1),
                Block.paragraph("Water en Bodem", 1),
                Block.paragraph("Aan de colleges van burgemeester en wethouders", 1),
                Block.paragraph("Betreft: Uitkering bodemherstel", 1),
                Block.paragraph("Hierbij informeer ik u over de uitkering.", 1)), DocKind.report);
        assertEquals("Ministerie van Natuur, Water en Bodem", m.organisation());
    }

    @Test
    void aLetterSignedByNameWithoutAClosingIsTheSigningOrganisations() {
        // the addressee's ministry is named in the letterhead and the text; the letter closes on its signers alone
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Minister van Infrastructuur en Waterstaat Postbus 20901 2500 EX Den Haag", 1),
                Block.paragraph("Betreft: conceptrapport over de sluizen voor bestuurlijk wederhoor", 1),
                Block.paragraph("Geachte minister,", 1),
                Block.paragraph("Met het Ministerie van Infrastructuur en Waterstaat is de feitelijke informatie al afgestemd.", 1),
                Block.paragraph("Wij ontvangen uw reactie graag voor 1 maart.", 1),
                Block.paragraph("Algemene Rekenkamer drs. J. de Wit, president mr. K. Bos, secretaris", 2)), DocKind.letter);
        assertEquals("Algemene Rekenkamer", m.organisation());
        assertEquals(Optional.empty(), Organisations.signingBefore("Algemene Rekenkamer heeft de jaarverslagen onderzocht."));
        assertEquals(Optional.empty(), Organisations.signingBefore("Algemene Rekenkamer, Den Haag"));
    }

    @Test
    void overlegInATitleRunTogetherWithItsFieldsIsNoLabel() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Verslag bestuurlijk overleg Vechtbrug gemeente Vechtland en provincie Gelderland Datum: 4 november 2026 "
                        + "Aanwezig: gedeputeerde Smit, wethouder Bos", 1),
                Block.heading("1. Opening", 1, 1, "1"),
                Block.paragraph("De gedeputeerde opent het overleg.", 1)), DocKind.minutes);
        assertEquals("Verslag bestuurlijk overleg Vechtbrug gemeente Vechtland en provincie Gelderland", m.title());
        assertEquals(LocalDate.of(2026, 11, 4), m.meetingDate());
    }

    @Test
    void confidentialMarkersButNotMentions() {
        assertTrue(extractor.extract(List.of(Block.paragraph("Classificatie: vertrouwelijk", 1),
                Block.paragraph("Notitie over de begroting.", 1)), DocKind.other).confidential());
        assertTrue(extractor.extract(List.of(Block.heading("VERTROUWELIJK", 1, 1, null),
                Block.paragraph("Notitie over de begroting.", 1)), DocKind.other).confidential());
        assertFalse(extractor.extract(List.of(Block.paragraph(
                "De gesprekken zijn vertrouwelijk gevoerd en worden niet geciteerd.", 1)), DocKind.report).confidential());
    }

    @Test
    void abbreviatedInspectorateExpandsToItsFullName() {
        List<String> all = List.of("Inspectie Justitie en Veiligheid", "Inspectie JenV", "Inspectie JenV");
        assertEquals("Inspectie Justitie en Veiligheid", Organisations.mostFrequent(all).orElseThrow());
        assertEquals(List.of("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Gemeente Den Haag"),
                Organisations.mentions("het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties en de Gemeente Den Haag."));
        assertEquals(List.of("Rijksinspectie Digitale Infrastructuur"), Organisations.mentions("De Rijksinspectie Digitale Infrastructuur."));
    }

    @Test
    void aRegionNamedByAdjectivesIsNamedWhole() {
        assertEquals(List.of("Waterschap Zeeuwse Stromen", "Veiligheidsregio Drents Friese Wold", "Gemeente Lisse"),
                Organisations.mentions("Het Waterschap Zeeuwse Stromen, de Veiligheidsregio Drents Friese Wold en de Gemeente Lisse."));
    }

    @Test
    void aWaterBoardOfTwoNounsAndAnInspectoratesTwoWordFieldAreNamedWhole() {
        assertEquals(List.of("Waterschap Drie Polders", "Waterschap De Linge Stromen", "Waterschap Aa en Maas",
                        "Inspectie Openbare Orde en Veiligheid"),
                Organisations.mentions("Het Waterschap Drie Polders, het Waterschap De Linge Stromen en het Waterschap Aa en Maas"
                        + " schreven aan de Inspectie Openbare Orde en Veiligheid."));
        assertEquals(List.of("Waterschap Drie Polders"), Organisations.mentions("Waterschap Drie Polders Postbus 12"));
    }

    @Test
    void namesOfThreePlacesJointBodiesAndAFrisianWaterBoardAreNamedWhole() {
        assertEquals(List.of("Gemeente Aarle, Beek en Donkwijk", "Hoogheemraadschap De Stichtse Waarden", "Wetterskip Noardlân",
                        "Vervoerregio Zeewolde", "Gemeenschappelijke Regeling Vechtdal", "Nederlandse Arbeidsinspectie"),
                Organisations.mentions("De Gemeente Aarle, Beek en Donkwijk schreef met Hoogheemraadschap De Stichtse Waarden,"
                        + " Wetterskip Noardlân, de Vervoerregio Zeewolde en de Gemeenschappelijke Regeling Vechtdal aan de"
                        + " Nederlandse Arbeidsinspectie."));
        assertEquals("Gemeente Zeewijk", Organisations.mentions("De brief van de Gemeente Zeewijk aan de Minister van Financiën.").get(0));
    }

    @Test
    void aLetterheadInCapitalsNamesTheIssuerAndTitleWordsEndAName() {
        assertEquals(List.of("Rekenkamer Oosterveen-Zuid"), Organisations.mentions(Organisations.unshouted("REKENKAMER OOSTERVEEN-ZUID")));
        assertEquals(List.of("GGD Kreekland"), Organisations.mentions(Organisations.unshouted("GGD KREEKLAND")));
        Metadata m = extractor.extract(List.of(Block.paragraph("GEMEENTE WESTERHAVEN", 1),
                Block.paragraph("Besluitenlijst van de vergadering van burgemeester en wethouders van 3 maart 2026", 1),
                Block.paragraph("De GGD Kreekland vraagt een zienswijze op haar begroting; de GGD Kreekland stuurt ook haar jaarrekening.", 1)),
                DocKind.decision_list);
        assertEquals("Gemeente Westerhaven", m.organisation());
        // a letterhead's next line glued on: the title word or the clerk's office is no part of the name
        assertEquals(List.of("Gemeente Lemmerdam"), Organisations.mentions("Gemeente Lemmerdam Verslag raadsvergadering 4 juni 2026"));
        assertEquals(List.of("Provincie Zeewolde"), Organisations.mentions("Provincie Zeewolde Statengriffie Provinciehuis, Markt 1"));
    }

    @Test
    void anAgendaSentAsALetterIsTitledAndDatedByItsSubjectLine() {
        Metadata m = extractor.extract(List.of(Block.paragraph("Werkbedrijf Lingewaard", 1),
                Block.paragraph("Aan de leden van het algemeen bestuur", 1),
                Block.paragraph("Datum 2 maart 2026", 1),
                Block.paragraph("Onderwerp Uitnodiging en agenda vergadering algemeen bestuur 16 maart 2026", 1),
                Block.paragraph("Geacht bestuurslid,", 1),
                Block.heading("Agenda", 1, 1, null),
                Block.heading("1. Opening", 1, 1, "1")), DocKind.agenda);
        assertEquals("Uitnodiging en agenda vergadering algemeen bestuur 16 maart 2026", m.title());
        assertEquals(LocalDate.of(2026, 3, 16), m.date());
    }

    @Test
    void aMinisterWhoseOfficeRunsOnIntoNamensDezeNamesTheListedMinistry() {
        assertEquals(List.of("Ministerie van Infrastructuur en Waterstaat"),
                Organisations.mentions("De minister van Infrastructuur en Waterstaat, Namens deze,"));
    }

    @Test
    void everyKindOfNameIsFoundWhateverLetterItStartsWith() {
        // the name patterns skip positions by their first letter: listed agencies bring letters of their own
        assertEquals(List.of("Kadaster", "Logius", "Sociale Verzekeringsbank", "Provincie Drenthe", "Zuidelijke Rekenkamer",
                        "Ministerie van Financiën", "Ministerie van Justitie en Veiligheid"),
                Organisations.mentions("Het Kadaster, Logius en de Sociale Verzekeringsbank schreven aan Provincie Drenthe"
                        + " en de Zuidelijke Rekenkamer. De Minister van Financiën en de minister voor Rechtsbescherming."));
    }

    @Test
    void aListedMunicipalityOfSeveralCapitalisedWordsIsReadWhole() {
        assertEquals(List.of("Gemeente Stichtse Vecht", "Gemeente Land van Cuijk", "Gemeente Utrecht", "Provincie Noord-Brabant"),
                Organisations.mentions("Gemeente Stichtse Vecht Postbus 1212\nDe Gemeente Land van Cuijk en de Gemeente Utrecht"
                        + " Afdeling Wonen schreven aan Provincie Noord-Brabant Datum 3 maart"));
    }

    @Test
    void placeNamesWithAnApostropheOrALowerCaseLinkAreWhole() {
        assertEquals(List.of("Gemeente 's-Hertogenbosch", "Gemeente Alphen aan den Rijn", "Rekenkamer ’s-Gravenhage",
                        "Hoogheemraadschap van Delfland"),
                Organisations.mentions("De Gemeente 's-Hertogenbosch en de Gemeente Alphen aan den Rijn vroegen de Rekenkamer"
                        + " ’s-Gravenhage en het Hoogheemraadschap van Delfland om advies."));
    }

    @Test
    void aJointBodyNamedAfterItsRegionKeepsTheRegionsName() {
        assertEquals(List.of("Omgevingsdienst Regio Utrecht", "GGD Regio Twente", "Gemeente De Bilt"),
                Organisations.mentions("Het algemeen bestuur van de Omgevingsdienst Regio Utrecht vraagt de GGD Regio Twente"
                        + " en de Gemeente De Bilt om een reactie."));
    }

    @Test
    void letterheadBodyBannerAndBareLabelsAreNoTitle() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Gemeente Oostrand Postbus 40 7400 AA Deventer T 14 0570", 1),
                Block.paragraph("RAADSCOMMISSIE", 1),
                Block.paragraph("Registratienummer:", 1),
                Block.paragraph("ZKN204518 b", 1),
                Block.paragraph("Intern gebruik", 1),
                Block.heading("Herinrichting van het stationsplein", 1, 1, null),
                Block.paragraph("Het college legt de raad twee varianten voor de herinrichting voor, met de kosten en de "
                        + "gevolgen voor het verkeer.", 1)), DocKind.report);
        assertEquals("Herinrichting van het stationsplein", m.title());
    }

    @Test
    void aRedactedAddressAndAGroundCodeAreNoTitle() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("@waterschap-oost.nl", 1),
                Block.paragraph("5.1 2 e Woo", 1),
                Block.paragraph("10.2.g Wob", 1),
                Block.heading("Notitie peilbeheer in de zomer", 1, 1, null),
                Block.paragraph("In deze notitie staan de afspraken over het peil in droge maanden.", 1)), DocKind.report);
        assertEquals("Notitie peilbeheer in de zomer", m.title());
    }

    @Test
    void aColumnOfDotsDoesNotPushTheSubjectOutOfTheHeader() {
        List<Block> blocks = new ArrayList<>(List.of(Block.paragraph("Noem bij uw antwoord de datum en het kenmerk van deze brief", 1),
                Block.paragraph("Belastingkantoor Rivierenland", 1), Block.paragraph("Postbus 1200 6500 AA Nijmegen", 1),
                Block.paragraph("Bezoekadres", 1), Block.paragraph("Stationsweg 12", 1), Block.paragraph("Vakgroep Inkomen", 1)));
        for (int i = 0; i < 18; i++) {
            blocks.add(Block.paragraph(".", 1));
        }
        blocks.addAll(List.of(Block.paragraph("Datum", 1), Block.paragraph("12 mei 2026", 1),
                Block.paragraph("Betreft: Beslissing op uw verzoek", 1), Block.paragraph("Geachte heer Smit,", 1),
                Block.paragraph("Aan uw verzoek wordt tegemoet gekomen.", 1)));
        Metadata m = extractor.extract(blocks, DocKind.letter);
        assertEquals("Beslissing op uw verzoek", m.title());
        assertEquals(LocalDate.of(2026, 5, 12), m.date());
    }

    @Test
    void aProposalCarryingItsAdoptionIsDatedByItNotByADateInTheText() {
        Metadata m = extractor.extract(List.of(
                Block.heading("Raadsvoorstel Herinrichting van het marktplein", 1, 1, null),
                Block.paragraph("In de commissievergadering van 3 maart 2026 is het ontwerp besproken met de ondernemers.", 1),
                Block.paragraph("De raad besluit het krediet voor de herinrichting beschikbaar te stellen.", 1),
                Block.paragraph("Aldus besloten in de openbare vergadering van de raad van", 2),
                Block.paragraph("14 mei 2026", 2),
                Block.paragraph("De griffier, de voorzitter,", 2)), DocKind.proposal);
        assertEquals(LocalDate.of(2026, 5, 14), m.date());
        assertEquals("Raadsvoorstel Herinrichting van het marktplein", m.title());
    }

    @Test
    void aMotionIsOfTheCouncilItsOpeningNamesAndDatedByTheMeeting() {
        Metadata m = extractor.extract(List.of(
                Block.heading("GEMEENTERAAD", 1, 1, null),
                Block.paragraph("Stuknummer:", 1),
                Block.paragraph("Pagina 1 van 2", 1),
                Block.paragraph("Motie: De raad krijgt alle stukken over de nieuwe kade.", 1),
                Block.paragraph("Indiener: Mirjam de Wit, Partij voor de Buurt", 1),
                Block.paragraph("De raad van de gemeente Bergen op Zoom, in vergadering bijeen op donderdag 9 oktober 2025, "
                        + "ter bespreking van het voorstel over de kade,", 1),
                Block.paragraph("constaterende dat de Provincie Noord-Brabant en de gemeente Tholen op 1 maart 2024 "
                        + "een convenant tekenden;", 1),
                Block.paragraph("verzoekt het college de raad voor 1 december 2025 alle stukken te sturen,", 1),
                Block.paragraph("en gaat over tot de orde van de dag.", 1)), DocKind.motion);
        assertEquals("Motie: De raad krijgt alle stukken over de nieuwe kade", m.title());
        assertEquals("Gemeente Bergen op Zoom", m.organisation());
        assertEquals(LocalDate.of(2025, 10, 9), m.date());
    }

    @Test
    void provincialAndParliamentaryMotionsNameTheirAssembly() {
        Metadata staten = extractor.extract(List.of(
                Block.paragraph("Amendement vreemd aan de orde: Zonneparken alleen op daken", 1),
                Block.paragraph("Provinciale Staten van Zeeland, in vergadering bijeen op 14 maart 2025,", 1),
                Block.paragraph("gelet op het voorstel van Gedeputeerde Staten over de omgevingsvisie;", 1),
                Block.paragraph("besluiten in het voorstel een lid toe te voegen.", 1)), DocKind.amendment);
        assertEquals("Provincie Zeeland", staten.organisation());
        assertEquals("Amendement vreemd aan de orde: Zonneparken alleen op daken", staten.title());
        assertEquals(LocalDate.of(2025, 3, 14), staten.date());

        Metadata kamer = extractor.extract(List.of(
                Block.paragraph("Motie van het lid Jansen over lokale spaarbanken", 1),
                Block.paragraph("De Kamer,", 1),
                Block.paragraph("gehoord de beraadslaging,", 1),
                Block.paragraph("overwegende dat het Ministerie van Financiën de regels herziet;", 1),
                Block.paragraph("verzoekt de regering de regels te laten gelden voor alle banken,", 1)), DocKind.motion);
        assertEquals("Tweede Kamer der Staten-Generaal", kamer.organisation());
    }

    @Test
    void aLineMerelyMentioningTheCouncilIsNoOpening() {
        assertTrue(CouncilOpening.organisation(List.of("De raad van de gemeente Tholen heeft besloten dat de kade wordt "
                + "verbreed en dat de kosten gedeeld worden met de provincie en het waterschap")).isEmpty());
        assertTrue(CouncilOpening.organisation(List.of("Raad van State,")).isEmpty());
    }

    @Test
    void councilMinutesUnderAPageNumberAreTitledAndIssuedByTheirCouncil() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("1", 1),
                Block.paragraph("Vergadering gemeenteraad Zeeweide gehouden op donderdag 4 september 2025", 1),
                Block.paragraph("(Geopend te 13.30 uur)", 1),
                Block.paragraph("Voorzitter: de burgemeester, mr. A. de Vries", 1),
                Block.paragraph("De voorzitter opent de vergadering. De Veiligheidsregio Kustland heeft een brief gestuurd "
                        + "over de kazerne, die de Veiligheidsregio Kustland ook aan de buurgemeenten stuurde.", 1)),
                DocKind.minutes);
        assertEquals("Vergadering gemeenteraad Zeeweide gehouden op donderdag 4 september 2025", m.title());
        assertEquals("Gemeente Zeeweide", m.organisation());
        assertEquals(LocalDate.of(2025, 9, 4), m.meetingDate());
    }

    @Test
    void aProposalUnderItsLetterheadIsTitledByItsOwnTitleLine() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Gemeente Zeeweide Postbus 400", 1),
                Block.paragraph("Markt 1 4300 AB Zeeweide", 1),
                Block.paragraph("Zeeweide", 1),
                Block.paragraph("Datum", 1),
                Block.paragraph("3 februari 2026", 1),
                Block.paragraph("Gewijzigd voorstel van het college inzake verhoging van de reserve", 1),
                Block.paragraph("Grondexploitaties", 1),
                Block.paragraph("In 2019 is de reserve vastgesteld op 12 miljoen euro. Sindsdien zijn de kosten gestegen.", 1)),
                DocKind.proposal);
        assertEquals("Gewijzigd voorstel van het college inzake verhoging van de reserve Grondexploitaties", m.title());
        assertEquals("Gemeente Zeeweide", m.organisation());
    }

    @Test
    void aProposalTitleCutMidPhraseContinuesButASectionHeadingIsNoContinuation() {
        Metadata cut = extractor.extract(List.of(
                Block.paragraph("Gemeente Zeeweide Postbus 400", 1),
                Block.paragraph("Voorstel van het college inzake een gewijzigde parkeerverordening en nieuwe tarieven voor de", 1),
                Block.paragraph("binnenstad van Zeeweide en de havenkom vanaf 2026", 1),
                Block.paragraph("Toelichting", 1),
                Block.paragraph("De tarieven worden jaarlijks aangepast aan de prijsontwikkeling.", 1)),
                DocKind.proposal);
        assertEquals("Voorstel van het college inzake een gewijzigde parkeerverordening en nieuwe tarieven voor de "
                + "binnenstad van Zeeweide en de havenkom vanaf 2026", cut.title());
        Metadata whole = extractor.extract(List.of(
                Block.paragraph("Voorstel van het college inzake het register van geheime stukken", 1),
                Block.paragraph("Toelichting", 1),
                Block.paragraph("Het register wordt elk halfjaar bijgewerkt.", 1)),
                DocKind.proposal);
        assertEquals("Voorstel van het college inzake het register van geheime stukken", whole.title());
    }

    @Test
    void aDecisionListIsOfTheMunicipalityWhoseOwnWebsiteItsHeaderPrintsNotOfOneItMentions() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Besluitenlijst", 1),
                Block.paragraph("Raad Datum en tijd 5 maart 2026, 19.30 uur Locatie Raadzaal "
                        + "Uitzending https://gemeentehofvantwente.raadsinformatie.nl/vergadering/1234", 1),
                Block.table(TableAnalyzerTest.table(1, 1, "Punt|Omschrijving|Besluit", "A|Vaststelling agenda|Conform",
                        "B|Zienswijze begroting 2027 Veiligheidsregio Twente|Conform",
                        "C|Jaarstukken 2025 Veiligheidsregio Twente|Conform",
                        "D|Motie over de kazerne van Veiligheidsregio Twente|Aangenomen",
                        "E|Motie over de meldkamer van Veiligheidsregio Twente|Verworpen")),
                Block.paragraph("De griffier, mevrouw C. de Vries", 1)),
                DocKind.decision_list);
        assertEquals("Gemeente Hof van Twente", m.organisation());
        assertEquals(List.of(), OwnWebsite.organisation(List.of("zie www.rijksoverheid.nl en info@voorbeeld.nl")).stream().toList());
        assertEquals("Provincie Overijssel", OwnWebsite.organisation(List.of("Postbus 10078 www.overijssel.nl")).orElseThrow());
        assertEquals("Gemeente Groningen", OwnWebsite.organisation(List.of("raad@groningen.nl")).orElseThrow());
    }

    @Test
    void aLetterWithItsReferenceStripAsColumnHeadsIsDatedByItsDatumColumnAndTitledByItsWholeSubject() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Provincie Zeeweide", 1),
                Block.paragraph("Postbus 900 4300 AA Zeeweide", 1),
                Block.table(TableAnalyzerTest.table(1, 1, "Datum|Kenmerk|Bijlagen|Uw brief", "04.03.2026|Z2026-118|2|")),
                Block.paragraph("Onderwerp: Brief aan de gemeenteraden over de zonneladders", 1),
                Block.paragraph("Datum verzending 12.03.2026", 1),
                Block.paragraph("Geachte leden van de raad,", 1),
                Block.paragraph("Met deze brief informeren wij u over de vastgestelde zonneladders.", 1),
                Block.paragraph("Gedeputeerde Staten van Zeeweide,", 1)), DocKind.letter);
        assertEquals(LocalDate.of(2026, 3, 4), m.documentDate());
        assertEquals("Brief aan de gemeenteraden over de zonneladders", m.title());
    }

    @Test
    void aScannedLetterWithItsLabelsStackedInTheMarginTakesTheStampedDateAndTheSubjectFromTheLineBeside() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Ministerie van Binnenlandse Zaken en", 1),
                Block.paragraph("Koninkrijksrelaties", 1),
                Block.paragraph("> Retouradres Postbus 20011 2500 EA Den Haag", 1),
                Block.paragraph("Datum", 1),
                Block.paragraph("Betreft", 1),
                Block.paragraph("Geachte", 1),
                Block.paragraph("1 4 MRT 2026 Beslissing op uw Woo-verzoek over de verbouwing van het archief", 1),
                Block.paragraph("In uw verzoek van 2 januari 2026 vraagt u om documenten over de verbouwing.", 1),
                Block.paragraph("Met vriendelijke groet,", 2),
                Block.paragraph("namens deze, het hoofd van de afdeling Archief", 2)), DocKind.letter);
        assertEquals(LocalDate.of(2026, 3, 14), m.documentDate());
        assertEquals("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", m.organisation());
        assertEquals("Beslissing op uw Woo-verzoek over de verbouwing van het archief", m.title());
        Metadata oneLine = extractor.extract(List.of(
                Block.paragraph("> Retouradres Postbus 20011 2500 EA Den Haag", 1),
                Block.paragraph("Datum Betreft", 1),
                Block.paragraph("21 april 2026 Geschilbesluit over de frequentie 4B", 1),
                Block.paragraph("Geachte heer, mevrouw,", 1),
                Block.paragraph("Hierbij ontvangt u ons besluit.", 1)), DocKind.letter);
        assertEquals(LocalDate.of(2026, 4, 21), oneLine.documentDate());
        assertEquals("Geschilbesluit over de frequentie 4B", oneLine.title());
        Metadata smudged = extractor.extract(List.of(
                Block.paragraph("> Retouradres Postbus 20011 2500 EA Den Haag", 1),
                Block.paragraph("Datum Betreft", 1),
                Block.paragraph(",_ ______ _", 1), // the scan's rule under the labels
                Block.paragraph("- 1 7 MEI 2026 - Besluit op uw verzoek over de zwemlessen -Geachte heer Pauw,", 1),
                Block.paragraph("Geachte heer, mevrouw,", 1),
                Block.paragraph("Hierbij ontvangt u mijn besluit.", 1)), DocKind.letter);
        assertEquals(LocalDate.of(2026, 5, 17), smudged.documentDate());
        assertEquals("Besluit op uw verzoek over de zwemlessen", smudged.title());
    }

    @Test
    void theLetterheadsAddressLabelIsNoTitle() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("> Retouradres Postbus 1234 2500 AA Den Haag", 1),
                Block.paragraph("Ministerie van Volksgezondheid, Welzijn en Sport", 1),
                Block.heading("Bezoekadres", 1, 2, null),
                Block.paragraph("Parnassusplein 5 2511 VX Den Haag", 1),
                Block.heading("Postadres", 1, 2, null),
                Block.heading("Geachte5.1.2.e", 1, 2, null), // the name blacked out, its ground read into the word
                Block.paragraph("Ik maak de verslagen openbaar.", 1)), DocKind.letter);
        assertEquals(null, m.title());
    }

    @Test
    void aLetterWithoutADatedHeaderIsDatedInItsSignature() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Beschikking op uw verzoek", 1),
                Block.paragraph("Van de Minister van Volksgezondheid, Welzijn en Sport", 1),
                Block.paragraph("Op 4 maart 2026 is verzocht om openbaarmaking van de verslagen.", 1),
                Block.paragraph("Ik maak de verslagen openbaar.", 1),
                Block.paragraph("Hoogachtend, de Minister van Volksgezondheid, Welzijn en Sport, namens deze, 21 mei 2026", 2)),
                DocKind.letter);
        assertEquals(LocalDate.of(2026, 5, 21), m.documentDate());
    }

    @Test
    void aSubjectLabelEndingTheDatesLineTakesTheNextLine() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Datum 2 april 2026 Betreft", 1),
                Block.paragraph("Antwoord op uw verzoek om de verslagen van de haventafel", 1),
                Block.paragraph("Pagina 1 van 3", 1),
                Block.paragraph("Directie Havens", 1),
                Block.paragraph("Geachte", 1),
                Block.paragraph("Op 3 maart 2026 vroeg u om de verslagen van de haventafel.", 1)), DocKind.letter);
        assertEquals("Antwoord op uw verzoek om de verslagen van de haventafel", m.title());
        assertEquals(LocalDate.of(2026, 4, 2), m.documentDate());
    }

    @Test
    void stackedLabelsWithTheStampedDateAndTheSubjectOnLinesOfTheirOwn() {
        // "Datum" and "Betreft" one under the other; the values follow in the same order, each on its own line
        Metadata m = extractor.extract(List.of(
                Block.paragraph("> Retouradres Postbus 20011 2500 EA Den Haag", 1),
                Block.paragraph("Kenmerk", 1),
                Block.paragraph("2026-0000118822", 1),
                Block.paragraph("Datum", 1),
                Block.paragraph("Betreft", 1),
                Block.paragraph("0 9 JUN 2026", 1),
                Block.paragraph("Beslissing op uw Woo-verzoek over de inhuur van adviseurs", 1),
                Block.paragraph("Geachte", 1),
                Block.paragraph("In uw verzoek van 4 februari 2026 vraagt u om documenten over de inhuur.", 1)), DocKind.letter);
        assertEquals(LocalDate.of(2026, 6, 9), m.documentDate());
        assertEquals("Beslissing op uw Woo-verzoek over de inhuur van adviseurs", m.title());
        // the salutation's label in the column too, and a cut redaction code between the labels and their values
        Metadata salutation = extractor.extract(List.of(
                Block.paragraph("> Retouradres Postbus 20011 2500 EA Den Haag", 1),
                Block.paragraph("Datum", 1),
                Block.paragraph("Betreft", 1),
                Block.paragraph("Geachte", 1),
                Block.paragraph(". . 2.e", 1),
                Block.paragraph("17 juni 2026", 1),
                Block.paragraph("Besluit op uw Woo-verzoek over de huur van dienstauto's", 1),
                Block.paragraph("In uw verzoek van 4 februari 2026 vraagt u om documenten over de huur.", 1)), DocKind.letter);
        assertEquals(LocalDate.of(2026, 6, 17), salutation.documentDate());
        assertEquals("Besluit op uw Woo-verzoek over de huur van dienstauto's", salutation.title());
    }

    @Test
    void aConsultationBetweenOrganisationsIsOfTheProvinceItsAttendanceLineNames() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Verslag bestuurlijk overleg zonnevelden Noordoever", 1),
                Block.paragraph("Dinsdag 3 maart 2026 14.00 – 15.00 uur", 1),
                Block.paragraph("Aanwezig: Piet Smit (gemeente Goes), Anna de Vries (provincie Zeeland), Kees Bos (gemeente Kapelle)", 1),
                Block.paragraph("De gemeenten vragen om meer ruimte voor zonnevelden op bedrijventerreinen.", 1),
                Block.paragraph("Afgesproken wordt dat de provincie een voorstel uitwerkt.", 1)), DocKind.minutes);
        assertEquals("Provincie Zeeland", m.organisation());
        assertEquals("Gemeente Alphen aan den Rijn", Attendance.organisation(List.of("Aanwezig: J. Vos (gemeente Alphen aan den Rijn)")).orElseThrow());
        assertTrue(Attendance.organisation(List.of("De gemeente Goes en de provincie Zeeland spraken af ...")).isEmpty(), "only the attendance line");
        assertEquals("Provincie Zeeland", Attendance.organisation(List.of("Aanwezig : Piet Smit (Goes), Anna de Vries",
                "(provincie Zeeland)", "Afwezig : Kees Bos (gemeente Kapelle)", "(provincie Utrecht)")).orElseThrow(), "wrapped onto the next line");
    }

    @Test
    void theExecutiveNamedInTheOpeningLinesIssuesThePaper() {
        Metadata gs = extractor.extract(List.of(
                Block.paragraph("Gedeputeerde Staten van Zeeland Datum 3 maart 2026", 1),
                Block.paragraph("Voorstel aan Provinciale Staten over de zonneladder", 1),
                Block.paragraph("Wij stellen voor de zonneladder vast te stellen, zoals besproken met Gemeente Goes.", 1)), DocKind.proposal);
        assertEquals("Provincie Zeeland", gs.organisation());
        Metadata bw = extractor.extract(List.of(
                Block.paragraph("Het college van burgemeester en wethouders van de gemeente Bergen op Zoom", 1),
                Block.paragraph("Raadsvoorstel over de herinrichting van de Markt", 1),
                Block.paragraph("Wij vragen de raad in te stemmen, na overleg met Provincie Noord-Brabant.", 1)), DocKind.proposal);
        assertEquals("Gemeente Bergen op Zoom", bw.organisation());
    }

    @Test
    void aRekenkamerReportUnderItsNameIsTitledByItsOwnTitleAndDatedByItsCoverMonth() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Rekenkamer Zeeweide", 1),
                Block.heading("Grip op jeugdzorg", 1, 1, null),
                Block.paragraph("Onderzoek naar de sturing op de jeugdzorg", 1),
                Block.paragraph("Maart 2026", 1),
                Block.heading("Samenvatting", 2, 1, null),
                Block.paragraph("De rekenkamer onderzocht in 2025 hoe de gemeente de jeugdzorg inkoopt.", 2)), DocKind.report);
        assertEquals("Grip op jeugdzorg", m.title());
        assertEquals("Rekenkamer Zeeweide", m.organisation());
        assertEquals(LocalDate.of(2026, 3, 1), m.documentDate());
    }

    @Test
    void aTitleOpeningWithTheWordOfASenderFieldIsStillATitle() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Rekenkamer Zeeweide", 1),
                Block.heading("Van melding tot maatregel", 1, 1, null),
                Block.paragraph("Onderzoek naar de afhandeling van meldingen, juni 2026", 1),
                Block.heading("Aanbevelingen", 2, 1, null),
                Block.paragraph("Wij bevelen het college aan de melders binnen vijf werkdagen te informeren.", 1)), DocKind.report);
        assertEquals("Van melding tot maatregel", m.title());
    }

    @Test
    void aCoverSubtitleEndingInItsDateDatesTheReport() {
        Metadata day = extractor.extract(List.of(
                Block.paragraph("Algemene Rekenkamer", 1),
                Block.heading("Grip op specifieke uitkeringen", 1, 1, null),
                Block.paragraph("Rapport bij het onderzoek naar de verantwoording van specifieke uitkeringen, 14 oktober 2026", 1),
                Block.heading("1 Inleiding", 2, 1, null),
                Block.paragraph("In 2025 ontvingen gemeenten 120 specifieke uitkeringen.", 1)), DocKind.report);
        assertEquals(LocalDate.of(2026, 10, 14), day.documentDate());
        Metadata month = extractor.extract(List.of(
                Block.paragraph("Rekenkamer Zeeweide", 1),
                Block.heading("Van melding tot maatregel", 1, 1, null),
                Block.paragraph("Onderzoek naar de afhandeling van meldingen openbare ruimte, juni 2026", 1),
                Block.heading("Aanbevelingen", 2, 1, null),
                Block.paragraph("Wij bevelen het college aan de melders binnen vijf werkdagen te informeren.", 1)), DocKind.report);
        assertEquals(LocalDate.of(2026, 6, 1), month.documentDate());
    }

    @Test
    void aMotionTitledWithItsNumberAndADashIsTitledSoNotByTheBodyAboveIt() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Provinciale Staten van Zeeveld", 1),
                Block.heading("Motie 14 – Fietssnelwegen", 1, 1, null),
                Block.paragraph("Provinciale Staten van Zeeveld, in vergadering bijeen op 17 juni 2026;", 1),
                Block.paragraph("Dragen Gedeputeerde Staten op om de ontbrekende schakel aan te leggen,", 1)), DocKind.motion);
        assertEquals("Motie 14 – Fietssnelwegen", m.title());
        Metadata minutes = extractor.extract(List.of(
                Block.paragraph("Provinciale Staten van Zeeveld", 1),
                Block.paragraph("Verslag Statencommissie Ruimte en Wonen", 1),
                Block.heading("Agendapunt 4: Omgevingsvisie", 2, 1, null),
                Block.paragraph("Gedeputeerde Van Dam licht het voorstel toe.", 1)), DocKind.minutes);
        assertEquals("Verslag Statencommissie Ruimte en Wonen", minutes.title());
    }

    @Test
    void aListHeadedByFieldWordsIsNoReferenceStripAndABodyWithItsPlaceTitlesNothing() {
        Table list = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Nr."), Cell.of("Datum"), Cell.of("Afzender"), Cell.of("Onderwerp")),
                List.of(Cell.of("1"), Cell.of("12-05-2027"), Cell.of("Ministerie"), Cell.of("Beschikking bijdrage 2027")),
                List.of(Cell.of("2"), Cell.of("20-05-2027"), Cell.of("Inspectie"), Cell.of("Aankondiging onderzoek")),
                List.of(Cell.of("3"), Cell.of("03-06-2027"), Cell.of("Gemeente Goes"), Cell.of("Zienswijze begroting"))),
                1, null, false);
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Veiligheidsregio Zeeveld", 1),
                Block.paragraph("Lijst ingekomen en verzonden stukken algemeen bestuur 2 juli 2027", 1),
                Block.table(list)), DocKind.document_list);
        assertEquals("Lijst ingekomen en verzonden stukken algemeen bestuur 2 juli 2027", m.title());
        Metadata agenda = extractor.extract(List.of(
                Block.paragraph("Gemeenteraad Zeewijk", 1),
                Block.heading("Agenda voor de openbare vergadering van de gemeenteraad", 1, 1, null),
                Block.paragraph("Datum: donderdag 8 juli 2027", 1)), DocKind.agenda);
        assertEquals("Agenda voor de openbare vergadering van de gemeenteraad", agenda.title());
    }

    @Test
    void aMunicipalRekenkamerCommitteeIsNamedByItsPlaceAndIsNoTitle() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Rekenkamercommissie Gemeente Westerzand", 1),
                Block.heading("Wachten op de wijkteams", 1, 1, null),
                Block.paragraph("Westerzand, 4 april 2026", 1),
                Block.heading("Aanbevelingen", 2, 1, null),
                Block.paragraph("Wij bevelen de raad aan het college te vragen elk jaar over de wachttijden te rapporteren.", 2)),
                DocKind.report);
        assertEquals("Rekenkamercommissie Gemeente Westerzand", m.organisation());
        assertEquals("Wachten op de wijkteams", m.title());
        assertEquals(List.of("Rekenkamer van de gemeente Oostwold", "Rekenkamer Metropool Zeewolde", "Rekenkamer Heuvelrug"),
                Organisations.mentions("Het onderzoek van de Rekenkamer van de gemeente Oostwold verscheen in mei, dat van de"
                        + " Rekenkamer Metropool Zeewolde in juni en dat van de Rekenkamer Heuvelrug in juli."));
        assertEquals(List.of("Gemeentelijke Ombudsman Waterdam", "Ombudsman Rijnmond-Zuid", "Kinderombudsman"),
                Organisations.mentions("De Gemeentelijke Ombudsman Waterdam en de Ombudsman Rijnmond-Zuid schreven samen met de"
                        + " Kinderombudsman een rapport."));
        assertEquals(List.of("Gemeenschappelijke Regeling Afvalschap Midden-Veen", "Veiligheidsregio Utrecht Midden"),
                Organisations.mentions("De Gemeenschappelijke Regeling Afvalschap Midden-Veen en de Veiligheidsregio Utrecht Midden"
                        + " vergaderen samen."));
    }

    @Test
    void aSendersNameNoListKnowsAboveATitlePrintedAsAHeadingIsNoTitle() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Samenwerkingsverband Drielanden", 1),
                Block.heading("Besluitenlijst van de vergadering van het algemeen bestuur van 2 oktober 2026", 1, 1, null),
                Block.paragraph("Besluit: de agenda wordt vastgesteld.", 1)), DocKind.decision_list);
        assertEquals("Besluitenlijst van de vergadering van het algemeen bestuur van 2 oktober 2026", m.title());
        Metadata numbered = extractor.extract(List.of(
                Block.paragraph("Grip op de jeugdhulp", 1),
                Block.heading("1 Inleiding", 1, 1, "1"),
                Block.paragraph("Wij onderzochten de jeugdhulp in Drielanden.", 1)), DocKind.report);
        assertEquals("Grip op de jeugdhulp", numbered.title());
    }

    @Test
    void aRekenkamerLetterAboveItsAddresseeIsIssuedByTheCommitteeItsSignatureNames() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Rekenkamercommissie Duinwijk", 1),
                Block.paragraph("Aan de gemeenteraad van Duinwijk\nPostbus 44\n1900 AB Duinwijk", 1),
                Block.paragraph("Datum: 9 februari 2027", 1),
                Block.paragraph("Onderwerp: Rekenkamerbrief leerlingenvervoer", 1),
                Block.paragraph("Geachte leden van de raad,", 1),
                Block.paragraph("Wij bieden u onze brief over het leerlingenvervoer aan.", 1),
                Block.paragraph("Met vriendelijke groet,", 1),
                Block.paragraph("De rekenkamercommissie Duinwijk,\nmr. H. Visser, voorzitter", 1)),
                DocKind.letter);
        assertEquals("Rekenkamercommissie Duinwijk", m.organisation());
        assertEquals("Rekenkamercommissie", m.body(), "the committee that signs, not the council it writes to");
        assertEquals(Optional.of("Gemeente Duinwijk"), CouncilOpening.councilNamed("Aan de gemeenteraad van Duinwijk Postbus 44 1900 AB Duinwijk"),
                "the address glued on is no part of the place");
    }

    @Test
    void aMotionTitledByItsKindAloneTakesItsSubjectAndACommitteesMinutesNameTheCommittee() {
        Metadata motion = extractor.extract(List.of(
                Block.paragraph("Motie vreemd aan de orde van de dag", 1),
                Block.paragraph("Onderwerp: Behoud van de buurtbus", 1),
                Block.paragraph("Provinciale Staten van Vechtland, in vergadering bijeen op 2 juni 2026,", 1),
                Block.paragraph("verzoeken het college van Gedeputeerde Staten met de vervoerder te overleggen,", 1)),
                DocKind.motion);
        assertEquals("Motie vreemd aan de orde van de dag: Behoud van de buurtbus", motion.title());
        Metadata minutes = extractor.extract(List.of(
                Block.paragraph("Gemeente Brakeloo", 1),
                Block.heading("Verslag commissie Ruimte en Wonen", 1, 1, null),
                Block.paragraph("Vergaderdatum: 4 oktober 2027", 1),
                Block.paragraph("De voorzitter opent de vergadering om 19.30 uur.", 1)),
                DocKind.minutes);
        assertEquals("Commissie Ruimte en Wonen", minutes.body());
    }

    @Test
    void aParliamentaryPaperIsTitledByItsNumberedLineNotByTheChamberSessionOrDossier() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Tweede Kamer der Staten-Generaal", 1),
                Block.paragraph("Vergaderjaar 2027–2028", 1),
                Block.paragraph("29 517 Brandweerzorg", 1),
                Block.paragraph("Nr. 301 MOTIE VAN HET LID DE GROOT", 1),
                Block.paragraph("Voorgesteld 12 november 2027", 1),
                Block.paragraph("De Kamer,", 1),
                Block.paragraph("verzoekt de regering, een plan op te stellen,", 1)),
                DocKind.motion);
        assertEquals("Nr. 301 MOTIE VAN HET LID DE GROOT", m.title());
        Metadata water = extractor.extract(List.of(Block.paragraph("Besluitenlijst Verenigde Vergadering", 1),
                Block.paragraph("De Verenigde Vergadering stelt de begroting vast.", 1)), DocKind.decision_list);
        assertEquals("Verenigde vergadering", water.body());
    }

    @Test
    void jointBodiesAndAWaterBoardOfTwoAreasKeepTheirWholeNames() {
        assertEquals(List.of("Gemeenschappelijke Regeling Sociaal Domein Zeeveld", "Metropoolregio Rotterdam Den Haag",
                "Recreatieschap Zeeveld"), Organisations.mentions("De Gemeenschappelijke Regeling Sociaal Domein Zeeveld en de "
                + "Metropoolregio Rotterdam Den Haag schrijven aan het Recreatieschap Zeeveld Postbus 12 te Goes."));
        assertEquals(List.of("Hoogheemraadschap van Zeeland en de Zuidwaard", "Hoogheemraadschap van Delfzand", "Provincie Zeeveld"),
                Organisations.mentions("Het Hoogheemraadschap van Zeeland en de Zuidwaard, het Hoogheemraadschap van Delfzand en de "
                        + "Provincie Zeeveld."));
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Gemeenschappelijke Regeling Sociaal Domein Zeeveld", 1),
                Block.paragraph("Besluitenlijst algemeen bestuur 12 maart 2027", 1),
                Block.paragraph("Het algemeen bestuur neemt kennis van de mededelingen.", 1)), DocKind.decision_list);
        assertEquals("Gemeenschappelijke Regeling Sociaal Domein Zeeveld", m.organisation());
        assertEquals("Besluitenlijst algemeen bestuur 12 maart 2027", m.title());
    }

    @Test
    void anOfficialGazettesMastheadIsNoTitle() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Provinciaal blad van de provincie Zeeveld", 1),
                Block.heading("Besluit van Provinciale Staten van Zeeveld van 2 juni 2027 tot vaststelling van de Fietsagenda", 1, 1, null),
                Block.paragraph("Provinciale Staten van Zeeveld,", 1),
                Block.paragraph("BESLUITEN:", 1),
                Block.paragraph("I. de Fietsagenda vast te stellen.", 1)),
                DocKind.proposal);
        assertEquals("Besluit van Provinciale Staten van Zeeveld van 2 juni 2027 tot vaststelling van de Fietsagenda", m.title());
    }

    @Test
    void anInspectionReportsCoverDatedByPlaceAndMonth() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Inspectie Zorg en Welzijn", 1),
                Block.heading("Toezicht op de wijkverpleging in de regio Kempenland", 1, 1, null),
                Block.paragraph("Eindhoven, juni 2026", 1),
                Block.heading("Samenvatting", 2, 1, null),
                Block.paragraph("De inspectie bezocht in 2025 zes aanbieders van wijkverpleging.", 2)), DocKind.inspection_report);
        assertEquals(LocalDate.of(2026, 6, 1), m.documentDate());
    }

    @Test
    void aGarbledSignatureNamesNoMinistryAndAPostNamesItsMinistry() {
        Metadata garbled = extractor.extract(List.of(
                Block.paragraph("Ministerie van Defensie", 1),
                Block.paragraph("> Retouradres Postbus 20701 2500 ES Den Haag", 1),
                Block.paragraph("Datum 27JUL 2026", 1),
                Block.paragraph("Betreft Besluit op uw Woo-verzoek", 1),
                Block.paragraph("Geachte heer De Boer,", 1),
                Block.paragraph("Ik heb besloten de gevraagde informatie openbaar te maken.", 1),
                Block.paragraph("Hoogachtend,", 1),
                Block.paragraph("De minister van Defensiie.,^ namens deze,", 1)), DocKind.letter);
        assertEquals("Ministerie van Defensie", garbled.organisation());
        assertEquals(LocalDate.of(2026, 7, 27), garbled.documentDate());
        Metadata post = extractor.extract(List.of(
                Block.paragraph("Geachte mevrouw Jansen,", 1),
                Block.paragraph("Uw verzoek om de notities over de rechtsbijstand wijs ik af.", 1),
                Block.paragraph("Met vriendelijke groet,", 1),
                Block.paragraph("De minister voor Rechtsbescherming, namens deze,", 1),
                Block.paragraph("het hoofd Juridische Zaken", 1)), DocKind.letter);
        assertEquals("Ministerie van Justitie en Veiligheid", post.organisation());
    }

    @Test
    void aLabelOrARedactionBlockIsNoTitle() {
        Metadata label = extractor.extract(List.of(
                Block.paragraph("Geachte heer Smit,", 1),
                Block.paragraph("Uw verzoek wijs ik af.", 1),
                Block.paragraph("Betreft", 1),
                Block.paragraph("Onze referentie", 2),
                Block.paragraph("2026.11437-12", 2)), DocKind.letter);
        assertNotEquals("Onze referentie", label.title());
        Metadata redacted = extractor.extract(List.of(
                Block.paragraph("█", 1),
                Block.heading("Beschikking op Woo-verzoek", 1, 1, null),
                Block.paragraph("Van de Minister van Wegen en Kusten", 1),
                Block.paragraph("Ik maak het document openbaar.", 1)), DocKind.letter);
        assertEquals("Beschikking op Woo-verzoek", redacted.title());
        Metadata numbered = extractor.extract(List.of(
                Block.paragraph("4.2026.0412.003 1", 1),
                Block.paragraph("Tweede deelbeschikking op Woo-verzoek van de Minister van Wegen en Kusten", 1),
                Block.paragraph("Aanleiding", 1),
                Block.paragraph("Op 2 april 2026 is een verzoek ontvangen om openbaarmaking van de verslagen.", 1),
                Block.heading("Sluis Noord", 1, 2, null),
                Block.paragraph("De documenten 4 tot en met 9 maak ik openbaar.", 1)), DocKind.letter);
        assertEquals("Tweede deelbeschikking op Woo-verzoek van de Minister van Wegen en Kusten", numbered.title(),
                "a decision without a letterhead titled under its file number, not by its first section");
    }

    @Test
    void aSubjectDoesNotRunOnIntoTheLetterheadsColumn() {
        Metadata glued = extractor.extract(List.of(
                Block.paragraph("Datum 4 maart 2026", 1),
                Block.paragraph("Betreft: Woo-besluit 26-0114 directie Toezicht team openbaarmaking Laan 5 3500 AA Utrecht Postbus 400 www.voorbeeld.nl", 1),
                Block.paragraph("Geachte heer Smit,", 1),
                Block.paragraph("Ik heb besloten uw verzoek toe te wijzen.", 1)), DocKind.letter);
        assertEquals("Woo-besluit 26-0114", glued.title());
        Metadata table = extractor.extract(List.of(
                Block.table(TableAnalyzerTest.table(1, 0, "Datum|25 april 2026|", "Betreft|Uw Woo-verzoek|Kenmerk Z1-2026-118")),
                Block.paragraph("Geachte mevrouw Bos,", 1),
                Block.paragraph("Ik heb besloten uw verzoek toe te wijzen.", 1)), DocKind.letter);
        assertEquals("Uw Woo-verzoek", table.title());
        assertEquals("Besluit over de afdeling Noord", HeaderFields.withoutLetterhead("Besluit over de afdeling Noord"), "no address, no cut");
    }

    @Test
    void aSentenceNamingTheChairIsNoSignOffSoTheBodyItCitesIsNoIssuer() {
        Metadata m = extractor.extract(List.of(
                Block.heading("Besluitenlijst dagelijks bestuur", 1, 1, null),
                Block.paragraph("Vergadering van 12 maart 2026", 1),
                Block.paragraph("Locatie: kazerne Strandwijk", 1),
                Block.heading("0. Opening en mededelingen", 1, 1, "0"),
                Block.heading("1. Jaarverslag 2025 Veiligheidsregio Noordkust", 1, 1, "1"),
                Block.paragraph("Vastgesteld.", 1),
                Block.paragraph("B. Onderwerpen die bij de voorzitter zijn aangemeld en niet op de agenda staan", 1),
                Block.paragraph("1. Uitspraak van de Raad van State over de kazerne in Strandwijk", 1)), DocKind.decision_list);
        assertEquals("Veiligheidsregio Noordkust", m.organisation());
    }

    @Test
    void aHandlingMarkAboveANoteIsNoTitle() {
        Metadata m = extractor.extract(List.of(
                Block.heading("TER ONDERTEKENING", 1, 1, null),
                Block.paragraph("Aan: Minister", 1),
                Block.paragraph("Nota Kamerbrief voortgang dijkversterking Lekdijk", 1),
                Block.heading("Geadviseerd besluit", 1, 1, null),
                Block.paragraph("Instemmen met de Kamerbrief en deze ondertekenen.", 1)), DocKind.proposal);
        assertEquals("Nota Kamerbrief voortgang dijkversterking Lekdijk", m.title());
    }

    @Test
    void aHeaderGridReadRowByRowGivesTheValuesBelowTheLabelsEndingALine() {
        Metadata m = extractor.extract(List.of(
                Block.paragraph("Gemeente Oostrand team Financiën Raadhuisplein 1 7411 AA Oostrand ons kenmerk behandeld door "
                        + "2026-0412 J. de Vries datum telefoon e-mail", 1),
                Block.paragraph("3 maart 2026 14 0570 info@oostrand.nl onderwerp", 1),
                Block.paragraph("Afdoening toezeggingen commissie Bestuur 12-02-2026", 1),
                Block.paragraph("Geachte commissieleden,", 1),
                Block.paragraph("In de commissievergadering van 12 februari 2026 heb ik u enkele toezeggingen gedaan.", 1),
                Block.paragraph("Hoogachtend,", 1),
                Block.paragraph("de wethouder Financiën", 1)), DocKind.letter);
        assertEquals("Afdoening toezeggingen commissie Bestuur 12-02-2026", m.title());
        assertEquals(LocalDate.of(2026, 3, 3), m.date());
    }

    @Test
    void aSafetyBoardReportIsIssuedByTheBoardNotByABodyItAddresses() {
        Metadata m = extractor.extract(List.of(
                Block.heading("Onderzoeksraad voor Veiligheid", 1, 1, null),
                Block.heading("Vast in de lift", 1, 1, null),
                Block.paragraph("Lessen uit incidenten met liften in woongebouwen", 1),
                Block.paragraph("Den Haag, september 2026", 1),
                Block.heading("Aanbevelingen", 1, 1, null),
                Block.paragraph("Aan de Vereniging van Nederlandse Gemeenten:", 1),
                Block.listItem("1. Informeer de gemeenten over het toezicht op liften.", 1, 1, "1.")), DocKind.report);
        assertEquals("Onderzoeksraad voor Veiligheid", m.organisation());
        assertEquals("Vast in de lift", m.title());
    }

    @Test
    void aTitleNamingItsKindAndSubjectIsPreferredToALogoOrAHeaderWithANumberOnly() {
        Metadata minutes = extractor.extract(List.of(
                Block.paragraph("- 1 -", 1),
                Block.heading("DRIE ≈ POLDERS", 1, 1, null),
                Block.paragraph("Verslag van de openbare vergadering van het algemeen bestuur van woensdag 9 april 2031", 1),
                Block.paragraph("Plaats: waterschapshuis", 1),
                Block.heading("1. Opening", 1, 1, "1.")), DocKind.minutes);
        assertEquals("Verslag van de openbare vergadering van het algemeen bestuur van woensdag 9 april 2031", minutes.title());

        Metadata letter = extractor.extract(List.of(
                Block.paragraph("Raadsinformatiebrief 2031-017", 1),
                Block.paragraph("Aan de leden van de gemeenteraad", 1),
                Block.paragraph("Datum 14 maart 2031", 1),
                Block.paragraph("Raadsinformatiebrief: stand van zaken nieuwbouw sporthal", 1),
                Block.paragraph("Geachte leden van de raad,", 1)), DocKind.letter);
        assertEquals("Raadsinformatiebrief: stand van zaken nieuwbouw sporthal", letter.title());

        Metadata proposal = extractor.extract(List.of(
                Block.paragraph("Statenvoorstel PS-2031-031 • pagina 1 van 3", 1),
                Block.paragraph("Statenvoorstel Programma Vitale Dorpen", 1),
                Block.heading("1 Aanleiding", 1, 1, "1")), DocKind.proposal);
        assertEquals("Statenvoorstel Programma Vitale Dorpen", proposal.title());

        Metadata decided = extractor.extract(List.of(
                Block.heading("Vaststelling Verordening duurzaamheidslening Vechtland 2031", 1, 1, null),
                Block.paragraph("Raadsvoorstel nr. 2031-031 van 25 maart 2031", 1),
                Block.paragraph("De raad van de gemeente Vechtland, gelezen het voorstel van het college,", 1)), DocKind.proposal);
        assertEquals("Vaststelling Verordening duurzaamheidslening Vechtland 2031", decided.title(), "a kind with a number only says less");

        Metadata motion = extractor.extract(List.of(
                Block.paragraph("Motie M2031-04 · pagina 1", 1),
                Block.paragraph("Gemeente Vechtland Gemeenteraad", 1),
                Block.paragraph("Motie nr. M2031-04", 1),
                Block.heading("MOTIE VREEMD AAN DE", 1, 1, null),
                Block.paragraph("ORDE VAN DE DAG Speeltuin Beukenlaan blijft open", 1),
                Block.paragraph("De raad van de gemeente Vechtland, in vergadering bijeen op 4 maart 2031,", 1)), DocKind.motion);
        assertFalse(motion.title().contains("pagina"), "a running footer that ends on its page number is no title: " + motion.title());
    }

    @Test
    void aReportsQuestionTitleGoesOnWithTheStudyItsSubtitleNames() {
        Metadata m = extractor.extract(List.of(
                Block.heading("REKENKAMER ZEEWEIDE", 1, 1, null),
                Block.paragraph("Grip op de gymzalen?", 1),
                Block.paragraph("Onderzoek naar het onderhoud van de sportaccommodaties in de gemeente Zeeweide", 1),
                Block.paragraph("Rapport van bevindingen, conclusies en aanbevelingen", 1),
                Block.paragraph("Vastgesteld op 2 maart 2026", 1)), DocKind.report);
        assertEquals("Grip op de gymzalen? Onderzoek naar het onderhoud van de sportaccommodaties in de gemeente Zeeweide", m.title());
    }
}
