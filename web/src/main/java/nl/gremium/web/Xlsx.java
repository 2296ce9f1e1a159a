package nl.gremium.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A one-sheet Excel workbook from header and rows. Every cell is a text cell (never a formula, so a value that
 * starts with "=" stays text), the header bold and frozen.
 */
final class Xlsx {
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {}

    static byte[] of(String sheetName, List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            write(sheet.createRow(0), header, bold);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i), null);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = row.createCell(c);
            String v = cells.get(c);
            // a cell holds at most 32,767 characters
            cell.setCellValue(v == null ? "" : v.length() > 32_000 ? v.substring(0, 32_000) : v);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
