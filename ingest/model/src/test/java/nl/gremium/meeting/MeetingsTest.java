package nl.gremium.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Outcome;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import org.junit.jupiter.api.Test;

public class MeetingsTest {
    static final LocalDate MAY = LocalDate.of(2025, 5, 14);
    static final LocalDate JUNE = LocalDate.of(2025, 6, 25);

    static LogicalDocument doc(String id, DocKind kind, String body, LocalDate date, String title, List<Block> blocks,
                               List<AgendaItem> items, List<Decision> decisions) {
        return new LogicalDocument(id, new SourceFile("/in/" + id, id + ".pdf", id.substring(0, 1).repeat(64), 1, "application/pdf", 1),
                1, 1, 1, kind, new Metadata(title, "Regio Testland", body, date, null, "nld", false), blocks, items,
                new Tags(decisions, List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    static Decision decision(String item, String text, LocalDate date, Outcome outcome) {
        return new Decision("d" + item, text, item, null, "Algemeen bestuur", date, null, outcome, 1, null);
    }

    public static List<LogicalDocument> docs() {
        LogicalDocument agenda = doc("a000000000000000-01", DocKind.agenda, "Algemeen bestuur", MAY, "Agenda algemeen bestuur",
                List.of(Block.heading("Agenda", 1, 1, null)), List.of(
                        new AgendaItem("10", "Rondvraag", "", 1, 1, 0, 1, "a#10"),
                        new AgendaItem("1", "Opening", "", 1, 1, 0, 1, "a#1"),
                        new AgendaItem("5.1", "Wijziging gemeenschappelijke regeling", "", 1, 1, 0, 1, "a#51")), List.of());
        LogicalDocument minutes = doc("b000000000000000-01", DocKind.minutes, "algemeen bestuur", MAY, "Verslag",
                List.of(Block.heading("Wijziging gemeenschappelijke regeling", 1, 2, "5.1"),
                        Block.paragraph("Het bestuur bespreekt de wijziging. Zaaknummer: Z-2025-00417.", 1)),
                List.of(new AgendaItem("5.1", "Wijziging gemeenschappelijke regeling", "", 1, 1, 0, 2, "b#51")),
                List.of(decision("5.1", "Het algemeen bestuur stelt de behandeling uit.", MAY, Outcome.deferred)));
        LogicalDocument proposal = doc("c000000000000000-01", DocKind.proposal, "Algemeen bestuur", MAY,
                "Voorstel wijziging gemeenschappelijke regeling", List.of(Block.paragraph("Kenmerk: 2025/12345", 1)), List.of(), List.of());
        LogicalDocument june = doc("d000000000000000-01", DocKind.decision_list, "Algemeen bestuur", JUNE, "Besluitenlijst",
                List.of(), List.of(new AgendaItem("3", "Wijziging Gemeenschappelijke Regeling (tweede lezing)", "", 1, 1, 0, 1, "d#3")),
                List.of(decision("3", "Het algemeen bestuur stelt de wijziging vast.", JUNE, Outcome.adopted)));
        LogicalDocument letter = doc("e000000000000000-01", DocKind.letter, null, null, "Brief aan de gemeenten",
                List.of(Block.paragraph("Ons kenmerk 2025/12345: de gemeenten wordt om een zienswijze gevraagd.", 1)), List.of(), List.of());
        return List.of(june, minutes, letter, proposal, agenda);
    }

    @Test
    void aMeetingGathersItsItemsInOrderWithPapersDecisionsAndMinutes() {
        List<Meeting> meetings = Meetings.derive(docs());
        assertEquals(List.of("algemeen-bestuur-2025-05-14", "algemeen-bestuur-2025-06-25"), meetings.stream().map(Meeting::id).toList(),
                "one body however it is capitalised, the letter without a meeting left out");
        Meeting may = meetings.get(0);
        assertEquals(List.of("1", "5.1", "10"), may.items().stream().map(MeetingItem::number).toList(), "numbers in numeric order");
        MeetingItem item = may.items().get(1);
        assertEquals("a#51", item.itemId(), "the agenda's item is the one linked");
        assertEquals(List.of("c000000000000000-01"), item.papers().stream().map(Paper::docId).toList(), "the proposal joins by its title");
        assertEquals(Outcome.deferred, item.decisions().get(0).outcome());
        assertTrue(item.minutes().text().contains("bespreekt de wijziging"), item.minutes().toString());
        assertNull(may.previous());
        assertEquals("algemeen-bestuur-2025-06-25", may.next());
        assertEquals(may.id(), meetings.get(1).previous());
        assertTrue(may.papers().isEmpty(), "every paper found its item");
    }

    @Test
    void itemsWithoutANumberStayApartByTheirTitles() {
        LogicalDocument minutes = doc("f000000000000000-01", DocKind.minutes, "Gemeenteraad", JUNE, "Notulen",
                List.of(Block.paragraph("Mondelinge vragen.", 1), Block.paragraph("Stemmingen.", 1)), List.of(
                        new AgendaItem("B", "Verordening parkeren", "Het voorstel wordt besproken.", 1, 1, 0, 1, "f#b"),
                        new AgendaItem(null, "Mondelinge vragen", "De heer Bos vraagt naar de brug.", 1, 1, 0, 1, "f#mv"),
                        new AgendaItem("A", "Vaststelling agenda", "De agenda wordt vastgesteld.", 1, 1, 0, 1, "f#a"),
                        new AgendaItem(null, "Stemmingen", "De motie wordt aangenomen.", 1, 1, 1, 2, "f#st"),
                        new AgendaItem(null, "Sluiting", "De voorzitter sluit de vergadering.", 1, 1, 1, 2, "f#sl")), List.of());
        Meeting m = Meetings.derive(List.of(minutes)).get(0);
        assertEquals(List.of("Vaststelling agenda", "Stemmingen", "Sluiting", "Verordening parkeren", "Mondelinge vragen"),
                m.items().stream().map(MeetingItem::title).toList(), "an unnumbered item stays after the item it follows");
        assertTrue(m.items().get(1).minutes().text().contains("aangenomen"), "each keeps its own passage");
    }

    @Test
    void aDossierFollowsATopicAcrossMeetingsWithTheLetterCitingItsReference() {
        List<LogicalDocument> docs = docs();
        List<Dossier> dossiers = Dossiers.derive(Meetings.derive(docs), docs);
        assertEquals(1, dossiers.size(), "opening and the questions recur in no dossier: " + dossiers);
        Dossier d = dossiers.get(0);
        assertEquals("wijziging-gemeenschappelijke-regeling", d.id());
        assertEquals(2, d.meetings());
        assertEquals(List.of(MAY, JUNE), d.timeline().stream().map(DossierEntry::date).filter(x -> x != null).toList());
        assertTrue(d.timeline().stream().anyMatch(e -> "e000000000000000-01".equals(e.docId())), "the letter cites kenmerk 2025/12345");
        assertEquals(List.of(Outcome.deferred, Outcome.adopted), Dossiers.decisions(d).stream().map(Decision::outcome).toList());
        assertTrue(d.references().contains("2025/12345"), d.references().toString());
    }

    @Test
    void anItemTitleThatRepeatsAWordIsMatchedLikeAnyOther() {
        LogicalDocument agenda = doc("f000000000000000-01", DocKind.agenda, "Gemeenteraad", JUNE, "Agenda",
                List.of(), List.of(new AgendaItem("7", "Motie geen windmolens, geen zonneparken", "", 1, 1, 0, 1, "f#7")), List.of());
        LogicalDocument motion = doc("g000000000000000-01", DocKind.motion, "Gemeenteraad", JUNE,
                "Motie geen windmolens, geen zonneparken", List.of(), List.of(), List.of());
        Meeting m = Meetings.derive(List.of(agenda, motion)).get(0);
        assertEquals(1, m.items().size(), m.items().toString());
        assertEquals(1, m.items().get(0).papers().size(), "the motion is the item's paper: " + m.items());
    }

    @Test
    void referencesAreNormalised() {
        assertEquals(Set.of("RIS312345", "Z-25-00417", "kst-32545-143"),
                References.in("Zie RIS 312345 en zaaknummer: Z-25-00417; Kamerstukken 32 545, nr. 143. Kenmerk: ab (geen nummer)"));
    }
}
