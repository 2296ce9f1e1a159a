package nl.gremium.tables;

import java.nio.file.Path;
import java.util.List;
import nl.gremium.model.Block;

/**
 * Recovers the tables Tika flattens into paragraphs in a PDF: finds them by layout (ruling lines,
 * column alignment of text positions) and replaces the paragraphs they cover with TABLE blocks.
 */
public final class PdfTables {
    // PLACEHOLDER (owner: tables)
    public List<Block> apply(Path pdf, List<Block> blocks) {
        return blocks;
    }
}
