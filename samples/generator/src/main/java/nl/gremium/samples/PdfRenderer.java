package nl.gremium.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small PDF layout engine: A4 pages, word wrap, bold larger headings, indented list items,
 * ruled tables (header repeated on a new page, numbers right-aligned) and a footer "Pagina x van y".
 * Uses the standard Helvetica fonts (WinAnsi: covers €, ë, ï, –), so nothing is embedded and the
 * output is byte-for-byte reproducible together with {@link Reproducible#pdf}.
 */
final class PdfRenderer {
    private static final float MARGIN_LEFT = 68;
    private static final float MARGIN_RIGHT = 62;
    private static final float TOP = PDRectangle.A4.getHeight() - 64;
    private static final float BOTTOM = 72;
    private static final float WIDTH = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 14;
    private static final float CELL_SIZE = 9;
    private static final float CELL_LEADING = 11.5f;
    private static final float CELL_PAD = 3.5f;

    // per document: a font object written into one PDF keeps that file's object number, so sharing
    // fonts between documents would make the output depend on what was rendered before
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument pdf = new PDDocument();
    private PDPageContentStream out;
    private float y;
    private boolean[] numeric;

    /** Renders one document to PDF bytes. */
    static byte[] render(SampleDoc doc) {
        try {
            return new PdfRenderer().run(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + doc.file() + " as PDF", e);
        }
    }

    private byte[] run(SampleDoc doc) throws IOException {
        try (pdf) {
            newPage();
            for (Element e : doc.content()) {
                draw(e);
            }
            out.close();
            footers();
            Reproducible.pdf(pdf, doc);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void draw(Element e) throws IOException {
        if (e instanceof Element.Title t) {
            space(4);
            paragraph(t.text(), bold, 16, 20, 0);
            space(8);
        } else if (e instanceof Element.Heading h) {
            float size = h.level() == 1 ? 13 : 11.5f;
            space(h.level() == 1 ? 10 : 6);
            // keep a heading with at least two lines of what follows
            ensure(size * 1.3f + 2 * LEADING);
            paragraph(h.text(), bold, size, size * 1.3f, 0);
            space(3);
        } else if (e instanceof Element.Para p) {
            paragraph(p.text(), regular, BODY_SIZE, LEADING, 0);
            space(6);
        } else if (e instanceof Element.Item i) {
            item(i);
        } else if (e instanceof Element.Fields f) {
            fields(f);
        } else if (e instanceof Element.Grid g) {
            grid(g);
        } else if (e instanceof Element.PageBreak) {
            out.close();
            newPage();
        }
    }

    private void item(Element.Item i) throws IOException {
        float indent = 18 + 18 * i.indent();
        List<String> lines = wrap(i.text(), regular, BODY_SIZE, WIDTH - indent - 20);
        ensure(LEADING);
        text(i.label(), regular, BODY_SIZE, MARGIN_LEFT + indent, y - BODY_SIZE);
        for (String line : lines) {
            ensure(LEADING);
            text(line, regular, BODY_SIZE, MARGIN_LEFT + indent + 20, y - BODY_SIZE);
            y -= LEADING;
        }
        space(3);
    }

    private void fields(Element.Fields f) throws IOException {
        float labelWidth = 0;
        for (List<String> row : f.rows()) {
            labelWidth = Math.max(labelWidth, width(row.get(0), bold, BODY_SIZE));
        }
        float valueX = MARGIN_LEFT + labelWidth + 16;
        for (List<String> row : f.rows()) {
            List<String> lines = wrap(row.get(1), regular, BODY_SIZE, MARGIN_LEFT + WIDTH - valueX);
            ensure(LEADING);
            text(row.get(0), bold, BODY_SIZE, MARGIN_LEFT, y - BODY_SIZE);
            for (String line : lines) {
                ensure(LEADING);
                text(line, regular, BODY_SIZE, valueX, y - BODY_SIZE);
                y -= LEADING;
            }
        }
        space(8);
    }

    private void grid(Element.Grid g) throws IOException {
        int cols = g.rows().get(0).size();
        float[] widths = new float[cols];
        double total = 0;
        for (int c = 0; c < cols; c++) {
            total += g.widths() == null ? 1 : g.widths()[c];
        }
        for (int c = 0; c < cols; c++) {
            widths[c] = (float) ((g.widths() == null ? 1 : g.widths()[c]) / total * WIDTH);
        }
        numeric = Element.numericColumns(g.rows(), g.headerRows());
        space(2);
        for (int r = 0; r < g.rows().size(); r++) {
            boolean header = r < g.headerRows();
            List<String> row = g.rows().get(r);
            boolean strong = header || "Totaal".equalsIgnoreCase(row.get(0));
            float height = rowHeight(row, widths, strong);
            if (y - height < BOTTOM) {
                out.close();
                newPage();
                for (int h = 0; h < g.headerRows() && !header; h++) {
                    drawRow(g.rows().get(h), widths, true, rowHeight(g.rows().get(h), widths, true));
                }
            }
            drawRow(row, widths, strong, height);
        }
        space(10);
    }

    private float rowHeight(List<String> row, float[] widths, boolean strong) throws IOException {
        int lines = 1;
        for (int c = 0; c < row.size(); c++) {
            lines = Math.max(lines, wrap(row.get(c), strong ? bold : regular, CELL_SIZE, widths[c] - 2 * CELL_PAD).size());
        }
        return lines * CELL_LEADING + 2 * CELL_PAD;
    }

    private void drawRow(List<String> row, float[] widths, boolean strong, float height) throws IOException {
        PDFont font = strong ? bold : regular;
        float x = MARGIN_LEFT;
        out.setLineWidth(0.6f);
        for (int c = 0; c < row.size(); c++) {
            out.addRect(x, y - height, widths[c], height);
            out.stroke();
            float lineY = y - CELL_PAD - CELL_SIZE;
            boolean number = numeric[c];
            for (String line : wrap(row.get(c), font, CELL_SIZE, widths[c] - 2 * CELL_PAD)) {
                float lx = number ? x + widths[c] - CELL_PAD - width(line, font, CELL_SIZE) : x + CELL_PAD;
                text(line, font, CELL_SIZE, lx, lineY);
                lineY -= CELL_LEADING;
            }
            x += widths[c];
        }
        y -= height;
    }

    private void paragraph(String text, PDFont font, float size, float leading, float indent) throws IOException {
        for (String line : wrap(text, font, size, WIDTH - indent)) {
            ensure(leading);
            text(line, font, size, MARGIN_LEFT + indent, y - size);
            y -= leading;
        }
    }

    private void text(String s, PDFont font, float size, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(s);
        out.endText();
    }

    private void space(float points) {
        y -= points;
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            out.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        y = TOP;
    }

    private void footers() throws IOException {
        int n = pdf.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream s = new PDPageContentStream(pdf, pdf.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                out = s;
                String label = "Pagina " + (i + 1) + " van " + n;
                text(label, regular, 8.5f, MARGIN_LEFT + (WIDTH - width(label, regular, 8.5f)) / 2, 40);
            }
        }
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Greedy word wrap; a word longer than the line is put on a line of its own. */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : Content.words(text)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, font, size) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
