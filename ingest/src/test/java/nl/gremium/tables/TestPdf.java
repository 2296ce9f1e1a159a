package nl.gremium.tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Writes small test PDFs with PDFBox: text lines and ruled grids, in y-down page coordinates. */
final class TestPdf implements AutoCloseable {
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument doc = new PDDocument();
    private PDPageContentStream cs;
    private float height;

    TestPdf page() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        height = page.getMediaBox().getHeight();
        cs = new PDPageContentStream(doc, page);
        return this;
    }

    /** Text drawn invisible, as a scan's OCR layer lies over the page image. */
    TestPdf hiddenText(float x, float baseline, String s, float size) throws IOException {
        cs.setRenderingMode(RenderingMode.NEITHER);
        text(x, baseline, s, false, size);
        cs.setRenderingMode(RenderingMode.FILL);
        return this;
    }

    /** One ruling segment. */
    TestPdf rule(float x1, float y1, float x2, float y2) throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo(x1, height - y1);
        cs.lineTo(x2, height - y2);
        cs.stroke();
        return this;
    }

    /** Text ending at {@code right}, as a column of numbers aligns them. */
    TestPdf textRight(float right, float baseline, String s, boolean bold, float size) throws IOException {
        return text(right - (bold ? BOLD : REGULAR).getStringWidth(s) / 1000 * size, baseline, s, bold, size);
    }

    TestPdf text(float x, float baseline, String s, boolean bold, float size) throws IOException {
        cs.beginText();
        cs.setFont(bold ? BOLD : REGULAR, size);
        cs.newLineAtOffset(x, height - baseline);
        cs.showText(s);
        cs.endText();
        return this;
    }

    /**
     * A ruled grid: column borders {@code xs}, row borders {@code ys}; each cell's lines of text
     * ("\n" separated) start 3pt right of its left border; header rows in bold.
     */
    /** Rules across only, drawn cell by cell as a browser does: one segment per column at every height in {@code ys}. */
    TestPdf rulesAcross(float[] xs, float... ys) throws IOException {
        cs.setLineWidth(0.5f);
        for (float y : ys) {
            for (int c = 0; c + 1 < xs.length; c++) {
                cs.moveTo(xs[c], height - y);
                cs.lineTo(xs[c + 1], height - y);
            }
        }
        cs.stroke();
        return this;
    }

    TestPdf grid(float[] xs, float[] ys, List<List<String>> cells, int headerRows) throws IOException {
        cs.setLineWidth(0.5f);
        for (float y : ys) {
            cs.moveTo(xs[0], height - y);
            cs.lineTo(xs[xs.length - 1], height - y);
        }
        for (float x : xs) {
            cs.moveTo(x, height - ys[0]);
            cs.lineTo(x, height - ys[ys.length - 1]);
        }
        cs.stroke();
        for (int r = 0; r < cells.size(); r++) {
            for (int c = 0; c < cells.get(r).size(); c++) {
                String[] lines = cells.get(r).get(c).split("\n");
                for (int l = 0; l < lines.length; l++) {
                    if (!lines[l].isEmpty()) {
                        text(xs[c] + 3, ys[r] + 10 + 10 * l, lines[l], r < headerRows, 8);
                    }
                }
            }
        }
        return this;
    }

    /**
     * A grid as a browser prints an HTML table with separate borders: every cell a box of its own, {@code spacing} apart,
     * its top and bottom filled thin rectangles and its sides filled thin four-sided polygons.
     */
    TestPdf boxedCells(float[] xs, float[] ys, List<List<String>> cells, float spacing) throws IOException {
        float w = 0.75f;
        for (int r = 0; r + 1 < ys.length; r++) {
            for (int c = 0; c + 1 < xs.length; c++) {
                float left = xs[c] + spacing / 2;
                float right = xs[c + 1] - spacing / 2;
                float top = height - ys[r] - spacing / 2;
                float bottom = height - ys[r + 1] + spacing / 2;
                cs.addRect(left, top - w, right - left, w);
                cs.fill();
                cs.addRect(left, bottom, right - left, w);
                cs.fill();
                for (float x : new float[] {left, right - w}) {
                    cs.moveTo(x, bottom);
                    cs.lineTo(x, top);
                    cs.lineTo(x + w, top - w);
                    cs.lineTo(x + w, bottom + w);
                    cs.fill();
                }
                String text = cells.get(r).get(c);
                if (!text.isEmpty()) {
                    text(xs[c] + 4, ys[r] + 12, text, r == 0, 8);
                }
            }
        }
        return this;
    }

    Path save(Path file) throws IOException {
        cs.close();
        cs = null;
        doc.save(file.toFile());
        return file;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
