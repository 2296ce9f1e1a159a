package nl.gremium.samples;

import java.math.BigDecimal;
import java.util.List;

/**
 * One block of a sample document, independent of the file format it is rendered to. Each document is
 * written once as a list of these and rendered to its native format (and to PDF for the bundle).
 */
public sealed interface Element {

    /** The document's title line (larger, bold; DOCX style "Title"). */
    record Title(String text) implements Element {}

    /** A heading; {@code text} carries its own number, e.g. "5.1. Jaarstukken 2024". Level 1 or 2. */
    record Heading(int level, String text) implements Element {}

    /** A paragraph of running text. */
    record Para(String text) implements Element {}

    /** A list item with its printed label ("1.", "a.", "•") and an indent level (0 or 1). */
    record Item(String label, String text, int indent) implements Element {}

    /** Label/value lines as in a letterhead or a proposal's header form. */
    record Fields(List<List<String>> rows) implements Element {}

    /**
     * A ruled table. The first {@code headerRows} rows are the header; a row whose first cell is
     * "Totaal" is set in bold. {@code widths} are relative column widths (null: equal).
     */
    record Grid(List<List<String>> rows, int headerRows, double[] widths) implements Element {}

    /**
     * Which columns are right-aligned: all but the first whose body cells are all numbers (so a year
     * column lines up, and a column mixing "2028" with "2026–2027" stays left-aligned).
     */
    static boolean[] numericColumns(List<List<String>> rows, int headerRows) {
        boolean[] numeric = new boolean[rows.get(0).size()];
        for (int c = 1; c < numeric.length; c++) {
            numeric[c] = rows.size() > headerRows;
            for (List<String> row : rows.subList(headerRows, rows.size())) {
                numeric[c] &= number(row.get(c)) != null;
            }
        }
        return numeric;
    }

    /**
     * The value of a table cell as the samples print numbers ("7.412.386", "-20.159", "0,85"), or null.
     * Deliberately not the shared {@code DutchNumber}: the samples must not change when that parser does.
     */
    static BigDecimal number(String cell) {
        if (!cell.matches("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?")) {
            return null;
        }
        return new BigDecimal(cell.replace(".", "").replace(',', '.'));
    }

    /** Forces the next element onto a new page (PDF, DOCX, ODT, RTF). */
    record PageBreak() implements Element {}
}
