package nl.gremium.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import org.junit.jupiter.api.Test;

class AgendaSegmenterTest {
    private final AgendaSegmenter segmenter = new AgendaSegmenter();

    @Test
    void minutesThatAnnounceLetteredItemsAreSegmentedByTheAnnouncement() {
        List<Block> blocks = List.of(
                Block.paragraph("Verslag van de openbare vergadering van de raad", 1),
                Block.paragraph("A. Vaststelling agenda", 1), // the agenda at the top is not where items start
                Block.paragraph("B. Voorstel inzake de Groenvisie", 1),
                Block.paragraph("Aan de orde is:", 2),
                Block.paragraph("A. Vaststelling agenda.", 2),
                Block.paragraph("De voorzitter. Kan de raad met de agenda instemmen? Dat is het geval.", 2),
                Block.listItem("Er zijn drie zaken die wij noemen.", 2, 1, "1."),
                Block.paragraph("Aan de orde is: B.1 Voorstel van het college inzake de Groenvisie (RIS100001).", 3),
                Block.paragraph("Mevrouw De Wit (Groen). Voorzitter. Wij steunen dit voorstel.", 3),
                Block.paragraph("Aan de orde is:", 4),
                Block.paragraph("Mondelinge vragen.", 4),
                Block.paragraph("De heer Bos (Wijkpartij). U bent te laat, voorzitter.", 4),
                Block.paragraph("Aan de orde is:", 5),
                Block.paragraph("B.1 Voorstel van het college inzake de Groenvisie (RIS100001).", 5),
                Block.paragraph("Het voorstel wordt aangenomen.", 5),
                Block.paragraph("Aan de orde is:", 6),
                Block.paragraph("C. Stemmingen.", 6),
                Block.listItem("- Vaststelling agenda (nogmaals).", 6, 1, null),
                Block.paragraph("In stemming komt motie A.1.", 6),
                Block.paragraph("De motie wordt aangenomen.", 6));
        List<AgendaItem> items = segmenter.segment(blocks, DocKind.minutes);
        assertEquals(Arrays.asList("A", "B.1", null, "B.1", "C"), items.stream().map(AgendaItem::number).toList(),
                "a two-word title repeated is too short to be sure of");
        List<Block> votes = new ArrayList<>(blocks);
        votes.set(17, Block.listItem("- Voorstel van het college inzake de Groenvisie (RIS100001) en bijlagen.", 6, 1, null));
        List<AgendaItem> withVotes = segmenter.segment(votes, DocKind.minutes);
        assertEquals(Arrays.asList("A", "B.1", null, "B.1", "C", "B.1"), withVotes.stream().map(AgendaItem::number).toList());
        assertTrue(withVotes.get(5).text().contains("motie A.1"), "the votes under the item whose title heads them");
        assertFalse(withVotes.get(4).text().contains("motie A.1"));
        assertEquals("Vaststelling agenda", items.get(0).title());
        assertEquals("Voorstel van het college inzake de Groenvisie (RIS100001)", items.get(1).title());
        assertEquals("Mondelinge vragen", items.get(2).title());
        assertEquals(4, items.get(0).blockStart());
        assertEquals(7, items.get(0).blockEnd(), "up to the next announcement");
        assertTrue(items.get(3).text().contains("aangenomen"), "a return to an item (its votes) is an item of its own");
        assertEquals(List.of(), segmenter.segment(blocks.subList(0, 6), DocKind.minutes).stream()
                .filter(i -> i.number() != null && i.number().equals("B")).toList(), "one announcement is not an outline");
    }

    @Test
    void minutesItemsNestAndIgnoreNumberedDecisionLists() {
        List<Block> blocks = List.of(
                Block.heading("Verslag", 1, 1, null),
                Block.heading("Opening", 1, 2, "1."),
                Block.paragraph("De voorzitter opent de vergadering.", 1),
                Block.heading("BESLUITVORMEND", 1, 2, "2."),
                Block.heading("Kadernota 2027", 1, 3, "2.1."),
                Block.paragraph("Het algemeen bestuur wordt voorgesteld:", 1),
                Block.listItem("In te stemmen met de kadernota", 2, 1, "1."),
                Block.listItem("De raden te informeren", 2, 1, "2."),
                Block.heading("Programmabegroting 2027", 2, 3, "2.2"),
                Block.paragraph("Besluit conform voorstel.", 2),
                Block.heading("Sluiting", 3, 2, "3."),
                Block.paragraph("Om 16.00 uur sluit de voorzitter de vergadering.", 3));
        List<AgendaItem> items = segmenter.segment(blocks, DocKind.minutes);
        assertEquals(List.of("1", "2", "2.1", "2.2", "3"), items.stream().map(AgendaItem::number).toList());
        AgendaItem two = items.get(1);
        assertEquals("BESLUITVORMEND", two.title());
        assertEquals(3, two.blockStart());
        assertEquals(10, two.blockEnd());
        AgendaItem kadernota = items.get(2);
        assertEquals("Kadernota 2027", kadernota.title());
        assertEquals(1, kadernota.pageStart());
        assertEquals(2, kadernota.pageEnd());
        assertTrue(kadernota.text().contains("De raden te informeren"));
        assertFalse(kadernota.text().contains("Programmabegroting"));
    }

    @Test
    void agendaItemsFromNumberedParagraphs() {
        List<Block> blocks = List.of(
                Block.paragraph("AGENDA", 1),
                Block.paragraph("Datum: 3 maart 2026", 1),
                Block.paragraph("1. Opening en vaststelling agenda", 1),
                Block.paragraph("2. Verslag vergadering 10 februari 2026", 1),
                Block.paragraph("2.1 Actielijst", 1),
                Block.paragraph("3. Rondvraag", 1));
        List<AgendaItem> items = segmenter.segment(blocks, DocKind.agenda);
        assertEquals(List.of("1", "2", "2.1", "3"), items.stream().map(AgendaItem::number).toList());
        assertEquals("Verslag vergadering 10 februari 2026", items.get(1).title());
        List<AgendaItem> college = segmenter.segment(List.of(
                Block.paragraph("Besluitenlijst college van burgemeester en wethouders", 1),
                Block.listItem("1. Verkoop perceel Dorpsstraat 4 Portefeuillehouder: wethouder Smit", 1, 1, "1."),
                Block.paragraph("Besluit: conform.", 1),
                Block.listItem("2. Subsidie speeltuinvereniging Portefeuillehouder: wethouder Bos", 1, 1, "2."),
                Block.paragraph("Besluit: aangehouden.", 1)), DocKind.decision_list);
        assertEquals(List.of("Verkoop perceel Dorpsstraat 4", "Subsidie speeltuinvereniging"),
                college.stream().map(AgendaItem::title).toList(), "a field run into the title line is no part of it");
    }

    @Test
    void itemsNamedAgendapuntMayStartPastOneAndPutADashBeforeTheirTitle() {
        List<AgendaItem> items = segmenter.segment(List.of(
                Block.paragraph("Besluitenlijst Verenigde Vergadering", 1),
                Block.paragraph("Agendapunt 4 – Begroting 2028", 1),
                Block.paragraph("De Verenigde Vergadering stelt de begroting 2028 vast.", 1),
                Block.paragraph("Agendapunt 5 – Motie Zuinig met zoetwater", 1),
                Block.paragraph("De motie wordt met 14 stemmen voor en 16 stemmen tegen verworpen.", 1)), DocKind.decision_list);
        assertEquals(List.of("4", "5"), items.stream().map(AgendaItem::number).toList());
        assertEquals(List.of("Begroting 2028", "Motie Zuinig met zoetwater"), items.stream().map(AgendaItem::title).toList());
        assertEquals(List.of(), segmenter.segment(List.of(Block.paragraph("Besluitenlijst", 1), Block.paragraph("4 Begroting 2028", 1),
                Block.paragraph("Vastgesteld.", 1)), DocKind.decision_list), "a bare number past one opens no list");
        assertEquals(List.of(), segmenter.segment(List.of(Block.paragraph("Voorstel van het presidium inzake het reglement", 1),
                Block.paragraph("1. Toegevoegd wordt een nieuw artikel 3a luidende:", 1),
                Block.paragraph("Artikel 3a Spreektijd", 1)), DocKind.proposal), "an instruction ending in a colon heads no item");
    }

    @Test
    void letteredSubItemsAreItemsUnderTheirNumber() {
        List<Block> agenda = List.of(
                Block.paragraph("Agenda van de vergadering van het algemeen bestuur", 1),
                Block.paragraph("1. Opening", 1),
                Block.paragraph("2. Hamerstukken", 1),
                Block.paragraph("2a. Wijziging van de gemeenschappelijke regeling", 1),
                Block.paragraph("2b. Benoeming van de accountant", 1),
                Block.paragraph("3. Bespreekstukken", 1),
                Block.paragraph("3a. Ontwerpbegroting 2027", 1),
                Block.paragraph("4. Sluiting", 1));
        List<AgendaItem> items = segmenter.segment(agenda, DocKind.agenda);
        assertEquals(List.of("1", "2", "2a", "2b", "3", "3a", "4"), items.stream().map(AgendaItem::number).toList());
        assertEquals("Benoeming van de accountant", items.get(3).title());
        assertEquals(5, items.get(1).blockEnd(), "item 2 holds its sub-items 2a and 2b");

        List<Block> decisions = List.of(
                Block.paragraph("Besluitenlijst van de vergadering van het algemeen bestuur", 1),
                Block.heading("1. Opening", 1, 1, "1"),
                Block.paragraph("De voorzitter opent de vergadering.", 1),
                Block.heading("2a. Wijziging van de gemeenschappelijke regeling", 1, 2, "2a"),
                Block.paragraph("Besluit: conform voorstel.", 1),
                Block.heading("2b. Benoeming van de accountant", 1, 2, "2b"),
                Block.paragraph("Besluit: conform voorstel.", 1),
                Block.heading("4. Sluiting", 1, 1, "4"));
        assertEquals(List.of("1", "2a", "2b", "4"),
                segmenter.segment(decisions, DocKind.decision_list).stream().map(AgendaItem::number).toList(),
                "an item's letters may follow the item before it when the item itself has no line of its own");
    }

    @Test
    void outlineContinuation() {
        assertTrue(AgendaSegmenter.continues(new int[] {5, 2}, new int[] {5, 3}, 1));
        assertTrue(AgendaSegmenter.continues(new int[] {5, 2}, new int[] {6}, 1));
        assertTrue(AgendaSegmenter.continues(new int[] {5, 2}, new int[] {6, 1}, 1));
        assertTrue(AgendaSegmenter.continues(new int[] {5}, new int[] {5, 1}, 1));
        assertFalse(AgendaSegmenter.continues(new int[] {5, 2}, new int[] {1}, 1));
        assertFalse(AgendaSegmenter.continues(new int[] {5, 2}, new int[] {5, 2}, 1));
        assertFalse(AgendaSegmenter.continues(new int[] {2}, new int[] {5}, 1));
    }

    @Test
    void unnumberedDecisionListBySubjectHeadingsAndOtherKindsNotSegmented() {
        List<Block> blocks = List.of(
                Block.heading("Besluiten dagelijks bestuur 4 maart 2026", 1, 1, null),
                Block.heading("Jaarrekening 2025", 1, 2, null),
                Block.paragraph("Het dagelijks bestuur heeft besloten de jaarrekening vast te stellen.", 1),
                Block.heading("Inkoopbeleid", 1, 2, null),
                Block.paragraph("Het dagelijks bestuur heeft besloten het inkoopbeleid te actualiseren.", 1));
        List<AgendaItem> items = segmenter.segment(blocks, DocKind.decision_list);
        assertEquals(List.of("Jaarrekening 2025", "Inkoopbeleid"), items.stream().map(AgendaItem::title).toList());
        assertNull(items.get(0).number());
        assertTrue(segmenter.segment(blocks, DocKind.letter).isEmpty());
    }

    @Test
    void aDecisionListsNumberedSubjectLinesAreItemsThoughOneLastHeadingIsNumbered() {
        List<Block> blocks = List.of(
                Block.heading("Besluitenlijst college 3 februari 2026", 1, 1, null),
                Block.paragraph("1 Vaststelling besluitenlijst 27 januari 2026", 1),
                Block.paragraph("Besluit: Vastgesteld.", 1),
                Block.paragraph("2 Beantwoording vragen raadslid mevrouw P. Verbeek (Stadsbelang) over de verlichting van het fietspad langs de Dijkweg", 1),
                Block.paragraph("Besluit:", 1),
                Block.listItem("1. De antwoorden vast te stellen;", 1, 1, "1."),
                Block.listItem("2. De antwoorden aan de raad te zenden.", 1, 1, "2."),
                Block.paragraph("3 Subsidie dorpshuis Westeinde", 1),
                Block.paragraph("Besluit: Conform advies.", 1),
                Block.heading("4 Rondvraag", 1, 2, null));
        List<AgendaItem> items = segmenter.segment(blocks, DocKind.decision_list);
        assertEquals(List.of("1", "2", "3", "4"), items.stream().map(AgendaItem::number).toList());
        assertEquals("Beantwoording vragen raadslid mevrouw P. Verbeek (Stadsbelang) over de verlichting van het fietspad langs de Dijkweg",
                items.get(1).title(), "an initial's dot ends no title");
    }

    @Test
    void decisionListSubjectsRunTogetherWithTheFormula() {
        List<Block> blocks = List.of(
                Block.paragraph("Besluiten dagelijks bestuur 4 maart 2026", 1),
                Block.paragraph("Jaarrekening 2025 Het dagelijks bestuur heeft besloten om:", 1),
                Block.listItem("- de jaarrekening vast te stellen.", 1, 1, "-"),
                Block.paragraph("Inkoopbeleid", 1),
                Block.paragraph("Het dagelijks bestuur heeft besloten om het beleid te actualiseren.", 1),
                Block.paragraph("De stukken zijn opvraagbaar.", 1));
        List<AgendaItem> items = segmenter.segment(blocks, DocKind.decision_list);
        assertEquals(List.of("Jaarrekening 2025", "Inkoopbeleid"), items.stream().map(AgendaItem::title).toList());
        assertEquals(List.of(1, 3), items.stream().map(AgendaItem::blockStart).toList());
        assertEquals(6, items.get(1).blockEnd());
    }

    @Test
    void aListStartingAtTwoIsNoOutline() {
        List<Block> blocks = List.of(Block.heading("Agendapunt - besluitvormend", 1, 1, null),
                Block.heading("Aanbiedingsbrief", 1, 2, "2."), Block.paragraph("Tekst.", 1));
        assertTrue(segmenter.segment(blocks, DocKind.proposal).isEmpty());
    }

    @Test
    void itemHeadingsRunTogetherWithTheirTextAreFoundButListsAreNot() {
        List<Block> blocks = List.of(
                Block.heading("Algemeen", 1, 1, "1."),
                Block.paragraph("De voorzitter opent de vergadering.", 1),
                Block.listItem("2. Verslag 10 april 2025 Besluit: het verslag wordt vastgesteld.", 1, 1, "2."),
                Block.listItem("3. Begroting 2026 De heer Smit vraagt naar de indexering.", 1, 1, "3."),
                Block.paragraph("Het bestuur besluit:", 1),
                Block.listItem("1. de begroting vast te stellen;", 1, 1, "1."),
                Block.listItem("2. de raden te informeren;", 1, 1, "2."),
                Block.listItem("3. de reactie aan te passen.", 1, 1, "3."),
                Block.listItem("4. Rondvraag De heer Jansen vraagt naar de oefening.", 2, 1, "4."),
                Block.heading("Sluiting", 2, 1, "5."),
                Block.paragraph("5.1. Evaluatie Mevrouw Smit blikt terug op de vergadering.", 2));
        List<AgendaItem> items = segmenter.segment(blocks, DocKind.minutes);
        assertEquals(List.of("1", "2", "3", "5", "5.1"), items.stream().map(AgendaItem::number).toList(),
                "the list 1–4 counts from 1: its '4.' is a list item, not item 4");
        assertEquals(List.of("Algemeen", "Verslag 10 april 2025", "Begroting 2026", "Sluiting", "Evaluatie"),
                items.stream().map(AgendaItem::title).toList());
    }
}
