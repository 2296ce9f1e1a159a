package nl.gremium.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Motion;
import nl.gremium.model.Outcome;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A motion without a stamp gets the outcome a later decision list of its own organisation records. */
class MotionOutcomesTest {
    @TempDir
    Path dir;

    private static LogicalDocument doc(String id, DocKind kind, String organisation, LocalDate date, Tags tags) {
        return new LogicalDocument(id, new SourceFile(id + ".pdf", id + ".pdf", id.repeat(4), 1, null, 1), 1, 1, 1, kind,
                new Metadata(id, organisation, "Gemeenteraad", date, null, "nld", false), List.of(), List.of(), tags);
    }

    private static Tags motions(Motion... m) {
        return new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(m));
    }

    private static Tags decisions(Decision... d) {
        return new Tags(List.of(d), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Decision row(String id, String item, String text, Outcome o, String printed) {
        return new Decision(id, text, item, null, "Gemeenteraad", null, null, o, 2, printed);
    }

    @Test
    void theDecisionListRowByNumberAndTitleGivesTheOutcomeWithItsSource() {
        DataStore store = new DataStore(dir);
        store.write(doc("motie0000000001", DocKind.motion, "Gemeente Vechtland", LocalDate.of(2026, 3, 12), motions(
                new Motion("motie0000000001#v1", DocKind.motion, "M3", "Groene schoolpleinen", List.of("Els Kok"),
                        List.of("D66"), null, null, 1))));
        store.write(doc("lijst0000000001", DocKind.decision_list, "Gemeente Vechtland", LocalDate.of(2026, 3, 12), decisions(
                row("lijst0000000001#d1", "M2", "Motie Veilige fietsroutes naar school", Outcome.rejected, "Verworpen"),
                row("lijst0000000001#d2", "M3", "Motie Groene schoolpleinen (D66, GL)", Outcome.adopted, "Aangenomen (30-5)"))));
        // the same code in another municipality's list must not count
        store.write(doc("lijst0000000002", DocKind.decision_list, "Gemeente Duinwijk", LocalDate.of(2026, 3, 12), decisions(
                row("lijst0000000002#d1", "M3", "Motie Groene schoolpleinen", Outcome.rejected, "Verworpen"))));

        assertEquals(1, MotionOutcomes.link(store));
        Motion m = store.read("motie0000000001").orElseThrow().tags().motions().get(0);
        assertEquals(Outcome.adopted, m.outcome());
        assertEquals("Aangenomen (30-5)", m.outcomeText());
        assertEquals("lijst0000000001#d2", m.outcomeSource());
        assertEquals(1, MotionOutcomes.link(store), "re-running gives the same link");
        assertEquals(m, store.read("motie0000000001").orElseThrow().tags().motions().get(0));
    }

    @Test
    void aVoteInTheMinutesNamingTheNumberAndPartyIsEnough() {
        DataStore store = new DataStore(dir);
        store.write(doc("motie0000000003", DocKind.motion, null, null, motions(
                new Motion("motie0000000003#v1", DocKind.motion, "B.4 GroenLinks", "Motie: Bomen langs de Singel",
                        List.of(), List.of("GroenLinks"), null, null, 1))));
        store.write(doc("notul0000000001", DocKind.minutes, null, LocalDate.of(2026, 6, 4), decisions(
                row("notul0000000001#d1", null, "motie B4 GroenLinks", Outcome.rejected, "verworpen"),
                row("notul0000000001#d2", null, "motie B.4 VVD", Outcome.adopted, "aangenomen"))));
        assertEquals(1, MotionOutcomes.link(store));
        Motion m = store.read("motie0000000003").orElseThrow().tags().motions().get(0);
        assertEquals(Outcome.rejected, m.outcome());
        assertEquals("notul0000000001#d1", m.outcomeSource());
    }

    @Test
    void aStampedMotionKeepsItsOwnOutcomeAndAnEarlierMeetingDoesNotCount() {
        DataStore store = new DataStore(dir);
        store.write(doc("motie0000000002", DocKind.motion, "Gemeente Vechtland", LocalDate.of(2026, 5, 1), motions(
                new Motion("motie0000000002#v1", DocKind.motion, "M7", "Meer bankjes in het park", List.of(), List.of(),
                        Outcome.rejected, "Verworpen", 1),
                new Motion("motie0000000002#v2", DocKind.motion, "M8", "Openbare toiletten in het centrum", List.of(),
                        List.of(), null, null, 1))));
        store.write(doc("lijst0000000003", DocKind.decision_list, "Gemeente Vechtland", LocalDate.of(2026, 4, 2), decisions(
                row("lijst0000000003#d1", "M8", "Motie Openbare toiletten in het centrum", Outcome.adopted, "Aangenomen"))));

        assertEquals(0, MotionOutcomes.link(store));
        List<Motion> m = store.read("motie0000000002").orElseThrow().tags().motions();
        assertEquals(Outcome.rejected, m.get(0).outcome());
        assertNull(m.get(0).outcomeSource());
        assertNull(m.get(1).outcome(), "a list of a meeting before the motion records another motion");
    }
}
