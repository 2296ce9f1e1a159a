package nl.gremium.parse;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.SourceFile;

/** A whole source file after parsing: its facts and its blocks in reading order (pages 1-based). */
public record ParsedFile(SourceFile source, List<Block> blocks) {
    public ParsedFile {
        blocks = List.copyOf(blocks);
    }
}
