package nl.gremium.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.gremium.analytics.FundingProfiles;
import nl.gremium.text.Csv;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code /funding}, its JSON twin and its CSV and XLSX exports: the funding profiles of the documents the user
 * may see, computed once per data change and clearance ({@link Derived}).
 */
final class FundingHandler {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What the page shows whatever its filters. */
    private record View(FundingProfiles.Result profiles, String defaultOrganisation) {}

    private final Derived<View> view;

    FundingHandler(Library library, DataVersion version) {
        this.view = new Derived<>(version, () -> {
            FundingProfiles.Result r = FundingPage.profiles(library);
            return new View(r, FundingPage.defaultOrganisation(r.report().series(), library));
        });
    }

    void page(Context ctx) {
        View v = view.get();
        Layout.send(ctx, FundingPage.Text.TITLE, Layout.Nav.FUNDING, FundingPage.render(v.profiles().report().series(),
                ctx.queryParam("organisation"), ctx.queryParam("stream"), v.defaultOrganisation()));
    }

    void api(Context ctx) {
        ctx.json(FundingPage.filter(view.get().profiles().report().series(), ctx.queryParam("organisation"), ctx.queryParam("stream")));
    }

    /** Every statement of the chosen organisation and regulation (all when not chosen): {@code .csv} or {@code .xlsx}. */
    void export(Context ctx) {
        List<List<Object>> rows = FundingPage.exportRows(view.get().profiles().statements(), ctx.queryParam("organisation"),
                ctx.queryParam("stream"));
        boolean xlsx = ctx.path().endsWith(".xlsx");
        ctx.header("Content-Disposition", "attachment; filename=\"financiering." + (xlsx ? "xlsx" : "csv") + "\"");
        if (xlsx) {
            ctx.contentType(XLSX).result(xlsx(FundingPage.Text.TITLE, FundingPage.Text.EXPORT_HEADER, rows));
        } else {
            ctx.contentType("text/csv; charset=utf-8").result(Csv.BOM + Csv.row(FundingPage.Text.EXPORT_HEADER)
                    + rows.stream().map(r -> Csv.row(r.stream().map(FundingHandler::csvCell).toList())).collect(Collectors.joining()));
        }
    }

    private static String csvCell(Object v) {
        return v instanceof BigDecimal d ? d.toPlainString().replace('.', ',') : String.valueOf(v);
    }

    /** Numbers and dates typed, text always text (never a formula). */
    static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            var moneyStyle = wb.createCellStyle();
            moneyStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    var cell = row.createCell(c);
                    if (v instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                        cell.setCellStyle(moneyStyle);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
