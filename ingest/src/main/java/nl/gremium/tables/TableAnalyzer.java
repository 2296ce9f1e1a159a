package nl.gremium.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import nl.gremium.text.DutchNumber;
import nl.gremium.text.PageFurniture;
import nl.gremium.text.Whitespace;

/**
 * Completes the tables of any format after parsing: caption from the heading/paragraph before it,
 * header rows, parsed cell numbers, totals row, euro flag, ids t1…, and one table where a page break
 * cut it in two.
 */
public final class TableAnalyzer {
    private static final Pattern TOTAL = Pattern.compile("(?i)^(sub)?tota(al|len|l)\\b.*|^som\\b.*");
    private static final Pattern EURO = Pattern.compile(
            "(?i)€|\\beuro\\b|\\beur\\b|bedrag|bijdrage|uitkering|budget|kosten|lasten|baten|subsidie|begroting"
                    + "|vergoeding|raming|loon-\\s*en\\s*prijs|prijsbijstelling|middelen|\\bBDuR\\b|gemeentefonds");
    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d\\d$");
    private static final Pattern THOUSANDS = Pattern.compile("(?i)(x|×)\\s*(€|eur[o]?)?\\s*1\\.?000(?![.,]?\\d)|in\\s+duizenden");
    private static final Pattern MILLIONS = Pattern.compile(
            "(?i)(x|×)\\s*(€|eur[o]?)?\\s*(1\\.000\\.000|1\\s*(mln|miljoen))|in\\s+miljoenen|(€|eur[o]?)\\s*mln");
    private static final int CAPTION_MAX = 150;
    /** A paragraph that labels itself as a caption: "Bijlage 2: …", "Tabel 3 …", "Overzicht …". */
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?i)(bijlage|tabel|tab\\.|overzicht|annex)\\b");
    private static final int CAPTION_LOOKBACK = 3;
    /** A numbered table caption, as printed under a table: "Tabel 1. …", "Tabel 2: …". */
    private static final Pattern NUMBERED_CAPTION = Pattern.compile("(?i)(?:tabel|tab\\.)\\s*\\d+\\s*[.:–-]");
    /** A line that states the table's unit of money: "Structurele effecten (bedragen in €)", "Lasten (× € 1.000)". */
    private static final Pattern CAPTION_UNIT = Pattern.compile(
            "(?i)(?:\\(|\\bbedragen\\s)\\s*(?:bedragen\\s+)?(?:in|x|×)\\s*(?:€|eur|duizenden|miljoenen)");

    public List<Block> analyze(List<Block> blocks) {
        List<Block> merged = mergeContinuations(blocks);
        Set<String> running = SplitTables.running(merged);
        List<Block> out = new ArrayList<>(merged.size());
        int n = 0;
        for (int i = 0; i < merged.size(); i++) {
            Block b = merged.get(i);
            if (b.is(BlockType.TABLE) && b.table() != null) {
                n++;
                String before = captionBefore(merged, i, running);
                String after = captionAfter(merged, i, running);
                // a unit stated under the table completes a caption above it that states none
                String caption = before == null ? after : after != null && !CAPTION_UNIT.matcher(before).find()
                        && CAPTION_UNIT.matcher(after).find() ? before + " " + after : before;
                out.add(Block.table(complete(b.table(), "t" + n, caption)));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Numbers the tables of a part of a file t1, t2, … again (a bundle is analysed whole, then split into
     * logical documents; each document's tables should count from t1).
     */
    public static List<Block> renumber(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int n = 0;
        for (Block b : blocks) {
            if (b.is(BlockType.TABLE) && b.table() != null) {
                Table t = b.table();
                n++;
                out.add(Block.table(new Table("t" + n, t.caption(), t.page(), t.pageEnd(), t.rows(), t.headerRows(),
                        t.totalsRow(), t.euro(), t.rowPages())));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** The unit multiplier a table's caption or header states ("x € 1.000" → 1000), else 1. */
    public static BigDecimal euroScale(Table t) {
        // "(× €\u00a01.000)": a publisher's no-break space is a space
        String context = Whitespace.normalize((t.caption() == null ? "" : t.caption()) + " " + headerText(t));
        BigDecimal stated = statedScale(context);
        return stated == null ? BigDecimal.ONE : stated;
    }

    /** The unit a text states for the numbers under it: "× € 1.000" → 1000, "(x € 1 mln)" → 1000000; null when none. */
    public static BigDecimal statedScale(String text) {
        String t = Whitespace.normalize(text == null ? "" : text);
        if (MILLIONS.matcher(t).find()) {
            return BigDecimal.valueOf(1_000_000);
        }
        if (THOUSANDS.matcher(t).find()) {
            return BigDecimal.valueOf(1_000);
        }
        return null;
    }

    static boolean isFurniture(Block b) {
        return !b.is(BlockType.TABLE) && !b.is(BlockType.HEADING)
                && (b.text() == null || b.text().isBlank() || PageFurniture.is(b.text()));
    }

    // ---- page-break continuations ----

    private static List<Block> mergeContinuations(List<Block> blocks) {
        Set<String> running = SplitTables.running(blocks);
        List<Block> out = new ArrayList<>();
        int lastTable = -1;
        for (Block b : blocks) {
            if (b.is(BlockType.TABLE) && b.table() != null && lastTable >= 0 && onlyFurnitureAfter(out, lastTable, running)) {
                Table merged = continuation(out.get(lastTable).table(), b.table());
                if (merged != null) {
                    out.set(lastTable, Block.table(merged));
                    continue;
                }
            }
            if (b.is(BlockType.TABLE) && b.table() != null) {
                lastTable = out.size();
            }
            out.add(b);
        }
        return out;
    }

    private static boolean onlyFurnitureAfter(List<Block> out, int index, Set<String> running) {
        return out.size() - index - 1 <= 4 && out.subList(index + 1, out.size()).stream().allMatch(b -> SplitTables.furniture(b, running));
    }

    /**
     * {@code b} continued on the next page: same columns, and either it repeats {@code a}'s header rows
     * (dropped) or has no header of its own. Null when {@code b} is a table of its own.
     */
    static Table continuation(Table a, Table b) {
        if (b.page() != a.pageEnd() + 1 || a.columnCount() != b.columnCount()) {
            return null;
        }
        int repeated = 0;
        while (repeated < a.headerRows() && repeated < b.rowCount() && sameText(a.rows().get(repeated), b.rows().get(repeated))) {
            repeated++;
        }
        boolean repeatsHeader = a.headerRows() > 0 && repeated == a.headerRows();
        if (!repeatsHeader && b.headerRows() > 0) {
            return null;
        }
        return a.append(b, b.rows().subList(repeatsHeader ? repeated : 0, b.rowCount()), a.euro() || b.euro());
    }

    private static boolean sameText(List<Cell> x, List<Cell> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!norm(x.get(i).text()).equals(norm(y.get(i).text()))) {
                return false;
            }
        }
        return true;
    }

    private static String norm(String s) {
        return Whitespace.normalize(s).toLowerCase(Locale.ROOT);
    }

    // ---- caption ----

    /**
     * The heading just before the table (at most {@value #CAPTION_LOOKBACK} blocks back, page furniture and
     * running headers skipped, never past another table), else the paragraph right before it when that is short
     * and not a sentence ("Tabel 2: bijdragen per regio", not "Zie de tabel hieronder."), or one that starts
     * like a caption ("Bijlage 2: …", "Tabel 3 …") whatever its length. A short line right before the table
     * that states its unit of money ("… (bedragen in €)") is its caption even under a heading.
     */
    private static String captionBefore(List<Block> blocks, int index, Set<String> running) {
        String shortParagraph = null;
        String note = null;
        int seen = 0;
        int start = index - 1;
        int fragments = 0;
        while (start - fragments >= 0 && headerFragment(blocks.get(start - fragments))) {
            fragments++;
        }
        Block above = start - fragments >= 0 ? blocks.get(start - fragments) : null;
        if (fragments >= 2 && above != null && above.is(BlockType.PARAGRAPH) && above.text() != null
                && (CAPTION_LABEL.matcher(above.text().strip()).lookingAt() || CAPTION_UNIT.matcher(above.text()).find())) {
            start -= fragments; // the header's labels the table finder left out ("Begroting" / "2024 primitief" / …) under its caption
        }
        for (int i = start; i >= 0 && seen < CAPTION_LOOKBACK; i--) {
            Block b = blocks.get(i);
            if (SplitTables.furniture(b, running)) {
                continue;
            }
            if (b.is(BlockType.TABLE)) {
                break;
            }
            String text = b.text() == null ? "" : b.text().strip();
            if (b.is(BlockType.HEADING)) {
                // a heading over text that ended on an earlier page belongs to that text, not to this table
                if (seen > 0 && b.page() < blocks.get(index).page()) {
                    return shortParagraph;
                }
                // the unit the sentence above the table broke onto its last line ("… (bedragen" / "× € 1.000):") goes with it
                return note != null && (THOUSANDS.matcher(note).find() || MILLIONS.matcher(note).find()) ? text + " " + note : text;
            }
            if (seen <= 1 && b.is(BlockType.PARAGRAPH) && CAPTION_LABEL.matcher(text).lookingAt()
                    && (seen == 0 || note != null)) {
                // OCR and some layouts break a caption from its unit line ("Bedragen in euro's, …"): one caption
                String caption = note == null ? text : text + " " + note;
                return caption.length() <= 2 * CAPTION_MAX ? caption : caption.substring(0, 2 * CAPTION_MAX).strip() + "…";
            }
            if (seen <= 1 && (seen == 0 || note != null) && b.is(BlockType.PARAGRAPH) && text.length() <= CAPTION_MAX
                    && CAPTION_UNIT.matcher(text).find() && !text.endsWith(".")) {
                // the table's own caption, nearer than the section's heading above it (with the header line the table
                // finder left out: "Programma (× € 1.000) Begroting 2024 …" / "2024 Verschil")
                return note == null ? text : text + " " + note;
            }
            if (seen == 0 && b.is(BlockType.PARAGRAPH) && text.length() <= CAPTION_MAX) {
                note = text;
                shortParagraph = text.endsWith(".") ? null : text;
            }
            seen++;
        }
        return shortParagraph;
    }

    /** A label of a few words on a line of its own, no sentence: a piece of a table header printed over several lines. */
    private static boolean headerFragment(Block b) {
        String text = b.text() == null ? "" : b.text().strip();
        return b.is(BlockType.PARAGRAPH) && !text.isEmpty() && text.split("\\s+").length <= HEADER_FRAGMENT_WORDS
                && !text.endsWith(".") && !text.endsWith(":");
    }

    private static final int HEADER_FRAGMENT_WORDS = 6;

    /**
     * A caption printed under the table, where reports put it: "Tabel 1. Budget en besteding (× € 1.000). Bron: …", or its
     * unit alone: "Bedragen × € 1.000. Bron: …".
     */
    private static String captionAfter(List<Block> blocks, int index, Set<String> running) {
        for (int i = index + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (SplitTables.furniture(b, running)) {
                continue;
            }
            String text = b.text() == null ? "" : b.text().strip();
            boolean caption = NUMBERED_CAPTION.matcher(text).lookingAt() || CAPTION_UNIT.matcher(text).lookingAt();
            return b.is(BlockType.PARAGRAPH) && caption && text.length() <= 2 * CAPTION_MAX ? text : null;
        }
        return null;
    }

    // ---- header, numbers, totals, euro ----

    private static Table complete(Table t, String id, String captionBefore) {
        String caption = t.caption() != null && !t.caption().isBlank() ? t.caption() : captionBefore;
        int header = t.headerRows() > 0 ? t.headerRows() : guessHeaderRows(t);
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            boolean body = r >= header;
            rows.add(t.rows().get(r).stream()
                    .map(c -> new Cell(c.text(), body ? DutchNumber.parse(c.text()).orElse(null) : null))
                    .toList());
        }
        Table draft = new Table(id, caption, t.page(), Math.max(t.page(), t.pageEnd()), rows, header, null, false);
        return new Table(id, caption, draft.page(), draft.pageEnd(), rows, header, totalsRow(draft), isEuro(draft),
                t.rowPages());
    }

    /**
     * Header rows when the parser did not mark them: the text-only rows (years allowed) above a body with
     * numbers; for text tables a first row of short labels without digits above longer body text.
     */
    static int guessHeaderRows(Table t) {
        int rows = t.rowCount();
        if (rows < 2) {
            return 0;
        }
        boolean numericBody = t.rows().subList(rows / 2, rows).stream().anyMatch(r -> r.stream().anyMatch(TableAnalyzer::isValue));
        if (numericBody) {
            int h = 0;
            while (h < Math.min(3, rows - 1) && t.rows().get(h).stream().noneMatch(TableAnalyzer::isValue)) {
                h++;
            }
            return h;
        }
        List<Cell> first = t.rows().get(0);
        boolean labels = first.stream().map(c -> c.text().strip()).allMatch(s -> !s.isEmpty() && s.length() <= 40
                && (!s.endsWith(".") || s.length() <= 6 && !s.contains(" ")) // "Nr." yes, a sentence no
                && s.chars().noneMatch(Character::isDigit)); // "Datum | 15 mei 2025" is a form's first line
        double firstLen = first.stream().mapToInt(c -> c.text().length()).average().orElse(0);
        double bodyLen = t.rows().subList(1, rows).stream().flatMap(List::stream).mapToInt(c -> c.text().length()).average().orElse(0);
        return labels && bodyLen >= firstLen ? 1 : 0;
    }

    /** A number that is data, not a year label. */
    private static boolean isValue(Cell c) {
        String s = c.text().strip();
        return !YEAR.matcher(s).matches() && DutchNumber.parse(s).isPresent();
    }

    /** The row labelled "Totaal"/"Som", or a last row without labels whose numbers are the column sums. */
    static Integer totalsRow(Table t) {
        for (int r = t.rowCount() - 1; r >= t.headerRows(); r--) {
            String label = t.rows().get(r).stream().map(Cell::text).filter(s -> !s.isBlank()
                    && DutchNumber.parse(s).isEmpty()).findFirst().orElse("");
            if (TOTAL.matcher(label.strip()).matches()) {
                return r;
            }
        }
        int last = t.rowCount() - 1;
        if (last - t.headerRows() < 2) {
            return null;
        }
        List<Cell> row = t.rows().get(last);
        boolean unlabelled = row.stream().allMatch(c -> c.text().isBlank() || c.number() != null);
        int sums = 0;
        int numbers = 0;
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c).number() == null) {
                continue;
            }
            numbers++;
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = t.headerRows(); r < last; r++) {
                List<Cell> cells = t.rows().get(r);
                if (c < cells.size() && cells.get(c).number() != null) {
                    sum = sum.add(cells.get(c).number());
                }
            }
            BigDecimal diff = sum.subtract(row.get(c).number()).abs();
            BigDecimal tolerance = row.get(c).number().abs().multiply(BigDecimal.valueOf(0.001)).max(BigDecimal.valueOf(t.rowCount()));
            if (diff.compareTo(tolerance) <= 0) {
                sums++;
            }
        }
        return unlabelled && numbers >= 2 && sums * 2 >= numbers ? last : null;
    }

    /** Caption or header speak of money, or the body's numbers carry the euro sign. */
    static boolean isEuro(Table t) {
        String context = (t.caption() == null ? "" : t.caption()) + " " + headerText(t);
        if (EURO.matcher(context).find()) {
            return true;
        }
        long numbers = t.body().stream().flatMap(List::stream).filter(c -> c.number() != null).count();
        long withSign = t.body().stream().flatMap(List::stream).filter(c -> c.number() != null && carriesSign(c.text())).count();
        return numbers > 0 && withSign * 3 >= numbers;
    }

    /** Whether a cell or header writes the currency: "€ 12.000", "12.000 euro", "Bedrag in euro's". */
    public static boolean carriesSign(String text) {
        return text != null && (text.contains("€") || text.toLowerCase(Locale.ROOT).contains("euro"));
    }

    public static String headerText(Table t) {
        StringBuilder sb = new StringBuilder();
        t.header().forEach(r -> r.forEach(c -> sb.append(c.text()).append(' ')));
        return sb.toString();
    }
}
