package nl.gremium.tables;

import java.util.List;
import nl.gremium.model.Block;

/**
 * Completes the tables of any format after parsing: caption from the heading/paragraph before it,
 * header rows, parsed cell numbers, totals row, euro flag, ids t1…, and one table where a page break
 * cut it in two.
 */
public final class TableAnalyzer {
    // PLACEHOLDER (owner: tables)
    public List<Block> analyze(List<Block> blocks) {
        return blocks;
    }
}
