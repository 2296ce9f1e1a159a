package nl.gremium.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Recommendation;
import nl.gremium.model.SourceFile;
import nl.gremium.store.DataStore;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-tagging from stored blocks: versions, content-anchored ids, controller statuses that stay attached. */
class RetaggerTest {
    @TempDir
    Path dir;

    private static final SourceFile SOURCE = new SourceFile("rapport.txt", "rapport.txt",
            "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12", 100, null, 2);

    private static List<Block> report(boolean withDecisionFirst, String secondRecommendation) {
        List<Block> b = new ArrayList<>();
        b.add(Block.heading("Inspectierapport toezicht brandweerzorg Vechtland", 1, 1, null));
        b.add(Block.paragraph("De Inspectie Justitie en Veiligheid onderzocht de brandweerzorg in de regio.", 1));
        if (withDecisionFirst) {
            b.add(Block.paragraph("Het algemeen bestuur besluit het rapport ter kennis te nemen.", 1));
        }
        b.add(Block.heading("Aanbevelingen", 2, 1, "4"));
        b.add(Block.paragraph("De inspectie beveelt het bestuur van de veiligheidsregio aan om:", 2));
        b.add(Block.listItem("Stel voor eind 2026 een meerjarig oefenplan voor de kazernes vast.", 2, 1, "1."));
        b.add(Block.listItem(secondRecommendation, 2, 1, "2."));
        return b;
    }

    private LogicalDocument store(DataStore store, List<Block> blocks) {
        LogicalDocument doc = new Analysis().analyse(LogicalDocument.idFor(SOURCE.sha256(), 1), SOURCE, 1, 1, 2, blocks);
        store.write(doc);
        return doc;
    }

    @Test
    void aStatusStaysAttachedWhenADecisionIsInsertedBeforeTheRecommendation() {
        DataStore store = new DataStore(dir);
        LogicalDocument before = store(store, report(false, "Evalueer de opkomsttijden ieder half jaar met de gemeenten."));
        assertEquals(2, before.tags().recommendations().size(), before.tags().recommendations()::toString);
        String second = before.tags().recommendations().get(1).id();
        StatusStore statuses = new StatusStore(store);
        statuses.set(second, RecommendationStatus.in_progress, "Team risicobeheersing", null, "plan in de maak", "A. Jansen");

        // the stored blocks change (a decision now stands before the recommendations) and the rules re-run
        LogicalDocument changed = new LogicalDocument(before.id(), before.source(), 1, 1, 2, before.kind(),
                before.metadata(), report(true, "Evalueer de opkomsttijden ieder half jaar met de gemeenten."),
                before.agendaItems(), before.tags(), "older-version");
        store.write(changed);
        Retagger.Report r = new Retagger(store).run(false, null);
        assertEquals(1, r.retagged(), r.summary());

        LogicalDocument after = store.read(before.id()).orElseThrow();
        assertEquals(AnalysisVersion.current(), after.taggerVersion());
        assertEquals(before.blocks().size() + 1, after.blocks().size(), "re-analysed from the changed blocks");
        assertEquals(before.agendaItems().stream().map(a -> a.id()).toList(),
                after.agendaItems().stream().map(a -> a.id()).toList(), "agenda items keep their content-anchored ids");
        assertTrue(after.agendaItems().stream().allMatch(a -> a.id() != null && a.id().startsWith(before.id() + "#i")),
                after.agendaItems()::toString);
        assertTrue(after.tags().recommendations().stream().anyMatch(x -> x.id().equals(second)),
                "same content, same id: " + after.tags().recommendations());
        assertEquals(RecommendationStatus.in_progress, statuses.latest(second).orElseThrow().status());
    }

    @Test
    void aStatusIsCarriedToTheRecommendationWhoseWordingChanged() {
        DataStore store = new DataStore(dir);
        LogicalDocument before = store(store, report(false, "Evalueer de opkomsttijden ieder half jaar met de gemeenten."));
        String second = before.tags().recommendations().get(1).id();
        StatusStore statuses = new StatusStore(store);
        statuses.set(second, RecommendationStatus.closed, null, null, null, "A. Jansen");

        store.write(new LogicalDocument(before.id(), before.source(), 1, 1, 2, before.kind(), before.metadata(),
                report(false, "Evalueer de opkomsttijden ieder half jaar samen met de gemeenten en de meldkamer."),
                before.agendaItems(), before.tags(), "older-version"));
        Retagger.Report r = new Retagger(store).run(false, null);
        assertEquals(1, r.statusesCarried(), r.summary());

        Recommendation now = store.read(before.id()).orElseThrow().tags().recommendations().get(1);
        assertNotEquals(second, now.id());
        assertEquals(RecommendationStatus.closed, statuses.latest(now.id()).orElseThrow().status());
        assertTrue(statuses.latest(now.id()).orElseThrow().note().contains(second), "the carry-over names the old id");
    }

    @Test
    void documentsOfTheCurrentVersionAreLeftAlone() {
        DataStore store = new DataStore(dir);
        store(store, report(false, "Evalueer de opkomsttijden ieder half jaar met de gemeenten."));
        Retagger.Report r = new Retagger(store).run(false, null);
        assertEquals(0, r.retagged());
        assertEquals(1, r.unchanged());
        assertEquals(1, new Retagger(store).run(true, null).retagged(), "--all redoes it anyway");
    }

    /** --all analyses every document again but rewrites only those whose analysis came out different. */
    @Test
    void anAnalysisThatComesOutTheSameIsNotWrittenAgain() throws IOException {
        DataStore store = new DataStore(dir);
        LogicalDocument doc = store(store, report(false, "Evalueer de opkomsttijden ieder half jaar met de gemeenten."));
        Path file = store.docFiles().get(0);
        FileTime longAgo = FileTime.fromMillis(86_400_000L);
        Files.setLastModifiedTime(file, longAgo);
        assertEquals(1, new Retagger(store).run(true, null).retagged());
        assertEquals(longAgo, Files.getLastModifiedTime(file), "the same analysis leaves the file alone");

        LogicalDocument older = new LogicalDocument(doc.id(), doc.source(), 1, 1, 2, doc.kind(), doc.metadata(),
                doc.blocks(), doc.agendaItems(), doc.tags(), "older-version");
        store.write(older);
        Files.setLastModifiedTime(file, longAgo);
        assertEquals(1, new Retagger(store).run(true, null).retagged());
        assertNotEquals(longAgo, Files.getLastModifiedTime(file), "another version is written");
        assertEquals(AnalysisVersion.current(), store.read(doc.id()).orElseThrow().taggerVersion());
    }
}
