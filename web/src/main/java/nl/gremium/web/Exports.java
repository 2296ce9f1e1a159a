package nl.gremium.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.gremium.text.Csv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table a page offers for download, in the two formats Dutch offices open: CSV for Dutch Excel
 * ({@link Csv}: ';', BOM) and XLSX (POI). Numbers stay numbers and dates stay dates in the XLSX; text
 * cells are written as text, so a cell starting with '=' is never run as a formula there.
 * Use: build an {@link Table} and {@link #send} it; the route's suffix ({@code .csv}/{@code .xlsx}) picks the format.
 */
final class Exports {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_WIDTH = 80;

    private Exports() {}

    /**
     * Rows under a header. Cells may be null, {@link String}, {@link Number} ({@link BigDecimal} kept exact as
     * far as a spreadsheet can), {@link LocalDate}, {@link Boolean} or a collection (joined with "; ").
     *
     * @param name the file name without extension, also the sheet's name
     */
    record Table(String name, List<String> header, List<List<Object>> rows) {
        Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    enum Format {
        CSV, XLSX;

        /** The format a path asks for by its suffix ("/decisions.xlsx"); CSV otherwise. */
        static Format of(String path) {
            return path != null && path.endsWith(".xlsx") ? XLSX : CSV;
        }
    }

    /** Answers the request with the table as a download in the format its path names. */
    static void send(Context ctx, Table t) {
        Format f = Format.of(ctx.path());
        String file = t.name() + (f == Format.XLSX ? ".xlsx" : ".csv");
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        if (f == Format.XLSX) {
            ctx.contentType(XLSX).result(xlsx(t));
        } else {
            ctx.contentType("text/csv; charset=utf-8").result(csv(t));
        }
    }

    /** The table as CSV for Dutch Excel: BOM, ';', CR LF, cells defused ({@link Csv#row}); dates ISO, decimals with '.'. */
    static String csv(Table t) {
        StringBuilder sb = new StringBuilder(Csv.BOM).append(Csv.row(t.header()));
        for (List<Object> r : t.rows()) {
            sb.append(Csv.row(r.stream().map(Exports::text).toList()));
        }
        return sb.toString();
    }

    /** The table as one XLSX sheet: bold frozen header with a filter, numbers and dates typed, columns sized. */
    static byte[] xlsx(Table t) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName(t.name()));
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            int[] width = new int[t.header().size()];
            Row hr = sheet.createRow(0);
            for (int c = 0; c < t.header().size(); c++) {
                Cell cell = hr.createCell(c);
                cell.setCellValue(t.header().get(c));
                cell.setCellStyle(head);
                width[c] = t.header().get(c).length();
            }
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = t.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(text(v));
                    }
                    if (c < width.length) {
                        width[c] = Math.max(width[c], Math.min(MAX_WIDTH, text(v).length()));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!t.header().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, t.rows().size()), 0, t.header().size() - 1));
            }
            for (int c = 0; c < width.length; c++) {
                sheet.setColumnWidth(c, Math.min(255, width[c] + 2) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as text: dates ISO (Excel reads them in any locale), amounts plain, lists joined with "; ". */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Exports::text).collect(Collectors.joining("; "));
        }
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    /** Excel's rules: at most 31 characters, none of : \ / ? * [ ]. */
    private static String sheetName(String name) {
        String s = name == null || name.isBlank() ? "export" : name.replaceAll("[:\\\\/?*\\[\\]]", "-");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
