package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void csvQuotesAndDefusesFormulas() {
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("'=SUM(A1)", Csv.cell("=SUM(A1)"));
        assertEquals("'@cmd", Csv.cell("@cmd"));
        assertEquals("\"'-1+2;x\"", Csv.cell("-1+2;x"));
    }

    @Test
    void rowsAreSemicolonSeparatedForDutchExcel() {
        assertEquals("a;\"b;c\";'=1+1;;-24526\r\n", Csv.row(Arrays.asList("a", "b;c", "=1+1", null, "-24526")));
    }

    @Test
    void numbersStayNumbersAndNullIsEmpty() {
        assertEquals("-24526", Csv.cell("-24526"));
        assertEquals("\"+3,5\"", Csv.cell("+3,5"));
        assertEquals("", Csv.cell(null));
        assertEquals("plain", Csv.cell("plain"));
    }
}
