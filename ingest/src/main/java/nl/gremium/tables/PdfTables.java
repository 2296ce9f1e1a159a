package nl.gremium.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
     * The parser's blocks with the PDF's tables in place of the paragraphs they were flattened into. Table
     * recovery is an improvement on text Tika already has: when PDFBox cannot lay out the file (damaged
     * content stream, odd encryption), the blocks are kept as they are and the reason goes to stderr,
     * rather than failing a file whose text was read.
     */
    public List<Block> apply(Path pdf, List<Block> blocks) {
        List<PageTable> tables;
        try {
            tables = find(pdf);
        } catch (RuntimeException e) {
            System.err.println("tables: " + pdf.getFileName() + ": no table recovery (" + e.getMessage() + ")");
            return blocks;
        }
        Map<Table, PageTable> origin = new IdentityHashMap<>();
        return SplitTables.join(TableBlocks.replace(blocks, tables, origin), origin);
    }

    /** The tables of a PDF, one per page segment, in reading order (not yet analysed or merged). */
    public List<Table> tables(Path pdf) {
        return find(pdf).stream().map(PdfTables::toTable).toList();
    }

    static List<PageTable> find(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PageTable> out = new ArrayList<>();
            LayoutReader.read(doc, page -> {
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
