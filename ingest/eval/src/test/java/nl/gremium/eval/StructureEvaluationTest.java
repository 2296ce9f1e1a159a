package nl.gremium.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.gremium.fixtures.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Splitting, classification, agenda items and metadata on the development corpus, through the real pipeline.
 * Thresholds: the acceptance criteria for boundaries (precision and recall ≥ 0.9) and kinds (≥ 90% of
 * the bundle parts and of the separate files); every agenda item that a gold decision names must be found
 * (they are printed numbered headings, so a miss is a bug). Metadata thresholds sit one document below what
 * the rules reach today, as regression guards.
 */
class StructureEvaluationTest {

    @Test
    void corpusStructureMeetsTheAcceptanceCriteria() {
        Path corpus = Corpus.locate().orElse(null);
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("files")), "corpus not present");
        CorpusRun run = CorpusRun.shared(corpus.resolve("files"));
        StructureEvaluation ev = StructureEvaluation.of(corpus, run);
        ev.print(System.out);
        assertEquals(20, ev.rows().size(), "manifest documents");
        assertTrue(ev.boundaryPrecision() >= 0.9, "boundary precision " + ev.boundaryPrecision());
        assertTrue(ev.boundaryRecall() >= 0.9, "boundary recall " + ev.boundaryRecall());
        assertTrue(ev.bundleKindAccuracy() >= 0.9, "bundle kind accuracy " + ev.bundleKindAccuracy());
        assertTrue(ev.fileKindAccuracy() >= 0.9, "file kind accuracy " + ev.fileKindAccuracy());
        assertEquals(1.0, ev.agendaItemRecall(), "agenda items of gold decisions");
        assertEquals(1.0, ev.metadataAccuracy("language"), "language");
        assertTrue(ev.metadataAccuracy("organisation") >= 0.85, "organisation " + ev.metadataAccuracy("organisation"));
        assertTrue(ev.metadataAccuracy("date") >= 0.7, "date " + ev.metadataAccuracy("date"));
    }
}
