package nl.gremium.tables;

import java.util.List;

/**
 * A table found on one page by layout analysis: its cell texts row by row and its box (y down).
 *
 * @param headerRows leading rows set in bold above a body that is not (0 when that cannot be told)
 * @param ruled      true when ruling lines delimit the cells, false when inferred from column alignment
 * @param edges      x of the column borders, left to right (columns + 1 of them) for ruled tables, else empty
 */
record PageTable(int page, float x0, float top, float x1, float bottom, List<List<String>> rows, int headerRows,
                 boolean ruled, List<Float> edges) {
    PageTable {
        rows = rows.stream().map(List::copyOf).toList();
        edges = List.copyOf(edges);
    }

    boolean contains(Glyph g) {
        return g.centerX() >= x0 && g.centerX() <= x1 && g.centerY() >= top && g.centerY() <= bottom;
    }
}
