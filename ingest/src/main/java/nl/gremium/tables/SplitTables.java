package nl.gremium.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;

/**
 * Joins the parts of one ruled table that layout analysis found apart: a table running over a page
 * break, or one whose sections are set apart by a blank gap (a decision list's agenda items) or a short
 * note. Two parts are one table when nothing but page furniture (blank lines, page numbers, a running
 * header printed on several pages) and at most a short note lies between them, and their column borders
 * are the same (outer ones to the point); a later part that opens with a header of its own (every column labelled) is a new table, unless that header
 * repeats the first part's (then it is dropped).
 */
final class SplitTables {
    /** Column borders of one table's parts differ by less than this (points). */
    private static final float SAME_EDGE = 3f;
    /** A running header or footer is short (an organisation and a title at most). */
    private static final int RUNNING_MAX = 100;
    /** A note between a table's rows is a paragraph or two, not a section of text. */
    private static final int NOTE_BLOCKS = 2;
    private static final int NOTE_MAX = 400;

    private SplitTables() {}

    static List<Block> join(List<Block> blocks, Map<Table, PageTable> origin) {
        Set<String> running = running(blocks);
        List<Block> out = new ArrayList<>();
        int last = -1; // index in out of the table being extended
        List<Float> edges = null;
        for (Block b : blocks) {
            PageTable part = b.is(BlockType.TABLE) && b.table() != null ? origin.get(b.table()) : null;
            if (part != null && last >= 0 && edges != null && part.ruled()
                    && (onlyFurnitureAfter(out, last, running) || noteAfter(out, last, running, b.page()))) {
                Table joined = join(out.get(last).table(), b.table(), edges, part);
                if (joined != null) {
                    out.set(last, Block.table(joined));
                    continue;
                }
            }
            if (b.is(BlockType.TABLE)) {
                last = out.size();
                edges = part != null && part.ruled() ? part.edges() : null;
            }
            out.add(b);
        }
        return out;
    }

    private static Table join(Table a, Table b, List<Float> edges, PageTable part) {
        if (b.page() != a.pageEnd() && b.page() != a.pageEnd() + 1 || a.columnCount() != b.columnCount()
                || a.columnCount() < 2 || !sameEdges(edges, part.edges())) {
            return null;
        }
        int repeated = 0;
        while (repeated < a.headerRows() && repeated < b.rowCount()
                && key(a.rows().get(repeated)).equals(key(b.rows().get(repeated)))) {
            repeated++;
        }
        boolean repeatsHeader = a.headerRows() > 0 && repeated == a.headerRows();
        if (!repeatsHeader && (b.headerRows() > 0 && labelsEveryColumn(b.rows().get(0))
                || a.rowCount() > 0 && b.rowCount() > 0 && likeHeader(a.rows().get(0), b.rows().get(0)))) {
            return null;
        }
        return a.append(b, b.rows().subList(repeatsHeader ? repeated : 0, b.rowCount()), a.euro() || b.euro());
    }

    /**
     * Same outer borders, and at least half the inner ones: a list may widen its number column where
     * the rows with long document numbers start, and is still one table.
     */
    private static boolean sameEdges(List<Float> a, List<Float> b) {
        int n = a.size();
        if (n != b.size() || n < 3 || !near(a.get(0), b.get(0)) || !near(a.get(n - 1), b.get(n - 1))) {
            return false;
        }
        int same = 0;
        for (int i = 1; i < n - 1; i++) {
            same += near(a.get(i), b.get(i)) ? 1 : 0;
        }
        return 2 * same >= n - 2;
    }

    private static boolean near(float x, float y) {
        return Math.abs(x - y) <= SAME_EDGE;
    }

    /**
     * A row that repeats at least half of the first table's header labels in place ("Activiteit",
     * "Kostendrager", a merged cell for the years) opens a table of the same kind, not a continuation.
     */
    private static boolean likeHeader(List<Cell> header, List<Cell> row) {
        int filled = 0;
        int same = 0;
        for (int i = 0; i < row.size(); i++) {
            String t = norm(row.get(i).text());
            if (!t.isEmpty()) {
                filled++;
                same += i < header.size() && t.equals(norm(header.get(i).text())) ? 1 : 0;
            }
        }
        return filled > 0 && 2 * same >= filled;
    }

    /** A header labels every column but perhaps the first (a budget table's stub); a section row leaves cells empty. */
    private static boolean labelsEveryColumn(List<Cell> row) {
        return row.stream().skip(1).noneMatch(c -> c.text() == null || c.text().isBlank());
    }

    private static boolean onlyFurnitureAfter(List<Block> out, int index, Set<String> running) {
        return out.subList(index + 1, out.size()).stream().allMatch(b -> furniture(b, running));
    }

    /**
     * A note printed between the rows ("Als het amendement wordt aangenomen, vervalt punt H."): at most
     * {@value #NOTE_BLOCKS} short paragraphs, no heading, besides page furniture, at the foot of a page before the
     * one the table goes on (text of the continuation's own page may only have been placed before it for want of
     * an anchor). The table goes on after the note when its columns do; the note stays as text after the joined table.
     */
    private static boolean noteAfter(List<Block> out, int index, Set<String> running, int nextPage) {
        List<Block> between = out.subList(index + 1, out.size()).stream().filter(b -> !furniture(b, running)).toList();
        return between.size() <= NOTE_BLOCKS && between.stream().allMatch(b -> b.is(BlockType.PARAGRAPH) && b.page() < nextPage
                && b.text() != null && b.text().strip().length() <= NOTE_MAX);
    }

    static boolean furniture(Block b, Set<String> running) {
        return TableAnalyzer.isFurniture(b) || !b.is(BlockType.TABLE) && !b.is(BlockType.HEADING)
                && (b.text().chars().noneMatch(Character::isLetterOrDigit) || running.contains(norm(b.text())));
    }

    /** Short texts printed on more than one page: running headers and footers ("RIS321740", a document code). */
    static Set<String> running(List<Block> blocks) {
        Map<String, Set<Integer>> pages = new HashMap<>();
        for (Block b : blocks) {
            if (!b.is(BlockType.TABLE) && b.text() != null && !b.text().isBlank() && b.text().strip().length() <= RUNNING_MAX) {
                pages.computeIfAbsent(norm(b.text()), k -> new HashSet<>()).add(b.page());
            }
        }
        Set<String> out = new HashSet<>();
        pages.forEach((text, on) -> {
            if (on.size() >= 2) {
                out.add(text);
            }
        });
        return out;
    }

    private static String key(List<Cell> row) {
        return String.join("\t", row.stream().map(c -> norm(c.text())).toList());
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
