package nl.gremium.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gremium.fixtures.Corpus;
import nl.gremium.model.LogicalDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The taggers on the development corpus, through the real pipeline (parse, split, classify, segment, tag).
 * Thresholds are the acceptance targets of issue 3 (measured values, well above them, are in docs/MODELS.md):
 * a change anywhere in the pipeline that drops a type below its target fails the build.
 * Set -Dgremium.tagEvalData=DIR to keep the ingested data between runs.
 */
class TagEvaluationTest {

    @Test
    void matchingIsTokenContainmentEitherWay() {
        assertEquals(1.0, TagEvaluation.overlap("Het bestuur besluit conform voorstel.",
                "Het algemeen bestuur besluit conform voorstel, met dank aan de werkgroep."));
        assertTrue(TagEvaluation.overlap("De heer Jansen zal de cijfers nasturen.", "Het bestuur stelt de begroting vast.")
                < TagEvaluation.CONTAINMENT);
        assertEquals("de veiligheidsregio s", TagEvaluation.normalise("de veiligheidsregio’s"));
    }

    @Test
    void taggersMeetTheCorpusTargets(@TempDir Path tmp) {
        Optional<Path> corpus = Corpus.locate();
        Assumptions.assumeTrue(corpus.isPresent() && Files.isDirectory(corpus.get().resolve("gold")), "no corpus");
        String keep = System.getProperty("gremium.tagEvalData");
        Path data = keep != null ? Path.of(keep) : tmp.resolve("data");
        Path files = TagEvaluation.documentFiles(corpus.get(), keep != null ? data.resolve("in") : tmp.resolve("in"));
        Map<String, List<LogicalDocument>> docs = TagEvaluation.retagged(CorpusRun.ingest(files, data).byFile());
        TagEvaluation.Result r = TagEvaluation.evaluate(corpus.get(), docs);
        meetsTargets(r, keep != null);
    }

    /**
     * Our own samples (written apart from the tagging rules; see docs/MODELS.md for the first, untuned
     * measurement) with the same targets; runs on a fresh clone, where the corpus is absent.
     */
    @Test
    void taggersOnTheSamples(@TempDir Path tmp) {
        Path samples = Corpus.samples();
        String keep = System.getProperty("gremium.tagEvalSamples");
        Path data = keep != null ? Path.of(keep) : tmp.resolve("data");
        Map<String, List<LogicalDocument>> docs = TagEvaluation.retagged(CorpusRun.ingest(samples, data).byFile());
        TagEvaluation.Result r = TagEvaluation.evaluate(samples.resolve(".meta"), docs);
        meetsTargets(r, keep != null);
    }

    /** The acceptance targets of issue 3. */
    private static void meetsTargets(TagEvaluation.Result r, boolean showMisses) {
        System.out.print(r.format());
        if (showMisses) {
            r.misses().forEach(m -> System.out.println("  " + m));
        }
        assertTrue(r.score("decision").f1() >= 0.90, r::format);
        assertTrue(r.score("recommendation").f1() >= 0.90, r::format);
        assertTrue(r.addresseeAccuracy() >= 0.90, r::format);
        assertTrue(r.score("amount").f1() >= 0.95, r::format);
        assertTrue(r.score("action").f1() >= 0.70, r::format);
    }
}
