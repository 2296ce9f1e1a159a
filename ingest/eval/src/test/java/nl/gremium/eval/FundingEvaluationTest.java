package nl.gremium.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.gremium.fixtures.Corpus;
import nl.gremium.model.Block;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import nl.gremium.parse.ParseFailure;
import nl.gremium.parse.TikaDocumentParser;
import nl.gremium.tag.FundingTagger;
import org.junit.jupiter.api.Test;

/**
 * Funding facts of our samples' euro tables against their gold table amounts. Threshold: precision 100%
 * (a fact with a value that is no amount of its table is a wrong number handed to board members) and
 * recall 100% of the non-totals amounts (the sample tables are clean, ruled, one amount per cell).
 */
class FundingEvaluationTest {

    @Test
    void factsOfTheSampleAnnexesAreTheGoldAmounts() {
        Path samples = Corpus.samples();
        FundingEvaluation ev = FundingEvaluation.evaluateGold(samples.resolve(".meta").resolve("gold"), file -> {
            try {
                List<Block> blocks = new TikaDocumentParser().parse(samples.resolve(file)).blocks();
                LogicalDocument d = new LogicalDocument("s-01", new SourceFile(file, file, "s", 1, null, 1), 1, 1, 1,
                        null, null, blocks, List.of(), null);
                return List.of(d.withTags(new Tags(List.of(), List.of(), List.of(), List.of(), List.of(),
                        new FundingTagger().extract(d, List.of()))));
            } catch (ParseFailure e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
        });
        ev.print(System.out);
        assertTrue(ev.rows().size() >= 3, "sample gold has euro tables");
        assertEquals(1.0, ev.precision(), 1e-9);
        assertEquals(1.0, ev.recall(), 1e-9);
    }
}
