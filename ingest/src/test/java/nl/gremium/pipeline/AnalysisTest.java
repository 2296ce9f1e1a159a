package nl.gremium.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.SourceFile;
import org.junit.jupiter.api.Test;

/** The stages after parsing, run together on one document's blocks. */
class AnalysisTest {
    private static final SourceFile SOURCE = new SourceFile("motie.pdf", "motie.pdf",
            "cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34", 100, null, 2);

    @Test
    void aMotionIsTitledAsItsHeaderReadsItNotByARunningFooterThatNamesItsKind() {
        List<Block> blocks = List.of(
                Block.paragraph("Provinciale Staten van Zeewolde", 1),
                Block.paragraph("Registratie griffie PS/2026/0412", 1),
                Block.paragraph("Buurtbus in elke kern", 1),
                Block.paragraph("Provinciale Staten van Zeewolde, in vergadering bijeen op 4 maart 2026, constaterende dat", 1),
                Block.listItem("• de buurtbus in drie kernen stopt;", 1, 1, "•"),
                Block.paragraph("overwegende dat de kernen anders onbereikbaar worden;", 1),
                Block.paragraph("Motie M4-2 - Provinciale Staten van Zeewolde 1/2 verzoekt Gedeputeerde Staten", 1),
                Block.listItem("1. de buurtbus te behouden, en gaat over tot de orde van de dag.", 2, 1, "1."),
                Block.paragraph("AANGENOMEN 4 maart 2026", 2));
        LogicalDocument doc = new Analysis().analyse(LogicalDocument.idFor(SOURCE.sha256(), 1), SOURCE, 1, 1, 2, blocks);
        assertEquals(DocKind.motion, doc.kind());
        assertEquals("Buurtbus in elke kern", doc.metadata().title());
        assertEquals(List.of("Buurtbus in elke kern"), doc.tags().decisions().stream().map(d -> d.text()).toList());
    }
}
