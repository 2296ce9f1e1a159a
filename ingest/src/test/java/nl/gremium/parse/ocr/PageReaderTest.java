package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What readings a page gets, counted in Tesseract runs. Needs Tesseract with its Dutch model; without it these
 * fail, unless the run says {@code -Dgremium.ocr=absent}.
 */
class PageReaderTest {
    private static final int DPI = 150;

    /** Fails without Tesseract, unless the run asks to skip OCR tests ({@code -Dgremium.ocr=absent}). */
    @BeforeAll
    static void requireOcr() {
        boolean usable = Tesseract.availability().usable();
        Assumptions.assumeTrue(usable || !"absent".equals(System.getProperty("gremium.ocr")), "-Dgremium.ocr=absent");
        assertTrue(usable, "OCR tests need " + Tesseract.INSTALL_HINT + " (or -Dgremium.ocr=absent to skip them)");
    }

    @Test
    void aPhotographIsReadOnceWithoutOrientationCheckOrLabels() throws OcrFailure {
        Tesseract tesseract = new Tesseract(Duration.ofSeconds(60));
        OcrPage page = new PageReader(tesseract, DPI).read(SyntheticPhoto.of(1240, 1754, 7), 1);
        assertEquals(1, tesseract.runs(), "one reading: no orientation check, no labels read in dark patches");
        assertEquals(0, page.redactions());
        assertEquals(0, page.rotation());
        assertTrue(page.words().stream().allMatch(w -> w.confidence() >= 60), page.words().toString());
    }

    @Test
    void printReadPoorlyIsStillCheckedForOrientation() throws OcrFailure {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1240, 1754);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 24));
        for (int y = 150; y < 1650; y += 40) {
            g.drawString("De raad besluit het bestemmingsplan voor de haven vast te stellen.", 120, y);
        }
        g.dispose();
        Tesseract tesseract = new Tesseract(Duration.ofSeconds(60));
        new PageReader(tesseract, DPI).read(PageReader.rotate(page, 180), 1);
        assertTrue(tesseract.runs() >= 2, "a page of print upside down: orientation asked, " + tesseract.runs() + " runs");
    }
}
