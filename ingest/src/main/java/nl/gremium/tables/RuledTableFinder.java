package nl.gremium.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Finds tables drawn with ruling lines: rulings that touch form one grid; the distinct x of its
 * vertical and y of its horizontal rulings give the elementary cells; a missing border between two
 * elementary cells means they are one merged cell (its text goes to the top-left one, the others
 * stay empty, as Word and HTML renderings show spans).
 */
final class RuledTableFinder {
    /** Rows or columns thinner than this and empty are artefacts of double borders, not rows. */
    private static final float MIN_GAP = 4f;

    private RuledTableFinder() {}

    static List<PageTable> find(PageLayout page) {
        List<Ruling> rulings = page.rulings();
        List<PageTable> tables = new ArrayList<>();
        for (List<Ruling> group : connected(rulings)) {
            for (List<Ruling> band : bands(group)) {
                PageTable t = grid(page, band);
                if (t != null) {
                    tables.add(t);
                }
            }
        }
        tables.sort(Comparator.comparingDouble(PageTable::top));
        return tables;
    }

    /** Groups rulings into connected sets (union-find over touching pairs). */
    private static List<List<Ruling>> connected(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rulings.get(i).touches(rulings.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] index = new int[n];
        Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (index[root] < 0) {
                index[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(index[root]).add(rulings.get(i));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Splits a connected set of rulings into tables set directly below each other: where no vertical
     * ruling crosses the gap between two horizontal ones, or where the tables share one horizontal
     * border but each has column borders the other lacks (merged cells only ever remove borders, so
     * one table's rows never have borders both above and below that the other side misses).
     */
    private static List<List<Ruling>> bands(List<Ruling> group) {
        List<Ruling> vs = group.stream().filter(Ruling::vertical).toList();
        List<Float> ys = positions(group.stream().filter(Ruling::horizontal).map(Ruling::y).toList());
        List<List<Ruling>> out = new ArrayList<>();
        int start = 0;
        List<Float> previous = null;
        for (int k = 0; k < ys.size() - 1; k++) {
            float mid = (ys.get(k) + ys.get(k + 1)) / 2;
            List<Float> columns = positions(vs.stream().filter(v -> v.y1() <= mid && v.y2() >= mid).map(Ruling::x).toList());
            float y = ys.get(k);
            boolean continuous = vs.stream().anyMatch(v -> v.y1() < y - Ruling.TOLERANCE && v.y2() > y + Ruling.TOLERANCE);
            if (columns.isEmpty() && ys.get(k + 1) - y < MIN_GAP) {
                continue; // the spacing between the rows of a table whose cells a browser boxed one by one
            }
            if (columns.isEmpty()) {
                if (k > start) {
                    out.add(within(group, ys.get(start), ys.get(k)));
                }
                start = k + 1;
            } else if (previous != null && k > start && !continuous && !subset(previous, columns)
                    && !subset(columns, previous)) {
                out.add(within(group, ys.get(start), ys.get(k)));
                start = k;
            }
            previous = columns.isEmpty() ? null : columns;
        }
        if (ys.size() - 1 > start) {
            out.add(within(group, ys.get(start), ys.get(ys.size() - 1)));
        }
        return out;
    }

    private static boolean subset(List<Float> a, List<Float> b) {
        return a.stream().allMatch(x -> b.stream().anyMatch(y -> Math.abs(x - y) <= Ruling.TOLERANCE));
    }

    private static List<Ruling> within(List<Ruling> group, float top, float bottom) {
        float t = Ruling.TOLERANCE;
        return group.stream().filter(r -> r.horizontal() ? r.y() >= top - t && r.y() <= bottom + t
                : r.y2() > top + t && r.y1() < bottom - t).toList();
    }

    private static PageTable grid(PageLayout page, List<Ruling> group) {
        List<Ruling> hs = group.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vs = group.stream().filter(Ruling::vertical).toList();
        if (hs.size() < 2 || vs.size() < 2) {
            return null;
        }
        List<Float> xs = positions(vs.stream().map(Ruling::x).toList());
        List<Float> ys = positions(hs.stream().map(Ruling::y).toList());
        int nr = ys.size() - 1;
        int nc = xs.size() - 1;
        if (nr < 1 || nc < 1 || nr * nc < 2) {
            return null;
        }
        // owner[r][c]: the elementary cell (r*nc+c) whose merged cell (r,c) belongs to
        int[] owner = new int[nr * nc];
        Arrays.setAll(owner, i -> i);
        for (int r = 0; r < nr; r++) {
            float mid = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c + 1 < nc; c++) {
                float x = xs.get(c + 1);
                boolean border = vs.stream().anyMatch(v -> Math.abs(v.x() - x) <= Ruling.TOLERANCE
                        && v.y1() <= mid && v.y2() >= mid);
                if (!border) {
                    union(owner, r * nc + c, r * nc + c + 1);
                }
            }
        }
        for (int c = 0; c < nc; c++) {
            float mid = (xs.get(c) + xs.get(c + 1)) / 2;
            for (int r = 0; r + 1 < nr; r++) {
                float y = ys.get(r + 1);
                boolean border = hs.stream().anyMatch(h -> Math.abs(h.y() - y) <= Ruling.TOLERANCE
                        && h.x1() <= mid && h.x2() >= mid);
                if (!border) {
                    union(owner, r * nc + c, (r + 1) * nc + c);
                }
            }
        }
        float x0 = xs.get(0);
        float x1 = xs.get(nc);
        float top = ys.get(0);
        float bottom = ys.get(nr);
        List<List<Glyph>> cellGlyphs = new ArrayList<>();
        for (int i = 0; i < nr * nc; i++) {
            cellGlyphs.add(new ArrayList<>());
        }
        for (Glyph g : page.glyphs()) {
            float cx = g.centerX();
            float cy = g.centerY();
            if (cx < x0 || cx > x1 || cy < top || cy > bottom) {
                continue;
            }
            int c = slot(xs, cx);
            int r = slot(ys, cy);
            cellGlyphs.get(find(owner, r * nc + c)).add(g);
        }
        boolean anyText = cellGlyphs.stream().anyMatch(l -> l.stream().anyMatch(g -> !g.isSpace()));
        if (!anyText) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < nc; c++) {
                int i = r * nc + c;
                row.add(find(owner, i) == i ? TextLines.cellText(TextLines.lines(cellGlyphs.get(i))) : "");
            }
            rows.add(row);
        }
        int header = 0;
        TextLines.Line labels = labelsAbove(page, xs, top);
        if (labels != null) {
            rows.add(0, labelRow(labels, xs));
            ys.add(0, labels.top() - 1);
            cellGlyphs.addAll(0, Collections.nCopies(nc, List.of()));
            header = 1;
            top = labels.top() - 1;
        }
        int total = rows.size();
        while (header < total && boldRow(cellGlyphs, header, nc) && !(header > 0 && groupRow(rows.get(header), rows.get(header - 1)))) {
            header++;
        }
        header = header == total ? 0 : header;
        List<Float> edges = new ArrayList<>(xs);
        dropThinEmpty(rows, ys, edges);
        // rows with no text at all (the gap a double border or a spacer row leaves) are no logical rows
        for (int r = rows.size() - 1; r >= 0; r--) {
            if (rows.get(r).stream().allMatch(String::isBlank)) {
                rows.remove(r);
                header -= r < header ? 1 : 0;
            }
        }
        if (rows.isEmpty() || rows.size() * rows.get(0).size() < 2) {
            return null;
        }
        GluedAmounts.split(rows, rows.get(0).size());
        return new PageTable(page.page(), x0, top, x1, bottom, rows, header, true, edges);
    }

    /**
     * The header a grid prints outside its rulings (white labels on a filled band, or bold labels over the first ruled
     * row): the line right above the grid's top, set in bold, within its width and out of every ruled cell, that gives
     * every column a label. Null when there is none.
     */
    private static TextLines.Line labelsAbove(PageLayout page, List<Float> xs, float top) {
        float x0 = xs.get(0);
        float x1 = xs.get(xs.size() - 1);
        List<Glyph> above = page.glyphs().stream().filter(g -> g.centerY() < top && g.centerY() > top - 40).toList();
        List<TextLines.Line> lines = TextLines.lines(above);
        if (lines.isEmpty()) {
            return null;
        }
        TextLines.Line line = lines.get(lines.size() - 1);
        float size = (float) line.glyphs().stream().mapToDouble(Glyph::size).max().orElse(0);
        float middle = (line.top() + line.baseline()) / 2;
        boolean inCell = page.rulings().stream().anyMatch(r -> r.vertical() && r.x() > x0 + Ruling.TOLERANCE
                && r.x() < x1 - Ruling.TOLERANCE && r.y1() <= middle && r.y2() >= middle);
        if (xs.size() < 3 || !line.bold() || inCell || top - line.baseline() > 1.5f * size
                || line.x() < x0 - Ruling.TOLERANCE || line.right() > x1 + Ruling.TOLERANCE) {
            return null;
        }
        // labels stand apart at every column border: a title line running across the grid's width has words cut there
        Glyph prev = null;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) {
                continue;
            }
            if (prev != null && slot(xs, prev.centerX()) != slot(xs, g.centerX()) && g.x() - prev.right() < LABEL_GAP * size) {
                return null;
            }
            prev = g;
        }
        List<String> row = labelRow(line, xs);
        return row.stream().noneMatch(String::isBlank) ? line : null;
    }

    /** The least gap, in print sizes, between the labels of two columns. */
    private static final float LABEL_GAP = 0.5f;

    /** A line's glyphs shared out over the columns its centres fall in. */
    private static List<String> labelRow(TextLines.Line line, List<Float> xs) {
        List<List<Glyph>> cells = new ArrayList<>();
        for (int c = 0; c + 1 < xs.size(); c++) {
            cells.add(new ArrayList<>());
        }
        for (Glyph g : line.glyphs()) {
            cells.get(slot(xs, g.centerX())).add(g);
        }
        return new ArrayList<>(cells.stream().map(TextLines::text).toList());
    }

    /**
     * A bold row that names a group of the rows below it in its first cell only ("Commissiedebat Water, 10 oktober 2024",
     * "1. Vaststellen besluitenlijst"),
     * under a header of several labels: the body's first row, not a second header row. A unit line ("(× € 1.000)") is the
     * header's.
     */
    private static boolean groupRow(List<String> row, List<String> above) {
        // (a numbered section row too: "1. Vaststellen besluitenlijst", "A. Hamerstukken")
        String first = row.get(0).strip().replaceFirst("^(?:\\d{1,2}|[A-Z])[.)]\\s+(?=\\p{L})", "");
        return !first.isEmpty() && Character.isLetter(first.codePointAt(0)) && !first.contains("€")
                && row.stream().skip(1).allMatch(String::isBlank) && above.stream().filter(c -> !c.isBlank()).count() >= 2;
    }

    /** A row whose text is all bold (header rows are set in bold by every writer we know). */
    private static boolean boldRow(List<List<Glyph>> cellGlyphs, int r, int nc) {
        long text = 0;
        long bold = 0;
        for (int c = 0; c < nc; c++) {
            for (Glyph g : cellGlyphs.get(r * nc + c)) {
                if (!g.isSpace()) {
                    text++;
                    bold += g.bold() ? 1 : 0;
                }
            }
        }
        return text > 0 && bold >= 0.8 * text;
    }

    /**
     * Removes empty rows and columns thinner than {@link #MIN_GAP} (double borders draw those); a removed
     * column's right border goes from {@code xs}, which then holds the borders of the columns kept.
     */
    private static void dropThinEmpty(List<List<String>> rows, List<Float> ys, List<Float> xs) {
        for (int r = rows.size() - 1; r >= 0; r--) {
            if (ys.get(r + 1) - ys.get(r) < MIN_GAP && rows.get(r).stream().allMatch(String::isEmpty)) {
                rows.remove(r);
            }
        }
        for (int c = xs.size() - 2; c >= 0; c--) {
            final int col = c;
            if (xs.get(c + 1) - xs.get(c) < MIN_GAP && rows.stream().allMatch(row -> row.get(col).isEmpty())) {
                rows.forEach(row -> row.remove(col));
                xs.remove(c + 1);
            }
        }
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        // the smaller index (top-left) stays the owner
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }

    /** Index of the interval of {@code bounds} that holds {@code v}. */
    private static int slot(List<Float> bounds, float v) {
        for (int i = 1; i < bounds.size() - 1; i++) {
            if (v < bounds.get(i)) {
                return i - 1;
            }
        }
        return bounds.size() - 2;
    }

    /** Sorted distinct coordinates, merging those closer than the tolerance. */
    private static List<Float> positions(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > Ruling.TOLERANCE) {
                out.add(v);
            }
        }
        return out;
    }
}
