package nl.gremium.parse;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.SourceFile;

/**
 * A whole source file after parsing: its facts and its blocks in reading order (pages 1-based).
 *
 * @param ocrPages        pages read by OCR because they had no usable text layer
 * @param pagesNeedingOcr pages with print but no text that OCR did not read; {@code ocrNote} says why
 * @param newSourcePages  a merged PDF's pages (1-based) that share no font object with the page before, so most
 *                        likely start another source file ({@link FontSources}, read in the parse worker); null
 *                        when there is no such cue (not a PDF, one page, or fonts that change on most pages)
 */
public record ParsedFile(SourceFile source, List<Block> blocks, int ocrPages, int pagesNeedingOcr, String ocrNote,
                         List<Integer> newSourcePages) {
    public ParsedFile {
        blocks = List.copyOf(blocks);
        newSourcePages = newSourcePages == null ? null : List.copyOf(newSourcePages);
    }

    public ParsedFile(SourceFile source, List<Block> blocks) {
        this(source, blocks, 0, 0, null, null);
    }
}
