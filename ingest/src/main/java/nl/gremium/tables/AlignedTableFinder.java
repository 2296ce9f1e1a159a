package nl.gremium.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gremium.text.DutchNumber;

/**
 * Finds unruled tables from the column alignment of text chunks on consecutive lines. A chunk is a run
 * of words without a wide gap; lines made of two or more chunks, one after the other, are candidate
 * rows; the gaps that no chunk of those rows crosses are the column borders (the projection method).
 * A line of text in only some columns (no numbers) is folded into the row above (a wrapped cell).
 *
 * <p>To stay clear of prose and of label/value forms ("Datum: 24 september 2025", two tab-aligned
 * columns), a run counts as a table only with at least three rows and either a numeric column or at
 * least three columns. Two rows are enough for a wide grid: a line of at least {@value #GRID_COLUMNS}
 * text labels over a line whose every chunk starts where a label starts (a letter's "Datum  Kenmerk
 * …" grid with its values below).
 */
final class AlignedTableFinder {
    /** A gap of this many font sizes or more separates chunks (word gaps are about a quarter). */
    private static final float CHUNK_GAP = 1.5f;
    /** Consecutive rows are at most this many line heights apart. */
    private static final float ROW_GAP = 2.2f;
    /** Rows ruled apart are at most this many font sizes apart (a padded cell's gap, not a section break). */
    private static final float RULED_ROW_GAP = 2.5f;
    private static final int MIN_ROWS = 3;
    /**
     * Rows whose cells start where the row above starts them may be this many line heights apart (padded cells; a line's
     * height here is its glyphs' from top to baseline, about half the line spacing).
     */
    private static final float ALIGNED_ROW_GAP = 10f;
    private static final int ALIGNED_COLUMNS = 3;
    /** Text this many font sizes beyond a row's rule is a column of the page's margin, not of the table. */
    private static final float MARGIN_GAP = 3f;
    private static final int GRID_COLUMNS = 5;
    /** A value sits under its label when their left edges are this close (points). */
    private static final float SAME_START = 2f;

    private AlignedTableFinder() {}

    record Chunk(float x, float right, String text) {}

    record Row(TextLines.Line line, List<Chunk> chunks) {}

    static List<PageTable> find(PageLayout page, List<PageTable> ruled) {
        List<Glyph> free = page.glyphs().stream().filter(g -> ruled.stream().noneMatch(t -> t.contains(g))).toList();
        List<TextLines.Line> lines = TextLines.lines(free);
        List<PageTable> out = new ArrayList<>();
        List<Row> run = new ArrayList<>();
        float runEnd = Float.NaN; // where the rules under the current run's rows end
        for (TextLines.Line line : lines) {
            Row row = new Row(line, chunks(line));
            float ruleEnd = run.isEmpty() ? Float.NaN : ruledRows(page, run, line);
            if (!Float.isNaN(ruleEnd)) {
                runEnd = Float.isNaN(runEnd) ? ruleEnd : Math.max(runEnd, ruleEnd);
                final float end = runEnd;
                run.replaceAll(r -> before(r, end));
            }
            if (!Float.isNaN(runEnd)) {
                // a letter's margin column printed beside a ruled table ("Datum", "Kenmerk" on every page) is none of its cells
                row = before(row, runEnd);
                if (row.chunks().isEmpty()) {
                    continue; // a line of that column alone, between two rows
                }
            }
            float gap = run.isEmpty() ? Float.NaN : line.top() - run.get(run.size() - 1).line().baseline();
            float height = line.baseline() - line.top();
            boolean close = !run.isEmpty() && (gap <= ROW_GAP * height || !Float.isNaN(ruleEnd)
                    || gap <= ALIGNED_ROW_GAP * height && sameColumns(row, run.get(run.size() - 1)));
            boolean tabular = row.chunks().size() >= 2;
            boolean continuation = !run.isEmpty() && close && row.chunks().size() == 1
                    && (row.chunks().get(0).x() > run.get(0).chunks().get(0).right()
                    || row.chunks().get(0).right() < secondColumn(run));
            if (tabular && (run.isEmpty() || close) || continuation) {
                run.add(row);
            } else {
                table(page, run).ifPresent(out::add);
                run = new ArrayList<>();
                runEnd = Float.NaN;
                row = new Row(line, chunks(line));
                if (row.chunks().size() >= 2) {
                    run.add(row);
                }
            }
        }
        table(page, run).ifPresent(out::add);
        return out;
    }

    private static List<float[]> spans(List<Row> rows) {
        List<float[]> spans = new ArrayList<>();
        rows.stream().flatMap(r -> r.chunks().stream()).sorted(Comparator.comparingDouble(Chunk::x))
                .forEach(c -> {
                    float[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                    if (last != null && c.x() <= last[1] + 1) {
                        last[1] = Math.max(last[1], c.right());
                    } else {
                        spans.add(new float[] {c.x(), c.right()});
                    }
                });
        return spans;
    }

    /**
     * A padded table's rows stand further apart than lines of text do, but each starts its cells where the row above
     * starts them (or ends them, for numbers): three or more chunks, one for one at the same places ("2025-06 | Hoofdstuk …
     * | DPG | Q1 2026 | open").
     */
    private static boolean sameColumns(Row row, Row above) {
        if (row.chunks().size() < ALIGNED_COLUMNS || row.chunks().size() != above.chunks().size()) {
            return false;
        }
        for (int i = 0; i < row.chunks().size(); i++) {
            Chunk c = row.chunks().get(i);
            Chunk a = above.chunks().get(i);
            // a column of numbers aligns their right edges ("1.412" over "96")
            if (Math.abs(c.x() - a.x()) > SAME_START && Math.abs(c.right() - a.right()) > SAME_START) {
                return false;
            }
        }
        return true;
    }

    /** A line of text labels and a line of values each starting under one of them. */
    private static boolean labelGrid(Row labels, Row values) {
        return labels.chunks().size() >= GRID_COLUMNS && values.chunks().size() >= 2
                && labels.chunks().stream().allMatch(c -> DutchNumber.parse(c.text()).isEmpty())
                && values.chunks().stream().allMatch(v -> labels.chunks().stream().anyMatch(l -> Math.abs(l.x() - v.x()) <= SAME_START));
    }

    /**
     * A line that goes on a table ruled only across (a rule under every row, no column lines), however much padding its
     * cells have: a rule parts it from the run's last line, and that line from the one before, so rows are one line
     * each. Paragraphs are not ruled apart, and a list whose rows hold several lines of text (an item with its decision
     * and remarks) stays text. Returns where those rules end, or NaN when the line does not go on so.
     */
    private static float ruledRows(PageLayout page, List<Row> run, TextLines.Line line) {
        TextLines.Line above = run.get(run.size() - 1).line();
        float end = ruledApart(page, above, line);
        if (Float.isNaN(end) || run.size() == 1) {
            return end;
        }
        float before = ruledApart(page, run.get(run.size() - 2).line(), above);
        return Float.isNaN(before) ? Float.NaN : Math.max(end, before);
    }

    /** The row without the chunks that start beyond {@code end}. */
    private static Row before(Row row, float end) {
        List<Chunk> kept = row.chunks().stream().filter(c -> c.x() < end).toList();
        return kept.size() == row.chunks().size() ? row : new Row(row.line(), kept);
    }

    /**
     * Where a rule between two lines that runs under both ends, or NaN. Text at their height beyond the rule's end (a
     * margin column beside the table) does not count.
     */
    private static float ruledApart(PageLayout page, TextLines.Line above, TextLines.Line below) {
        float size = (float) below.glyphs().stream().mapToDouble(Glyph::size).max().orElse(0);
        if (below.top() - above.baseline() > RULED_ROW_GAP * size) {
            return Float.NaN;
        }
        float left = Math.min(above.x(), below.x());
        // a browser draws a row's rule cell by cell: the segments at one height, end to end, make the rule
        List<Ruling> between = page.rulings().stream().filter(r -> r.horizontal() && r.y() > above.baseline() && r.y() < below.top())
                .sorted(Comparator.comparingDouble(Ruling::y).thenComparingDouble(Ruling::x1)).toList();
        for (Ruling first : between) {
            float reach = first.x1() - Ruling.TOLERANCE <= left ? first.x2() : Float.NEGATIVE_INFINITY;
            for (Ruling r : between) {
                if (Math.abs(r.y() - first.y()) <= Ruling.TOLERANCE && r.x1() - Ruling.TOLERANCE <= reach) {
                    reach = Math.max(reach, r.x2());
                }
            }
            float end = reach + Ruling.TOLERANCE;
            List<Glyph> glyphs = Stream.of(above, below).flatMap(l -> l.glyphs().stream()).filter(g -> !g.isSpace()).toList();
            float inside = (float) glyphs.stream().filter(g -> g.x() < end).mapToDouble(Glyph::right).max().orElse(Float.NEGATIVE_INFINITY);
            float beyond = (float) glyphs.stream().filter(g -> g.x() >= end).mapToDouble(Glyph::x).min().orElse(Float.POSITIVE_INFINITY);
            if (end >= inside && beyond - inside >= MARGIN_GAP * size) {
                return end;
            }
        }
        return Float.NaN;
    }

    /** Where the second column starts in the rows so far. */
    private static float secondColumn(List<Row> run) {
        return (float) run.stream().filter(r -> r.chunks().size() >= 2).mapToDouble(r -> r.chunks().get(1).x())
                .min().orElse(Float.NEGATIVE_INFINITY);
    }

    private static List<Chunk> chunks(TextLines.Line line) {
        return cutAt(line, List.of());
    }

    private static Chunk chunk(List<Glyph> glyphs) {
        return new Chunk(glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right(), TextLines.text(glyphs));
    }

    /**
     * A table padded so little that a cell's text comes within a chunk's gap of the next ("2025-04 Overzicht … toezenden"):
     * under a header of text labels, each row is cut again, at a word that starts where a label starts. Rows as they are
     * when the first row is no such header.
     */
    private static List<Row> underLabels(List<Row> run) {
        Row header = run.get(0);
        if (header.chunks().size() < ALIGNED_COLUMNS || header.chunks().stream().anyMatch(c -> DutchNumber.parse(c.text()).isPresent())) {
            return run;
        }
        List<Float> starts = header.chunks().stream().skip(1).map(Chunk::x).toList();
        List<Row> out = new ArrayList<>(List.of(header));
        for (Row r : run.subList(1, run.size())) {
            out.add(r.chunks().size() < header.chunks().size() ? new Row(r.line(), cutAt(r.line(), starts)) : r);
        }
        return out;
    }

    /**
     * The line's chunks: runs of words without a wide gap ({@link #CHUNK_GAP}), also cut at a space where the next word
     * starts at one of {@code starts}.
     */
    private static List<Chunk> cutAt(TextLines.Line line, List<Float> starts) {
        List<Chunk> out = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) {
                continue;
            }
            float gap = prev == null ? 0 : g.x() - prev.right();
            float size = prev == null ? g.size() : Math.max(g.size(), prev.size());
            boolean atLabel = prev != null && gap > WORD_SPACE * size
                    && starts.stream().anyMatch(x -> Math.abs(g.x() - x) <= SAME_START);
            if (prev != null && (gap > CHUNK_GAP * size || atLabel)) {
                out.add(chunk(current));
                current = new ArrayList<>();
            }
            current.add(g);
            prev = g;
        }
        if (!current.isEmpty()) {
            out.add(chunk(current));
        }
        return out;
    }

    /** A space between words, as a share of the font size. */
    private static final float WORD_SPACE = 0.15f;

    private static Optional<PageTable> table(PageLayout page, List<Row> labelled) {
        boolean grid = labelled.size() == 2 && labelGrid(labelled.get(0), labelled.get(1));
        if (labelled.size() < MIN_ROWS && !grid) {
            return Optional.empty();
        }
        List<Row> run = underLabels(labelled);
        // column borders: the x ranges covered by chunks, merged where they overlap; a header label set over
        // two columns ("Uurtarieven" over the grade and its rate) would merge them, so the body decides
        // when it has more columns than the whole
        List<float[]> spans = spans(run);
        if (run.size() >= MIN_ROWS) {
            List<float[]> body = spans(run.subList(1, run.size()));
            if (body.size() > spans.size() && run.get(0).chunks().size() < body.size()) {
                spans = body;
            }
        }
        int nc = spans.size();
        if (nc < 2) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Row r : run) {
            String[] cells = new String[nc];
            Arrays.fill(cells, "");
            for (Chunk c : r.chunks()) {
                int col = 0;
                while (col < nc - 1 && c.x() > spans.get(col)[1]) {
                    col++;
                }
                cells[col] = TextLines.join(cells[col], c.text());
            }
            boolean textOnly = Arrays.stream(cells).allMatch(s -> s.isEmpty() || DutchNumber.parse(s).isEmpty());
            boolean partial = cells[0].isEmpty() || r.chunks().size() == 1;
            if (!rows.isEmpty() && partial && textOnly) {
                List<String> above = rows.get(rows.size() - 1);
                for (int i = 0; i < nc; i++) {
                    above.set(i, TextLines.join(above.get(i), cells[i]));
                }
            } else {
                rows.add(new ArrayList<>(List.of(cells)));
            }
        }
        nc = GluedAmounts.splitNumberRuns(rows, GluedAmounts.split(rows, nc));
        boolean numericColumn = false;
        for (int c = 0; c < nc; c++) {
            final int col = c;
            long numbers = rows.stream().filter(r -> DutchNumber.parse(r.get(col)).isPresent()).count();
            numericColumn |= numbers * 10 >= rows.size() * 6L;
        }
        if (!grid && (rows.size() < MIN_ROWS || !numericColumn && nc < 3)) {
            return Optional.empty();
        }
        float top = run.get(0).line().top();
        float bottom = run.get(run.size() - 1).line().baseline();
        int header = 0;
        List<Glyph> firstRow = run.get(0).line().glyphs();
        if (firstRow.stream().allMatch(g -> g.isSpace() || g.bold())
                && run.stream().skip(1).anyMatch(r -> r.line().glyphs().stream().anyMatch(g -> !g.isSpace() && !g.bold()))) {
            header = 1;
        }
        return Optional.of(new PageTable(page.page(), spans.get(0)[0], top, spans.get(spans.size() - 1)[1], bottom,
                rows, header, false, List.of()));
    }
}
