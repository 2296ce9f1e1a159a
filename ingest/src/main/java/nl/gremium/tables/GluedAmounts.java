package nl.gremium.tables;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label and a euro amount in one cell ("Schaal 9   € 132"), row after row: the amounts are a column of
 * their own that neither a ruling nor a wide enough gap set apart (a sub-column inside a ruled cell, or text
 * recognition that narrowed the gap).
 */
final class GluedAmounts {
    private static final Pattern GLUED = Pattern.compile("^(\\D.*?\\S)\\s+(€\\s?-?\\d[\\d.,]*(?:,-)?)$");
    /** So many rows must read "label € amount" before the column is split. */
    private static final int MIN_ROWS = 3;

    private GluedAmounts() {}

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
