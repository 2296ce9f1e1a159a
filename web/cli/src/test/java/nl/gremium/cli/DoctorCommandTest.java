package nl.gremium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.gremium.parse.ocr.Tesseract;
import org.junit.jupiter.api.Test;

class DoctorCommandTest {
    @Test
    void listsOcrAndBrowserWithWhatIsMissing() {
        List<DoctorCommand.Check> checks = DoctorCommand.checks();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DoctorCommand.print(checks, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        boolean ocr = Tesseract.availability().usable();
        assertEquals(ocr, checks.stream().filter(c -> c.name().startsWith("tesseract")).allMatch(DoctorCommand.Check::present));
        assertTrue(out.contains("tesseract-ocr-nld (Dutch model)") && out.contains("chromedriver"), out);
        assertEquals(ocr, !out.contains("install tesseract-ocr and tesseract-ocr-nld"), out);
    }
}
