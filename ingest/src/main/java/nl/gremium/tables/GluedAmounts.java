package nl.gremium.tables;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label and a euro amount in one cell ("Schaal 9   € 132"), row after row: the amounts are a column of
 * their own that neither a ruling nor a wide enough gap set apart (a sub-column inside a ruled cell, or text
 * recognition that narrowed the gap). So are narrow columns of right-aligned numbers whose gaps are no wider than
 * a word's ("118.450 160.000 175.000 90.000" under "2024 (realisatie) 2025 2026 2027").
 */
final class GluedAmounts {
    private static final Pattern GLUED = Pattern.compile("^(\\D.*?\\S)\\s+(€\\s?-?\\d[\\d.,]*(?:,-)?)$");
    /** So many rows must read "label € amount" before the column is split. */
    private static final int MIN_ROWS = 3;

    /** Numbers side by side, nothing else: "118.450 160.000 90.000", "-1.200 0 350". */
    private static final Pattern NUMBERS = Pattern.compile("^-?\\d[\\d.,]*(?:\\s+-?\\d[\\d.,]*)+$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Where a header cell of such columns parts: before each number ("2024 (realisatie) 2025" → "2024 (realisatie)", "2025"). */
    private static final Pattern BEFORE_NUMBER = Pattern.compile("\\s+(?=\\d)");

    private GluedAmounts() {}

    /**
     * Splits every column whose cells hold the same count of numbers side by side in at least {@value #MIN_ROWS} rows into
     * that many columns; a header cell parts before each number when that gives the same count, other cells stay whole in
     * the first. Returns the new column count.
     */
    static int splitNumberRuns(List<List<String>> rows, int columns) {
        int nc = columns;
        for (int c = columns - 1; c >= 0; c--) {
            final int col = c;
            List<Integer> counts = rows.stream().filter(r -> NUMBERS.matcher(r.get(col).strip()).matches())
                    .map(r -> SPACE.split(r.get(col).strip()).length).distinct().toList();
            long runs = rows.stream().filter(r -> NUMBERS.matcher(r.get(col).strip()).matches()).count();
            if (runs < MIN_ROWS || counts.size() != 1) {
                continue;
            }
            int k = counts.get(0);
            for (List<String> r : rows) {
                String cell = r.get(col).strip();
                String[] parts = NUMBERS.matcher(cell).matches() ? SPACE.split(cell) : BEFORE_NUMBER.split(cell);
                r.remove(col);
                for (int i = 0; i < k; i++) {
                    r.add(col + i, parts.length == k ? parts[i] : i == 0 ? cell : "");
                }
            }
            nc += k - 1;
        }
        return nc;
    }

    /**
     * Splits every column whose cells read "label € amount" in at least {@value #MIN_ROWS} rows and in every row
     * that has a euro sign there; the other rows get an empty amount cell. Returns the new column count.
     */
    static int split(List<List<String>> rows, int columns) {
        int nc = columns;
        for (int c = columns - 1; c >= 0; c--) {
            final int col = c;
            long glued = rows.stream().filter(r -> GLUED.matcher(r.get(col)).matches()).count();
            boolean consistent = rows.stream().allMatch(r -> !r.get(col).contains("€") || GLUED.matcher(r.get(col)).matches());
            if (glued < MIN_ROWS || !consistent) {
                continue;
            }
            for (List<String> r : rows) {
                Matcher m = GLUED.matcher(r.get(col));
                boolean split = m.matches();
                r.set(col, split ? m.group(1) : r.get(col));
                r.add(col + 1, split ? m.group(2) : "");
            }
            nc++;
        }
        return nc;
    }
}
