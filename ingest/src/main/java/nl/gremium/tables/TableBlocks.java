package nl.gremium.tables;

import java.util.List;
import nl.gremium.model.Block;

final class TableBlocks {
    private TableBlocks() {}

    static List<Block> replace(List<Block> blocks, List<PageTable> tables) {
        return blocks;
    }
}
