package nl.gremium.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gremium.fixtures.Corpus;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Outcome;
import nl.gremium.model.Recommendation;
import nl.gremium.model.SourcePart;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document ingested on its own and as part of a bundle, or the same file in two folders, is one document with
 * several places: the samples' meeting bundle holds the inspection report, the April minutes and the DB decision
 * list that also exist as separate files (as PDF, DOCX and ODT).
 */
class DuplicateDocumentsTest {
    @TempDir
    static Path tmp;

    private static final List<String> LOOSE = List.of("inspectierapport-stroomuitval-2025.pdf",
            "verslag-ab-2025-04-02.docx", "besluitenlijst-db-2025-05-15.odt");
    private static final String BUNDLE = "bundel-ab-2025-07-09.pdf";

    @Test
    void bundleAfterLooseFilesAddsPlacesNotDocuments() throws IOException {
        DataStore store = new DataStore(tmp.resolve("loose-first"));
        try (Ingestor in = new Ingestor(store)) {
            in.ingest(LOOSE.stream().map(f -> Corpus.samples().resolve(f)).toList());
            List<String> reportRecs = recommendationIds(store);
            in.ingest(List.of(Corpus.samples().resolve(BUNDLE)));
            assertOnce(store);
            // the file on its own stays the document's text; its recommendations keep their ids (and statuses)
            LogicalDocument report = only(store, DocKind.inspection_report);
            assertEquals("inspectierapport-stroomuitval-2025.pdf", report.source().fileName());
            assertEquals(reportRecs, recommendationIds(store));
            SourcePart inBundle = report.alsoIn().stream().filter(p -> p.source().fileName().equals(BUNDLE))
                    .findFirst().orElseThrow();
            assertEquals(11, inBundle.pageStart());
            assertEquals(13, inBundle.pageEnd());
        }
    }

    @Test
    void looseFilesAfterBundleTakeOverTheTextUnderTheSameIds() throws IOException {
        DataStore store = new DataStore(tmp.resolve("bundle-first"));
        try (Ingestor in = new Ingestor(store)) {
            in.ingest(List.of(Corpus.samples().resolve(BUNDLE)));
            int bundleParts = store.documents().size();
            String reportId = only(store, DocKind.inspection_report).id();
            List<String> reportRecs = recommendationIds(store);
            IngestReport second = in.ingest(LOOSE.stream().map(f -> Corpus.samples().resolve(f)).toList());
            assertEquals(bundleParts, store.documents().size(), "no new documents, only new places");
            assertEquals(3, second.documents());
            assertOnce(store);
            LogicalDocument report = only(store, DocKind.inspection_report);
            assertEquals(reportId, report.id());
            assertEquals("inspectierapport-stroomuitval-2025.pdf", report.source().fileName(), "the whole file's text wins");
            assertEquals(reportRecs, recommendationIds(store));
            assertEquals(Set.of(BUNDLE), report.alsoIn().stream().map(p -> p.source().fileName()).collect(Collectors.toSet()));
        }
    }

    @Test
    void sameFileInTwoFoldersListsBothPathsAndRemovingOneKeepsTheOther() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("vergadering-1"));
        Path b = Files.createDirectories(tmp.resolve("vergadering-2"));
        Path report = Corpus.samples().resolve(LOOSE.get(0));
        Files.copy(report, a.resolve(report.getFileName()));
        Files.copy(report, b.resolve(report.getFileName()));
        DataStore store = new DataStore(tmp.resolve("two-folders"));
        try (Ingestor in = new Ingestor(store)) {
            in.ingest(List.of(a, b));
            assertEquals(1, store.documents().size());
            LogicalDocument doc = store.documents().get(0);
            assertEquals(2, doc.locations().size());
            assertTrue(doc.locations().stream().anyMatch(p -> p.source().path().contains("vergadering-2")), doc.locations().toString());

            // the first folder's copy is replaced by something else: the document now lives in the second folder only
            Files.copy(Corpus.samples().resolve("agenda-ab-2025-04-02.pdf"), a.resolve(report.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            in.ingest(List.of(a));
            LogicalDocument left = store.read(doc.id()).orElseThrow();
            assertEquals(1, left.locations().size(), left.locations().toString());
            assertTrue(left.source().path().contains("vergadering-2"), left.source().path());
        }
    }

    @Test
    void aMotionsCopyAsSubmittedNeverReplacesItsCopyWithTheVote() throws IOException {
        String motion = """
                <html><body><h1>Motie: Bankjes langs de Vechtkade</h1>
                <p>De raad van de gemeente Vechtland, in vergadering bijeen op 4 maart 2026, ter bespreking van de Kadernota
                openbare ruimte,</p>
                <p>constaterende dat langs de Vechtkade geen zitplaatsen zijn en dat ouderen daar niet kunnen uitrusten;</p>
                <p>overwegende dat een wandeling langs het water voor iedereen mogelijk moet zijn;</p>
                <p>verzoekt het college voor de zomer van 2026 tien bankjes langs de Vechtkade te plaatsen en de raad voor
                1 oktober 2026 over de kosten te informeren,</p>
                <p>en gaat over tot de orde van de dag.</p>
                <p>Anna de Wit, Leefbaar Vechtland</p>RESULT</body></html>""";
        Path stamped = Files.createDirectories(tmp.resolve("motions/a")).resolve("motie-bankjes-aangenomen.html");
        Path submitted = Files.createDirectories(tmp.resolve("motions/b")).resolve("motie-bankjes.html");
        Files.writeString(stamped, motion.replace("RESULT", "<p>De motie is aangenomen met 21 stemmen voor en 9 stemmen tegen.</p>"));
        Files.writeString(submitted, motion.replace("RESULT", ""));
        DataStore store = new DataStore(tmp.resolve("motions-store"));
        try (Ingestor in = new Ingestor(store)) {
            in.ingest(List.of(stamped));
            in.ingest(List.of(submitted));
            LogicalDocument doc = only(store, DocKind.motion);
            assertEquals("motie-bankjes-aangenomen.html", doc.source().fileName(), "the copy with the vote keeps the text");
            assertEquals(List.of(Outcome.adopted), doc.tags().motions().stream().map(m -> m.outcome()).toList());
            assertEquals(Set.of("motie-bankjes.html"), doc.alsoIn().stream().map(p -> p.source().fileName()).collect(Collectors.toSet()));
        }
    }

    private static void assertOnce(DataStore store) {
        List<LogicalDocument> docs = store.documents();
        assertEquals(1, docs.stream().filter(d -> d.kind() == DocKind.inspection_report).count());
        assertEquals(5, docs.stream().mapToInt(d -> d.tags().recommendations().size()).sum());
        assertEquals(1, docs.stream().filter(d -> d.kind() == DocKind.decision_list).count());
        long minutesOfApril = docs.stream().filter(d -> d.kind() == DocKind.minutes).count();
        assertEquals(1, minutesOfApril, "the April minutes, once");
    }

    private static LogicalDocument only(DataStore store, DocKind kind) {
        List<LogicalDocument> of = store.documents().stream().filter(d -> d.kind() == kind).toList();
        assertEquals(1, of.size(), of.toString());
        return of.get(0);
    }

    private static List<String> recommendationIds(DataStore store) {
        return store.documents().stream().flatMap(d -> d.tags().recommendations().stream()).map(Recommendation::id)
                .sorted().toList();
    }
}
