package nl.gremium.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each printed line keeps the size most of its characters have; a scan's invisible OCR layer gives none. */
class PrintSizesTest {
    @TempDir
    Path dir;

    @Test
    void linesKeepTheirPrintSizeWhateverTheirSpacing() throws Exception {
        Path pdf;
        try (TestPdf p = new TestPdf()) {
            pdf = p.page()
                    .text(60, 60, "Verslag van de vergadering", false, 20)
                    .text(60, 80, "5. Hamerstukken", true, 14)
                    .text(60, 94, "De raad besluit zonder beraadslaging.", false, 10)
                    .page()
                    .hiddenText(60, 60, "Gescande brief van het college", 20)
                    .hiddenText(60, 80, "Met vriendelijke groet,", 10)
                    .save(dir.resolve("sizes.pdf"));
        }
        PrintSizes sizes = PdfTables.layout(pdf).printSizes();
        assertEquals(20f, sizes.size(1, "Verslag van de vergadering"));
        assertEquals(14f, sizes.size(1, "5.Hamerstukken"));
        assertEquals(10f, sizes.size(1, "De raad besluit zonder beraadslaging."));
        assertNull(sizes.size(1, "Een regel die er niet staat"));
        assertNull(sizes.size(2, "Gescande brief van het college"), "an OCR layer's sizes follow the OCR, not the print");
        assertTrue(PrintSizes.larger(14, 10.5f));
        assertFalse(PrintSizes.larger(11, 10), "a point larger is the same print");
    }
}
