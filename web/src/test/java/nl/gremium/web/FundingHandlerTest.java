package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.FundingFact;
import nl.gremium.model.FundingKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /funding}, {@code /api/funding}, {@code /funding.csv} and {@code /funding.xlsx} over real HTTP: the
 * fixture's two circulars revise Testland's BDuR; a decision letter corrects a second region's amount (a
 * component and a correction, one stream); a confidential letter names a region nobody without clearance may
 * see (AccessTest checks the same paths against the sample note stamped VERTROUWELIJK, ingested for real).
 */
class FundingHandlerTest {
    static final String SECRET_REGION = "Veiligheidsregio Geheimdal";
    static final String SECRET_LETTER = "ffffffffffffffff-01";
    static final String CORRECTION_LETTER = "abababababababab-01";

    @TempDir
    static Path dir;
    static DataStore store;
    static WebServer server;
    static TestUsers users;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = new DataStore(dir.resolve("data"));
        WebFixture.write(store);
        LocalDate nov = LocalDate.of(2025, 11, 20);
        // a title a spreadsheet would run as a formula
        String title = "=HYPERLINK(\"http://x\") Beschikking BDuR Kustland";
        store.write(letter(CORRECTION_LETTER, "ab", title, nov, false, List.of(
                new FundingFact("c1", "Veiligheidsregio Kustland", 2025, "BDuR", new BigDecimal("4100000"), FundingKind.allocation,
                        CORRECTION_LETTER, title, nov, "t1", 1, "Bijdrage voor correctie"),
                new FundingFact("c2", "Veiligheidsregio Kustland", 2025, "BDuR", new BigDecimal("-12300"), FundingKind.correction,
                        CORRECTION_LETTER, title, nov, "t1", 1, "Correctie"),
                new FundingFact("c3", "Veiligheidsregio Kustland", 2025, "BDuR", new BigDecimal("4087700"), FundingKind.definitive,
                        CORRECTION_LETTER, title, nov, "t1", 1, "Bijdrage na correctie"))));
        store.write(letter(SECRET_LETTER, "ff", "Besloten brief bijdrage", nov, true, List.of(
                new FundingFact("s1", SECRET_REGION, 2026, "BDuR", new BigDecimal("999000"), FundingKind.allocation,
                        SECRET_LETTER, "Besloten brief bijdrage", nov, "t1", 1))));
        users = TestUsers.create(store);
        server = new WebServer(store).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static LogicalDocument letter(String id, String hash, String title, LocalDate date, boolean confidential,
                                          List<FundingFact> facts) {
        return new LogicalDocument(id, new SourceFile("/in/" + hash + ".pdf", hash + ".pdf", hash.repeat(32), 1000, "application/pdf", 1),
                1, 1, 1, DocKind.letter, new Metadata(title, "Ministerie van Justitie en Veiligheid", null, null, date, "nld", confidential),
                List.of(Block.paragraph("Hierbij ontvangt u de bijdrage.", 1)), List.of(),
                new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), facts));
    }

    private static HttpResponse<byte[]> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Authorization", users.bearer(user)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(String path, String user) throws Exception {
        HttpResponse<byte[]> r = get(path, user);
        assertEquals(200, r.statusCode(), path);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aProfileHasOneChartPerRegulationALinePerLetterAndTheRevision() throws Exception {
        String page = text("/funding?organisation=Veiligheidsregio%20Testland", TestUsers.BOARD);
        assertTrue(page.contains("<html lang=\"nl\"") && page.contains("<h1>Financiering</h1>"), "Dutch page");
        assertEquals(1, page.split("<svg class=\"chart\"", -1).length - 1, "one regulation, one chart");
        assertEquals(2, page.split("<g class=\"series\"", -1).length - 1, "a line per letter");
        assertTrue(page.contains("30-05-2025 · Meicirculaire BDuR 2025"), "the letter dated and titled");
        assertTrue(page.contains("Wijzigingen tussen brieven") && page.contains("+€ 300.000"), "the 2026 revision");
        assertFalse(page.contains(">€ 0<"), "the axis is fitted to the amounts, not drawn from zero");
        assertTrue(page.contains("id=\"vergelijking\"") && page.contains("Veiligheidsregio Kustland"), "organisations compared");
        assertFalse(page.contains("<script"), "no inline script");
    }

    @Test
    void aCorrectionIsADrillDownOfTheOneStreamNotTheCorrectedTotal() throws Exception {
        JsonNode api = Json.mapper().readTree(text("/api/funding?organisation=Veiligheidsregio%20Kustland", TestUsers.BOARD));
        assertEquals(1, api.size(), "one stream for the region");
        assertEquals("BDuR", api.at("/0/stream").asText());
        assertEquals(List.of("Bijdrage na correctie", "Bijdrage voor correctie", "Correctie"),
                Json.mapper().convertValue(api.at("/0/components"), List.class));
        assertEquals(0, new BigDecimal("4087700").compareTo(api.at("/0/years/0/latest").decimalValue()), "the definitive amount");
        assertEquals("definitive", api.at("/0/years/0/latestKind").asText());
        String page = text("/funding?organisation=Veiligheidsregio%20Kustland", TestUsers.BOARD);
        assertTrue(page.contains("<details class=\"components\">") && page.contains("correctie</td><td class=\"num\">€ -12.300"),
                "the correction in the drill-down with its own kind");
        assertTrue(page.contains("r=\"7\""), "a single-year line drawn as a marker");
    }

    @Test
    void exportsAreDutchSpreadsheetsWithoutFormulas() throws Exception {
        HttpResponse<byte[]> csv = get("/funding.csv?organisation=Veiligheidsregio%20Kustland", TestUsers.BOARD);
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFForganisatie;regeling;onderdeel;jaar;soort;bedrag;"), body);
        assertTrue(body.contains(";correctie;-12300;") && body.contains(";definitief;4087700;"), body);
        assertTrue(body.contains("\"'=HYPERLINK"), "a title starting with = is defused: " + body);
        assertEquals(1 + 3, body.split("\r\n").length);
        HttpResponse<byte[]> xlsx = get("/funding.xlsx", TestUsers.BOARD);
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith(Exports.XLSX));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("organisatie", s.getRow(0).getCell(0).getStringCellValue());
            boolean formula = false;
            double sum = 0;
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                formula |= s.getRow(r).getCell(6).getCellType() == CellType.FORMULA;
                sum += s.getRow(r).getCell(5).getNumericCellValue();
            }
            assertFalse(formula, "text is never a formula");
            assertEquals(4 + 3, s.getLastRowNum(), "every statement of every series the user may see");
            assertEquals(27_700_000 + 28_100_000 + 27_900_000 + 28_400_000 + 4_100_000 - 12_300 + 4_087_700, sum, 0.001);
        }
    }

    @Test
    void confidentialLettersNeverShowWithoutClearance() throws Exception {
        for (String path : List.of("/funding", "/funding?organisation=" + SECRET_REGION.replace(" ", "%20"), "/api/funding",
                "/funding.csv", "/funding.xlsx")) {
            HttpResponse<byte[]> r = get(path, TestUsers.BOARD);
            assertEquals(200, r.statusCode(), path);
            String body = path.endsWith(".xlsx") ? xlsxText(r.body()) : new String(r.body(), StandardCharsets.UTF_8);
            assertFalse(body.contains("Geheimdal") || body.contains("999") || body.contains(SECRET_LETTER)
                    || body.contains("Besloten brief"), "leak through " + path);
        }
        assertTrue(text("/api/funding", TestUsers.CONTROLLER).contains(SECRET_REGION), "a cleared user sees it");
    }

    private static String xlsxText(byte[] bytes) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> sb.append(c).append(' ')));
        }
        return sb.toString();
    }
}
