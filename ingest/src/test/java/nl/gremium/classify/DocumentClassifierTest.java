package nl.gremium.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {
    private final DocumentClassifier classifier = new DocumentClassifier();

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
    void minutesQuoteProposalsButAnnounceThemselves() {
        assertEquals(DocKind.minutes, classifier.classify(doc("# Verslag", "Van: Algemeen bestuur", "Datum: 3 maart 2026",
                "Aanwezig: mevrouw A. Jansen (voorzitter), de heer B. Smit", "# 1. Opening",
                "De voorzitter opent de vergadering om 14.00 uur.", "# 2. Kadernota 2027",
                "Het algemeen bestuur wordt voorgesteld te besluiten de kadernota vast te stellen.",
                "De heer Smit geeft aan dat de indexering hoog is.", "Het algemeen bestuur besluit conform voorstel.",
                "# 3. Sluiting", "De voorzitter sluit de vergadering om 15.10 uur.")));
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
    void reportNeedsStructureElseOther() {
        assertEquals(DocKind.report, classifier.classify(doc("# Evaluatie oefenbeleid 2025", "# 1. Inleiding", "Tekst.",
                "# 2. Aanleiding", "Tekst.", "# 3. Conclusies", "Tekst.")));
        assertEquals(DocKind.other, classifier.classify(doc("Korte mededeling over de bereikbaarheid van de kazerne.")));
    }

    @Test
    void motionsAndAmendmentsByTitleAndFormula() {
        assertEquals(DocKind.motion, classifier.classify(doc("Stuknummer: M3", "Motie: Groene schoolpleinen",
                "Indiener: Els Kok, D66", "De raad van de gemeente Vechtland, in vergadering bijeen op 2 april 2026,",
                "Constaterende dat veel schoolpleinen versteend zijn;", "Verzoekt het college:",
                "in 2027 vijf schoolpleinen te vergroenen;", "En gaat over tot de orde van de dag.")));
        assertEquals(DocKind.amendment, classifier.classify(doc("Amendement: Eerlijke tarieven",
                "Indiener: Bram Vos (SP)", "De raad van de gemeente Vechtland, in vergadering bijeen op 2 april 2026,",
                "ter bespreking van het Voorstel van het college inzake de Tarievennota 2027,",
                "Besluit om beslispunt 2 als volgt te wijzigen:", "2. de tarieven met 2% te verhogen.")));
    }

    @Test
    void aRaadsbesluitUnderALetterheadIsAProposal() {
        assertEquals(DocKind.proposal, classifier.classify(doc("Gemeente Vechtland", "Datum", "4 maart 2026",
                "Ons kenmerk", "RV/2026/12", "Voorstel van het college inzake de Tarievennota 2027",
                "De tarieven stijgen met de inflatie.",
                "Gezien het vorenstaande stelt het college de raad voor het volgende besluit te nemen:",
                "de raad van de gemeente Vechtland, gezien het voorstel van het college, besluit:",
                "I. de Tarievennota 2027 vast te stellen.",
                "Aldus besloten in de openbare raadsvergadering van 2 april 2026.")));
    }
}
