package nl.gremium.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Table;
import nl.gremium.tables.PdfTables;
import nl.gremium.tables.TableAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The PDF table path (layout analysis + analyzer) against the corpus gold, without the rest of the
 * pipeline. Threshold: the acceptance criterion, per table — every gold table in a PDF file has
 * the right row and column counts and ≥ 95% of its sample cells in the right row. The PDFs are
 * LibreOffice renderings with ruled tables, the case this code is built for, so anything less is a
 * regression, not noise.
 */
class TableEvaluationTest {

    @Test
    void everyGoldTableInThePdfFilesIsExtractedFaithfully() {
        Path corpus = Corpus.locate().orElse(null);
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("gold")), "corpus not present");
        TableEvaluation ev = TableEvaluation.evaluate(corpus, file -> {
            if (!file.endsWith(".pdf")) {
                return List.of();
            }
            List<Block> blocks = new ArrayList<>();
            new PdfTables().tables(corpus.resolve("files").resolve(file)).forEach(t -> blocks.add(Block.table(t)));
            return new TableAnalyzer().analyze(blocks).stream().filter(b -> b.is(BlockType.TABLE)).map(Block::table).toList();
        });
        ev.print(System.out);
        List<TableEvaluation.Score> pdf = ev.scores().stream().filter(s -> s.file().endsWith(".pdf")).toList();
        assertTrue(pdf.size() >= 20, "gold lists the PDF tables");
        assertEquals(List.of(), pdf.stream().filter(s -> !s.pass()).map(TableEvaluation.Score::goldId).toList());
    }
}
