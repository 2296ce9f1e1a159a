package nl.gremium.split;

import java.util.List;
import nl.gremium.model.Block;

/** One logical document inside a source file: its page range and blocks. */
public record Part(int pageStart, int pageEnd, List<Block> blocks) {
    public Part {
        blocks = List.copyOf(blocks);
    }
}
