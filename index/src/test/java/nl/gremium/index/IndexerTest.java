package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.gremium.fixtures.SyntheticCorpus;
import nl.gremium.model.Block;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusStore;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
    @TempDir
    Path dir;

    private long generation(DataStore store) throws Exception {
        try (var d = FSDirectory.open(store.indexDir())) {
            return SegmentInfos.readLatestCommit(d).getGeneration();
        }
    }

    private static long total(SearchService s, SearchQuery q) {
        return s.search(q).total();
    }

    @Test
    void unchangedDataMakesNoCommitAndChangesAreUpserted() throws Exception {
        DataStore store = new DataStore(dir);
        TestDocs.write(store);
        Indexer.Report first = Indexer.update(store, Indexer.Progress.NONE);
        assertTrue(first.committed());
        long gen = generation(store);

        Indexer.Report again = Indexer.update(store, Indexer.Progress.NONE);
        assertFalse(again.committed(), again.summary());
        assertEquals(TestDocs.all().size(), again.unchanged());
        assertEquals(gen, generation(store), "no new commit for an unchanged data folder");

        try (SearchService search = SearchService.open(store)) {
            int units = search.size();
            // change one document: its units are replaced, not added
            LogicalDocument agenda = TestDocs.agenda();
            List<Block> blocks = new ArrayList<>(agenda.blocks());
            blocks.add(Block.paragraph("Extra punt over de zeppelinhaven.", 1));
            store.write(new LogicalDocument(agenda.id(), agenda.source(), 1, 1, 1, agenda.kind(), agenda.metadata(),
                    blocks, agenda.agendaItems(), agenda.tags()));
            Indexer.Report changed = Indexer.update(store, Indexer.Progress.NONE);
            assertEquals(1, changed.updated(), changed.summary());
            assertEquals(units, search.size());
            assertEquals(1, total(search, SearchQuery.of("zeppelinhaven")));

            // remove a document: all its units go
            store.delete(TestDocs.minutes().id());
            Indexer.Report removed = Indexer.update(store, Indexer.Progress.NONE);
            assertEquals(1, removed.deleted());
            assertEquals(0, total(search, SearchQuery.of("").withKinds("minutes")));
            assertEquals(units - 6, search.size(), "minutes had 1 document, 2 items, 1 decision, 1 action, 1 amount");
        }
    }

    @Test
    void aDocumentRewrittenUnderANewAnalysisVersionAloneIsNotIndexedAgain() throws Exception {
        DataStore store = new DataStore(dir);
        TestDocs.write(store);
        Indexer.update(store, Indexer.Progress.NONE);
        long gen = generation(store);
        LogicalDocument a = TestDocs.agenda();
        store.write(new LogicalDocument(a.id(), a.source(), a.part(), a.pageStart(), a.pageEnd(), a.kind(), a.metadata(),
                a.blocks(), a.agendaItems(), a.tags(), "0123456789ab"));
        Indexer.Report retagged = Indexer.update(store, Indexer.Progress.NONE);
        assertEquals(TestDocs.all().size(), retagged.unchanged(), retagged.summary());
        assertEquals(gen, generation(store), "a new version with the same content makes no commit");

        store.write(new LogicalDocument(a.id(), a.source(), a.part(), a.pageStart(), a.pageEnd(), a.kind(),
                a.metadata().withConfidential(true), a.blocks(), a.agendaItems(), a.tags(), "ba9876543210"));
        assertEquals(1, Indexer.update(store, Indexer.Progress.NONE).updated(), "a changed field is indexed again");
    }

    @Test
    void recommendationStatusFollowsTheStatusHistory() {
        DataStore store = new DataStore(dir);
        TestDocs.write(store);
        Indexer.update(store, Indexer.Progress.NONE);
        try (SearchService search = SearchService.open(store)) {
            assertEquals(2, total(search, SearchQuery.of("").withTypes("recommendation").withStatuses("open")));
            new StatusStore(store).set("r1", RecommendationStatus.closed, "directie", null, "plannen ontvangen", "test");
            Indexer.Report r = Indexer.update(store, Indexer.Progress.NONE);
            assertTrue(r.committed());
            assertEquals(1, r.updated(), "only the inspection report holds recommendations");
            SearchResult closed = search.search(SearchQuery.of("").withStatuses("closed"));
            assertEquals(1, closed.total());
            assertTrue(closed.hits().get(0).id().endsWith("/recommendation/r1"));
            assertFalse(Indexer.update(store, Indexer.Progress.NONE).committed());
        }
    }

    @Test
    void aStatusComputedFromEvidenceIsIndexedUnlessAControllerSetOne() throws Exception {
        DataStore store = new DataStore(dir);
        TestDocs.write(store);
        Indexer.update(store, Indexer.Progress.NONE);
        try (SearchService search = SearchService.open(store)) {
            Map<String, String> computed = Map.of("r1", "in_progress", "r2", "in_progress");
            Indexer.Report r = Indexer.update(store, Indexer.Progress.NONE, computed);
            assertTrue(r.committed(), "new computed statuses re-index the documents holding recommendations");
            assertEquals(2, total(search, SearchQuery.of("").withStatuses("in_progress")));
            assertFalse(Indexer.update(store, Indexer.Progress.NONE, computed).committed(), "the same statuses: nothing to do");
            new StatusStore(store).set("r1", RecommendationStatus.closed, "directie", null, "plannen ontvangen", "test");
            Indexer.update(store, Indexer.Progress.NONE, computed);
            assertEquals(1, total(search, SearchQuery.of("").withStatuses("in_progress")));
            assertEquals(1, total(search, SearchQuery.of("").withStatuses("closed")), "the controller's status wins");
        }
    }

    @Test
    void aBadDocumentDoesNotStopTheRun() throws Exception {
        DataStore store = new DataStore(dir);
        TestDocs.write(store);
        Files.writeString(store.docsDir().resolve("broken-01.json"), "{\"id\": \"broken-01\", \"blocks\": [");
        Indexer.Report r = Indexer.update(store, Indexer.Progress.NONE);
        assertEquals(TestDocs.all().size(), r.added());
        assertEquals(1, r.failures().size());
        assertTrue(r.failures().get(0).contains("broken-01.json"), r.failures().get(0));
    }

    @Test
    void aDamagedIndexGivesAClearErrorAndRebuildRepairsIt() throws Exception {
        DataStore store = new DataStore(dir);
        TestDocs.write(store);
        Indexer.update(store, Indexer.Progress.NONE);
        try (var files = Files.list(store.indexDir())) {
            for (Path f : files.filter(p -> !p.getFileName().toString().startsWith("segments")
                    && !p.getFileName().toString().equals("write.lock")).toList()) {
                Files.delete(f);
            }
        }
        try (SearchService search = SearchService.open(store)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> search.search(SearchQuery.of("kazerne")));
            assertTrue(e.getMessage().contains("gremium reindex"), e.getMessage());
        }
        Indexer.Report r = Indexer.rebuild(store, Indexer.Progress.NONE);
        assertEquals(TestDocs.all().size(), r.added());
        try (SearchService search = SearchService.open(store)) {
            assertTrue(total(search, SearchQuery.of("kazerne")) > 0);
        }
    }

    @Test
    void aSecondWriterGetsAClearErrorWhileSearchesGoOn() throws Exception {
        DataStore store = new DataStore(dir);
        TestDocs.write(store);
        Indexer.update(store, Indexer.Progress.NONE);
        try (var d = FSDirectory.open(store.indexDir());
             IndexWriter busy = new IndexWriter(d, new IndexWriterConfig());
             SearchService search = SearchService.open(store)) {
            busy.deleteAll(); // uncommitted: readers must not see it
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Indexer.update(store, Indexer.Progress.NONE));
            assertTrue(e.getMessage().contains("another process"), e.getMessage());
            assertTrue(total(search, SearchQuery.of("jaarstukken")) > 0);
            busy.rollback();
        }
    }

    @Test
    void searchesDuringAnUpdateSeeTheStateBeforeOrAfterIt() throws Exception {
        DataStore store = new DataStore(dir);
        TestDocs.write(store);
        Indexer.update(store, Indexer.Progress.NONE);
        new SyntheticCorpus(3).write(store, 1_500);
        try (SearchService search = SearchService.open(store)) {
            int before = search.size();
            var update = CompletableFuture.supplyAsync(
                    () -> Indexer.update(store, Indexer.Progress.NONE));
            Set<Long> seen = new TreeSet<>();
            while (!update.isDone()) {
                seen.add(search.search(SearchQuery.of("").withPage(1, 0)).total());
            }
            Indexer.Report r = update.get();
            long after = before + r.units();
            seen.add(search.search(SearchQuery.of("").withPage(1, 0)).total());
            assertEquals(after, search.size());
            assertTrue(Set.of((long) before, after).containsAll(seen), "observed " + seen);
        }
    }

    @Test
    void killedWhileIndexingLeavesAWorkingIndex() throws Exception {
        DataStore store = new DataStore(dir);
        TestDocs.write(store);
        Indexer.update(store, Indexer.Progress.NONE);
        int before;
        try (SearchService search = SearchService.open(store)) {
            before = search.size();
        }
        new SyntheticCorpus(7).write(store, 3_000);
        int docs = store.docFiles().size();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IndexerChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                last = line;
                if (line.startsWith("progress ") && Integer.parseInt(line.split(" ")[1]) >= docs / 20) {
                    break; // 5 % done: well before the one commit at the end
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertNotNull(last);
        assertTrue(last.startsWith("progress "), "child stopped early: " + last);

        try (SearchService search = SearchService.open(store)) {
            assertEquals(before, search.size(), "the index still holds exactly the last commit");
            assertTrue(total(search, SearchQuery.of("jaarstukken").withTypes("decision")) > 0);
            Indexer.Report repair = Indexer.update(store, Indexer.Progress.NONE);
            assertEquals(docs - TestDocs.all().size(), repair.added(), repair.summary());
            assertTrue(search.size() > before);
            assertTrue(total(search, SearchQuery.of("brandweerkazernes").withTypes("decision")) > 0);
        }
    }
}
