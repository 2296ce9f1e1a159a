package nl.gremium.tables;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads every page's glyphs (via PDFTextStripper's text positions, which resolve fonts, widths and
 * the text matrix for us) and ruling lines (its path operators, {@link PathOperators}, feed a
 * {@link RulingCollector}) in one pass over the page's content stream.
 */
final class LayoutReader extends PDFTextStripper {
    private final Consumer<PageLayout> sink;
    private List<Glyph> glyphs = new ArrayList<>();
    private RulingCollector rulings;
    private int hidden;      // glyphs of the page drawn invisible (a scan's OCR layer)

    private LayoutReader(Consumer<PageLayout> sink) {
        super();
        this.sink = sink;
        PathOperators.addTo(this, () -> rulings);
    }

    /** Hands each page's layout to {@code sink} as soon as the page is read, so only one page is held at a time. */
    static void read(PDDocument doc, Consumer<PageLayout> sink) throws IOException {
        new LayoutReader(sink).writeText(doc, new StringWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        glyphs = new ArrayList<>();
        hidden = 0;
        rulings = new RulingCollector(page.getCropBox());
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String s = t.getUnicode();
        if (s == null || s.isEmpty() || t.getDir() != 0f || askew(t)) { // vertical or turned text never belongs to a table row
            return;
        }
        float x = t.getXDirAdj();
        float base = t.getYDirAdj();
        float h = Math.max(t.getHeightDir(), 1f);
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
            hidden++;
        }
        glyphs.add(new Glyph(s, x, base - h, x + Math.max(t.getWidthDirAdj(), 0.1f), base,
                Math.max(t.getFontSizeInPt(), h), isBold(t.getFont())));
    }

    /**
     * Turned a few degrees off the line (a stamp set askew over the page): its glyphs step up or down one by one, so their
     * gaps and baselines would read as columns and rows of a table. PDFBox's direction only tells quarter turns apart.
     */
    private static boolean askew(TextPosition t) {
        Matrix m = t.getTextMatrix();
        return Math.abs(m.getShearY()) > 0.05f * Math.abs(m.getScaleX());
    }

    /** Bold by name (most embedded fonts say so: "LiberationSans-Bold") or by the descriptor's weight/flag. */
    static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        int number = getCurrentPageNo();
        sink.accept(new PageLayout(number, page.getCropBox().getWidth(), page.getCropBox().getHeight(),
                rulings.rulings(), List.copyOf(glyphs), hidden > glyphs.size() / 2));
        glyphs = new ArrayList<>();
        super.endPage(page);
    }
}
