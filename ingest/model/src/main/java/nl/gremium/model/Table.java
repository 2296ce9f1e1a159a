package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as printed: all rows (header rows first), cells with parsed numbers.
 *
 * @param id         stable within the document ("t1", "t2", …)
 * @param caption    the heading or caption printed before the table, if any
 * @param page       first page; {@code pageEnd} the last (a table cut by a page break is one table)
 * @param headerRows how many of {@code rows} are header rows
 * @param totalsRow  index into {@code rows} of the totals row ("Totaal"), or null
 * @param euro       true when caption/headers mark the numbers as euro amounts
 * @param rowPages   the page each row is printed on, for a table that runs over pages; null when all
 *                   rows are on {@code page}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Table(String id, String caption, int page, int pageEnd, List<List<Cell>> rows,
                    int headerRows, Integer totalsRow, boolean euro, List<Integer> rowPages) {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
        rowPages = rowPages == null ? null : List.copyOf(rowPages);
    }

    /** A table whose rows are all on its first page, or whose row pages are not known. */
    public Table(String id, String caption, int page, int pageEnd, List<List<Cell>> rows, int headerRows,
                 Integer totalsRow, boolean euro) {
        this(id, caption, page, pageEnd, rows, headerRows, totalsRow, euro, null);
    }

    /** The page row {@code r} is printed on. */
    public int rowPage(int r) {
        return rowPages != null && r >= 0 && r < rowPages.size() ? rowPages.get(r) : page;
    }

    /** This table followed by {@code rows} of {@code next} (a continuation), row pages kept. */
    public Table append(Table next, List<List<Cell>> rows, boolean euro) {
        List<List<Cell>> all = new ArrayList<>(this.rows);
        all.addAll(rows);
        List<Integer> pages = new ArrayList<>();
        for (int r = 0; r < this.rows.size(); r++) {
            pages.add(rowPage(r));
        }
        int skipped = next.rows.size() - rows.size(); // repeated header rows left out
        for (int r = 0; r < rows.size(); r++) {
            pages.add(next.rowPage(r + skipped));
        }
        return new Table(id, caption, page, next.pageEnd, all, headerRows, null, euro, pages);
    }

    @JsonIgnore
    public int rowCount() {
        return rows.size();
    }

    @JsonIgnore
    public int columnCount() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    @JsonIgnore
    public List<List<Cell>> header() {
        return rows.subList(0, Math.min(headerRows, rows.size()));
    }

    @JsonIgnore
    public List<List<Cell>> body() {
        return rows.subList(Math.min(headerRows, rows.size()), rows.size());
    }

    /** Cells joined by tabs, rows by newlines: what full-text search and taggers see. */
    public String plainText() {
        return rows.stream()
                .map(r -> r.stream().map(Cell::text).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
    }
}
