package nl.gremium.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Recovers the tables Tika flattens into paragraphs in a PDF: finds them by layout (ruling lines,
 * column alignment of text positions) and replaces the paragraphs they cover with TABLE blocks.
 *
 * <p>Why our own layout analysis: tabula-java (1.0.5, the current release) is built on PDFBox 2,
 * while Tika 3 brings PDFBox 3; the two share package names with incompatible APIs, so they cannot
 * live on one class path without shading one of them. The part of tabula we need (ruling-line grids
 * and a column-alignment fallback) is small enough to write directly against PDFBox 3's
 * {@code PDFGraphicsStreamEngine} and {@code TextPosition}, which keeps one PDF library in the build.
 */
public final class PdfTables {

    /**
     * The parser's blocks with the PDF's tables in place of the paragraphs they were flattened into (reads the layout,
     * then {@link #apply(Layout, List)}).
     */
    public List<Block> apply(Path pdf, List<Block> blocks) {
        return apply(layout(pdf), blocks);
    }

    /** The blocks with the tables of a layout read before in place of the paragraphs they were flattened into. */
    public List<Block> apply(Layout layout, List<Block> blocks) {
        Map<Table, PageTable> origin = new IdentityHashMap<>();
        return SplitTables.join(TableBlocks.replace(blocks, layout.tables, origin), origin);
    }

    /**
     * What one pass over a PDF's layout finds: its tables and its {@link PrintSizes}. Both improve on text Tika already
     * has: when PDFBox cannot lay out the file (damaged content stream, odd encryption), the layout is empty and the
     * reason goes to stderr, rather than failing a file whose text was read.
     */
    public static Layout layout(Path pdf) {
        try {
            PrintSizes.Collector sizes = new PrintSizes.Collector();
            ItemLabels.Collector labels = new ItemLabels.Collector();
            List<PageTable> tables = find(pdf, page -> {
                List<TextLines.Line> lines = page.hiddenText() ? List.of() : TextLines.lines(page.glyphs());
                sizes.page(page, lines);
                labels.page(page, lines);
            });
            return new Layout(tables, sizes.done(), labels.done());
        } catch (RuntimeException e) {
            System.err.println("tables: " + pdf.getFileName() + ": no table recovery (" + e.getMessage() + ")");
            return Layout.NONE;
        }
    }

    /** A PDF's tables (not yet placed), the print sizes of its lines and its items printed in columns. */
    public static final class Layout {
        public static final Layout NONE = new Layout(List.of(), PrintSizes.NONE, ItemLabels.NONE);
        private final List<PageTable> tables;
        private final PrintSizes printSizes;
        private final ItemLabels itemLabels;

        private Layout(List<PageTable> tables, PrintSizes printSizes, ItemLabels itemLabels) {
            this.tables = tables;
            this.printSizes = printSizes;
            this.itemLabels = itemLabels;
        }

        public PrintSizes printSizes() {
            return printSizes;
        }

        public ItemLabels itemLabels() {
            return itemLabels;
        }
    }

    /** The tables of a PDF, one per page segment, in reading order (not yet analysed or merged). */
    public List<Table> tables(Path pdf) {
        return find(pdf, page -> { }).stream().map(PdfTables::toTable).toList();
    }

    /** The tables of a PDF; each page's layout also goes to {@code pages} (collectors of other layout facts). */
    static List<PageTable> find(Path pdf, Consumer<PageLayout> pages) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PageTable> out = new ArrayList<>();
            LayoutReader.read(doc, page -> {
                pages.accept(page);
                List<PageTable> ruled = RuledTableFinder.find(page);
                out.addAll(ruled);
                out.addAll(AlignedTableFinder.find(page, ruled));
            });
            out.sort(Comparator.comparingInt(PageTable::page).thenComparingDouble(PageTable::top));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tables from " + pdf + ": " + e.getMessage(), e);
        }
    }

    static Table toTable(PageTable t) {
        List<List<Cell>> rows = t.rows().stream().map(r -> r.stream().map(Cell::of).toList()).toList();
        return new Table(null, null, t.page(), t.page(), rows, t.headerRows(), null, false);
    }
}
