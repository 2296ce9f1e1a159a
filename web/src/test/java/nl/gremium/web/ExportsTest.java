package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportsTest {
    static final Exports.Table TABLE = new Exports.Table("bijdragen", List.of("regio", "jaar", "bedrag", "datum", "notitie"),
            List.of(Arrays.asList("Veiligheidsregio Testland", 2025, new BigDecimal("27700000.50"), LocalDate.of(2025, 5, 30), "=1+1"),
                    Arrays.asList("Regio; met puntkomma", null, new BigDecimal("-24526"), null, List.of("a", "b"))));

    @Test
    void xlsxKeepsNumbersAndDatesTypedAndFormulasAsText() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Exports.xlsx(TABLE)))) {
            Sheet s = wb.getSheet("bijdragen");
            assertEquals("bedrag", s.getRow(0).getCell(2).getStringCellValue());
            Row r = s.getRow(1);
            assertEquals(CellType.NUMERIC, r.getCell(2).getCellType());
            assertEquals(27700000.5, r.getCell(2).getNumericCellValue());
            assertEquals(2025, r.getCell(1).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(r.getCell(3)));
            assertEquals(LocalDate.of(2025, 5, 30), r.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.STRING, r.getCell(4).getCellType(), "a text starting with '=' is not a formula");
            assertEquals(-24526, s.getRow(2).getCell(2).getNumericCellValue());
            assertEquals("a; b", s.getRow(2).getCell(4).getStringCellValue());
            assertEquals(2, s.getLastRowNum());
        }
    }

    @Test
    void csvIsForDutchExcel() {
        String csv = Exports.csv(TABLE);
        assertTrue(csv.startsWith("\uFEFFregio;jaar;bedrag;datum;notitie\r\n"), csv);
        assertTrue(csv.contains("Veiligheidsregio Testland;2025;27700000.50;2025-05-30;'=1+1\r\n"), csv);
        assertTrue(csv.contains("\"Regio; met puntkomma\";;-24526;;\"a; b\"\r\n"), csv);
    }

    @Test
    void theSuffixPicksTheFormat() {
        assertEquals(Exports.Format.XLSX, Exports.Format.of("/decisions.xlsx"));
        assertEquals(Exports.Format.CSV, Exports.Format.of("/decisions.csv"));
    }
}
