package nl.gremium.parse;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.SourceFile;

/**
 * A whole source file after parsing: its facts and its blocks in reading order (pages 1-based).
 *
 * @param ocrPages        pages read by OCR because they had no usable text layer
 * @param pagesNeedingOcr pages with print but no text that OCR did not read; {@code ocrNote} says why
 */
public record ParsedFile(SourceFile source, List<Block> blocks, int ocrPages, int pagesNeedingOcr, String ocrNote) {
    public ParsedFile {
        blocks = List.copyOf(blocks);
    }

    public ParsedFile(SourceFile source, List<Block> blocks) {
        this(source, blocks, 0, 0, null);
    }
}
