package nl.gremium.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import org.junit.jupiter.api.Test;

/** A report, a note or a motion dates itself in a colophon, at the top or in its closing lines; mentions do not count. */
class PrintedDateTest {
    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void reportDatedInItsColophonLine() {
        LocalDate d = extractor.extract(List.of(
                Block.heading("Water tot aan de lippen", 1, 1, null),
                Block.paragraph("Onderzoek naar de voorbereiding van drie regio's op hoogwater in de winter", 1),
                Block.paragraph("Uitgever Rekenkamer Oostrand Datum 4 november 2025 Plaats Deventer", 1),
                Block.heading("Samenvatting", 2, 1, null),
                Block.paragraph("Op 12 januari 2024 liep de kelder van het gemeentehuis onder. Wij onderzochten daarna de "
                        + "plannen van alle drie de regio's en spraken met hun bestuurders.", 2)), DocKind.report).documentDate();
        assertEquals(LocalDate.of(2025, 11, 4), d);
    }

    @Test
    void motionDatedByItsAdoptionLineAtTheEnd() {
        LocalDate d = extractor.extract(List.of(
                Block.heading("Motie: zwemles voor iedereen", 1, 1, null),
                Block.paragraph("De raad, in vergadering bijeen, overwegende dat in 2023 een op de tien kinderen zonder "
                        + "diploma de basisschool verliet, verzoekt het college een plan op te stellen.", 1),
                Block.paragraph("En gaat over tot de orde van de dag.", 1),
                Block.paragraph("Aldus vastgesteld in de openbare vergadering van 18 september 2025.", 2)), DocKind.motion)
                .documentDate();
        assertEquals(LocalDate.of(2025, 9, 18), d);
    }

    @Test
    void noteSignedWithPlaceAndDate() {
        LocalDate d = extractor.extract(List.of(
                Block.heading("Notitie inzet vrijwilligers", 1, 1, null),
                Block.paragraph("In het voorjaar van 2025 meldden zich minder vrijwilligers dan in eerdere jaren. Deze "
                        + "notitie zet de oorzaken op een rij en doet drie voorstellen.", 1),
                Block.paragraph("Lemelerveld, 2 juni 2025", 1)), DocKind.report).documentDate();
        assertEquals(LocalDate.of(2025, 6, 2), d);
    }

    @Test
    void aDecisionDatedOverItsSignatureWithItsObjectionClauseAndAnnexAfterIt() {
        List<Block> blocks = new ArrayList<>(List.of(
                Block.heading("Beschikking op Woo-verzoek", 1, 1, null),
                Block.paragraph("Op 2 mei 2026 is een verzoek ontvangen om de verslagen van het waterberaad.", 1),
                Block.paragraph("Ik maak de verslagen gedeeltelijk openbaar.", 1)));
        for (int i = 1; i <= 24; i++) {
            blocks.add(Block.paragraph("Verslag " + i + " bevat namen van medewerkers, die ik onleesbaar maak.", 1));
        }
        blocks.addAll(List.of(
                Block.paragraph("Datum: 14 juli 2026", 2),
                Block.paragraph("Ondertekening de Minister van Wegen en Kusten, namens deze,", 2),
                Block.heading("Bezwaarclausule", 2, 1, null),
                Block.paragraph("Tegen dit besluit kunt u binnen zes weken bezwaar maken.", 2),
                Block.heading("Bijlage 1 Relevante artikelen uit de Woo", 3, 1, null)));
        for (int i = 1; i <= 14; i++) {
            blocks.add(Block.paragraph("Artikel " + i + " bevat een bepaling over openbaarmaking.", 3));
        }
        assertEquals(LocalDate.of(2026, 7, 14), extractor.extract(blocks, DocKind.letter).documentDate());
    }

    @Test
    void dateOnlyMentionedInRunningTextIsNoDocumentDate() {
        LocalDate d = extractor.extract(List.of(
                Block.heading("Notitie inzet vrijwilligers", 1, 1, null),
                Block.paragraph("Sinds 1 maart 2024 werken de posten met een nieuw rooster dat door de ploegen zelf is "
                        + "opgesteld en sindsdien twee keer is bijgesteld.", 1)), DocKind.report).documentDate();
        assertNull(d);
    }

    @Test
    void aSentenceNarratingAnEarlierSigningIsNoAdoptionLine() {
        // a decision note: its date is its own "Datum" field, not the day an earlier agreement was signed
        List<Block> note = List.of(
                Block.heading("TER BESLISSING", 1, 1, null),
                Block.paragraph("Datum", 1),
                Block.paragraph("4 februari 2026", 1),
                Block.heading("Geadviseerd besluit", 1, 1, null),
                Block.paragraph("Instemmen met de Kamerbrief over het waterakkoord en deze ondertekenen.", 1),
                Block.heading("Toelichting", 1, 1, null),
                Block.paragraph("Op 3 oktober 2025 heeft u met de drie waterschappen een intentieverklaring ondertekend.", 1));
        assertEquals(LocalDate.of(2026, 2, 4), extractor.extract(note, DocKind.proposal).date());
    }

    @Test
    void parliamentaryMotionDatedByTheLineGluedToItsTitle() {
        LocalDate d = extractor.extract(List.of(
                Block.paragraph("Tweede Kamer der Staten-Generaal 2", 1),
                Block.paragraph("36 480 Natuurbeheer", 1),
                Block.paragraph("Nr. 23 MOTIE VAN DE LEDEN DE GROOT EN VAN DAM Voorgesteld 11 maart 2026", 1),
                Block.paragraph("De Kamer, gehoord de beraadslaging, overwegende dat het aantal boswachters sinds 2019 daalt;", 1),
                Block.paragraph("verzoekt de regering een plan op te stellen,", 1),
                Block.paragraph("en gaat over tot de orde van de dag.", 1)), DocKind.motion).date();
        assertEquals(LocalDate.of(2026, 3, 11), d);
    }

    @Test
    void aCoverLineOfFieldsSideBySideDatesTheReport() {
        LocalDate d = extractor.extract(List.of(
                Block.heading("INSPECTIE OPENBARE ORDE EN VEILIGHEID", 1, 1, null),
                Block.paragraph("Wachten op de meldkamer", 1),
                Block.paragraph("Den Haag, 12 december 2031 | Kenmerk IOOV-2031/0385 | Openbaar rapport", 1),
                Block.heading("Samenvatting", 1, 1, null),
                Block.paragraph("In 2030 nam het aantal meldingen toe.", 1)), DocKind.inspection_report).documentDate();
        assertEquals(LocalDate.of(2031, 12, 12), d);
    }

    @Test
    void aDateAloneAmongFieldsSideBySideDatesTheLetter() {
        LocalDate d = extractor.extract(List.of(
                Block.paragraph("Gemeente Vechtland", 1),
                Block.paragraph("Rapportage opvolging aanbevelingen rekenkamer", 1),
                Block.paragraph("Raadsinformatiebrief van het college van burgemeester en wethouders · 4 maart 2031 · zaaknummer Z/31/0411", 1),
                Block.heading("1. Inleiding", 1, 1, "1"),
                Block.paragraph("De rekenkamer onderzocht in 2029 de schuldhulpverlening.", 1)), DocKind.report).documentDate();
        assertEquals(LocalDate.of(2031, 3, 4), d);
    }
}
