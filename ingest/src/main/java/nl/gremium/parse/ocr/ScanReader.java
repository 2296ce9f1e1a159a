package nl.gremium.parse.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * OCR for the pages of a PDF that have no usable text layer: each such page is rendered with PDFBox; a page
 * without ink is blank and skipped; the others are read with {@link PageReader} when Tesseract and its Dutch
 * model are installed, each within its own time limit, and otherwise counted as needing OCR.
 */
public final class ScanReader {
    /** Tesseract reads best at 300 dpi; ink is judged on a cheap 50 dpi rendering. */
    static final int OCR_DPI = 300;
    private static final int INK_DPI = 50;

    /** What OCR did to one file. {@code unreadReason} says why {@code unread} pages with ink were not read. */
    public record Result(Map<Integer, OcrPage> pages, int unread, String unreadReason) {}

    private final Duration pageLimit;
    private final Runnable onPage;

    /** @param onPage called after each page read, so a watchdog knows the work goes on */
    public ScanReader(Duration pageLimit, Runnable onPage) {
        this.pageLimit = pageLimit;
        this.onPage = onPage;
    }

    public Result read(Path pdf, List<Integer> pages) throws IOException {
        Map<Integer, OcrPage> read = new TreeMap<>();
        int unread = 0;
        String reason = null;
        boolean usable = Tesseract.availability().usable();
        PageReader reader = new PageReader(new Tesseract(pageLimit), OCR_DPI);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Integer> inked = new ArrayList<>();
            for (int p : pages) {
                if (p >= 1 && p <= doc.getNumberOfPages() && hasInk(renderer.renderImageWithDPI(p - 1, INK_DPI, ImageType.GRAY))) {
                    inked.add(p);
                }
            }
            for (int p : inked) {
                if (!usable) {
                    unread++;
                    reason = Tesseract.INSTALL_HINT;
                    continue;
                }
                try {
                    BufferedImage image = renderer.renderImageWithDPI(p - 1, OCR_DPI, ImageType.GRAY);
                    read.put(p, reader.read(image, p));
                } catch (OcrFailure e) {
                    unread++;
                    reason = e.getMessage() + " (page " + p + ")";
                }
                onPage.run();
            }
        }
        return new Result(read, unread, reason);
    }

    /** Some dark pixels beyond scanner dust: at least one in a thousand. */
    static boolean hasInk(BufferedImage gray) {
        var r = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[] row = new int[w];
        long dark = 0;
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int v : row) {
                dark += v < 128 ? 1 : 0;
            }
        }
        return dark * 1000L >= (long) w * h;
    }
}
