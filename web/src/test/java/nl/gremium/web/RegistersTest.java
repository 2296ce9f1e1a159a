package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.access.AuditLog;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Motion;
import nl.gremium.model.Outcome;
import nl.gremium.model.Table;
import nl.gremium.model.Tags;
import nl.gremium.pipeline.MotionOutcomes;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The motions and commitments registers over HTTP: JSON, CSV, XLSX, a controller's status, and no confidential leak. */
class RegistersTest {
    static final String COUNCIL_MINUTES = "3333333333333333-01";
    static final String LETTER = "4444444444444444-01";
    static final String SECRET = "5555555555555555-01";
    static final String VOTED = COUNCIL_MINUTES + "#v1";
    static final String HOSTILE_TITLE = "=HYPERLINK(\"http://example.invalid\";\"klik\")";
    static final String SECRET_WORD = "Kroonjuweel";

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
        writeFixture(store);
        writeCommitmentsList(store);
        MotionOutcomes.link(store);
        users = TestUsers.create(store);
        server = new WebServer(store).start(0);
    }

    /** The council minutes (a voted motion, a rejected amendment with a formula title, commitments), the afdoening letter,
     * and confidential minutes with a motion and a commitment; the browser test shares them. */
    static void writeFixture(DataStore store) {
        Metadata council = new Metadata("Verslag raad 2 oktober 2025", "Gemeente Testdorp", "Gemeenteraad", LocalDate.of(2025, 10, 2),
                null, "nld", false);
        store.write(new LogicalDocument(COUNCIL_MINUTES, WebFixture.source("3333333333333333", "verslag-raad.txt"), 1, 1, 1,
                DocKind.minutes, council, List.of(
                        Block.paragraph("Wethouder Bakker: Ik zeg u toe dat de raad voor 1 december 2025 een brief ontvangt over de"
                                + " speelplekken in Noord.", 1),
                        Block.paragraph("De wethouder zegt toe de commissie in het eerste kwartaal van 2099 te informeren over de"
                                + " bezetting van de brandweerpost.", 1),
                        Block.paragraph("Mevrouw Smit (PvdD): Kan de wethouder toezeggen dat er ook een speelplek in Zuid komt?", 1)),
                List.of(), new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
                        new Motion(VOTED, DocKind.motion, "M9", "Bomen langs de Dorpsstraat", List.of("Jan Eik"), List.of("GroenLinks"),
                                Outcome.adopted, "Aangenomen (voor: PvdD, GroenLinks en CDA; tegen: VVD)", 1),
                        new Motion(COUNCIL_MINUTES + "#v2", DocKind.amendment, "A1", HOSTILE_TITLE, List.of("Piet Plas"), List.of("VVD"),
                                Outcome.rejected, "Verworpen", 1)))));
        store.write(new LogicalDocument(LETTER, WebFixture.source("4444444444444444", "brief-afdoening.txt"), 1, 1, 1, DocKind.letter,
                new Metadata("Afdoening motie Speelplekken in elke wijk", "Gemeente Testdorp", null, LocalDate.of(2026, 1, 15), null,
                        "nld", false),
                List.of(Block.paragraph("Met deze brief doen wij de motie Speelplekken in elke wijk af: in iedere wijk is nu een"
                        + " speelplek ingericht.", 1)), List.of(), Tags.EMPTY));
        store.write(new LogicalDocument(SECRET, WebFixture.source("5555555555555555", "verslag-besloten.txt"), 1, 1, 1, DocKind.minutes,
                new Metadata("Besloten verslag", "Gemeente Testdorp", "Gemeenteraad", LocalDate.of(2025, 10, 3), null, "nld", true),
                List.of(Block.paragraph("Wethouder Bakker: Ik zeg toe dat de raad de cijfers over project " + SECRET_WORD
                        + " voor 1 november 2025 ontvangt.", 1)), List.of(),
                new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(new Motion(SECRET + "#v1",
                        DocKind.motion, "M99", "Motie " + SECRET_WORD, List.of("Geheim"), List.of("CDA"), Outcome.adopted, "Aangenomen", 1)))));
    }

    static final String LIST = "6666666666666666-01";

    /** The clerk's commitments list, later than the minutes: one row still open (the minutes' brief), one done. */
    static void writeCommitmentsList(DataStore store) {
        Table t = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Nr"), Cell.of("Toezegging"), Cell.of("Portefeuillehouder"), Cell.of("Termijn"), Cell.of("Status")),
                List.of(Cell.of("1"), Cell.of("De raad ontvangt een brief over de speelplekken in Noord."), Cell.of("Bakker"),
                        Cell.of("1 december 2025"), Cell.of("Open")),
                List.of(Cell.of("2"), Cell.of("Het college informeert de raad over de nieuwe parkeerregels in het centrum."),
                        Cell.of("Bakker"), Cell.of("Q1 2026"), Cell.of("Afgedaan met raadsinformatiebrief van 5 januari 2026"))),
                1, null, false);
        store.write(new LogicalDocument(LIST, WebFixture.source("6666666666666666", "toezeggingenlijst.pdf"), 1, 1, 1, DocKind.other,
                new Metadata("Lijst van toezeggingen", "Gemeente Testdorp", "Gemeenteraad", LocalDate.of(2026, 2, 1), null, "nld",
                        false), List.of(Block.table(t)), List.of(), Tags.EMPTY));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void motionsCarryOutcomeVotesAndFollowUpFromLaterDocuments() throws Exception {
        JsonNode motions = Json.mapper().readTree(get("/api/moties", TestUsers.CONTROLLER).body());
        JsonNode speelplekken = find(motions, WebFixture.MOTION + "#v1");
        assertEquals("adopted", speelplekken.get("outcome").asText(), "outcome from the council's decision list");
        assertEquals("Gemeenteraad", speelplekken.get("body").asText());
        assertEquals("closed", speelplekken.get("status").asText(), "the afdoening letter reports it done");
        assertEquals("evidence", speelplekken.get("statusSource").asText());
        assertEquals(FollowUpFinder.RULE_DONE, speelplekken.get("rule").asText());
        assertEquals(LETTER, speelplekken.get("evidence").get(0).get("docId").asText());

        JsonNode voted = find(motions, VOTED);
        assertEquals("open", voted.get("status").asText(), "adopted, nothing follows it up");
        assertEquals("[{\"vote\":\"voor\",\"parties\":[\"PvdD\",\"GroenLinks\",\"CDA\"]},{\"vote\":\"tegen\",\"parties\":[\"VVD\"]}]",
                voted.get("votes").toString());
        JsonNode rejected = find(motions, COUNCIL_MINUTES + "#v2");
        assertTrue(rejected.get("status") == null, "a rejected amendment is not followed up");

        String page = get("/moties", TestUsers.CONTROLLER).body();
        assertTrue(page.contains("<html lang=\"nl\"") && page.contains("Moties en amendementen") && page.contains("afgedaan"), page);
        assertTrue(page.contains("voor: PvdD, GroenLinks, CDA; tegen: VVD"));
        assertTrue(page.contains("action=\"/moties/"), "a controller gets the status form");
        assertFalse(get("/moties", TestUsers.BOARD).body().contains("action=\"/moties/"), "a board member does not");
    }

    @Test
    void commitmentsHaveWhoToWhomDeadlineAndOverdue() throws Exception {
        JsonNode rows = Json.mapper().readTree(get("/api/toezeggingen", TestUsers.CONTROLLER).body());
        JsonNode brief = null, commissie = null;
        for (JsonNode r : rows) {
            if (r.get("text").asText().contains("speelplekken in Noord")) {
                brief = r;
            } else if (r.get("text").asText().contains("brandweerpost")) {
                commissie = r;
            }
            assertFalse(r.get("text").asText().contains("Kan de wethouder"), "a question is no commitment");
        }
        assertEquals("Wethouder Bakker", brief.get("who").asText());
        assertEquals("de raad", brief.get("toWhom").asText());
        assertEquals("2025-12-01", brief.get("due").asText());
        assertTrue(brief.get("overdue").asBoolean());
        assertEquals("de commissie", commissie.get("toWhom").asText());
        assertEquals("2099-03-31", commissie.get("due").asText());
        assertFalse(commissie.get("overdue").asBoolean());
        assertTrue(get("/toezeggingen?overdue=1", TestUsers.CONTROLLER).body().contains("te laat"));
    }

    @Test
    void aCommitmentsListGivesEachRowTheStatusItPrintsAndOneRowsStatusIsNoOtherRowsEvidence() throws Exception {
        JsonNode rows = Json.mapper().readTree(get("/api/toezeggingen", TestUsers.CONTROLLER).body());
        JsonNode parking = null, fromMinutes = null;
        for (JsonNode r : rows) {
            if (r.get("text").asText().contains("parkeerregels")) {
                parking = r;
            } else if (r.get("docId").asText().equals(COUNCIL_MINUTES) && r.get("text").asText().contains("speelplekken in Noord")) {
                fromMinutes = r;
            }
        }
        assertEquals("closed", parking.get("status").asText());
        assertEquals(FollowUpFinder.RULE_LIST, parking.get("rule").asText());
        assertEquals("Bakker", parking.get("who").asText());
        assertEquals("2026-03-31", parking.get("due").asText());
        // the list names the minutes' commitment on an open row; the next row's "Afgedaan" does not close it
        assertEquals(LIST, fromMinutes.get("evidence").get(0).get("docId").asText());
        assertEquals("open", fromMinutes.get("status").asText());
        assertTrue(fromMinutes.get("overdue").asBoolean());
    }

    @Test
    void aControllerSetsAStatusThatTheHistoryAndTheAuditTrailRecordWithTheSignedInUser() throws Exception {
        JsonNode rows = Json.mapper().readTree(get("/api/toezeggingen", TestUsers.CONTROLLER).body());
        String id = rows.get(0).get("id").asText();
        String form = "status=closed&owner=" + URLEncoder.encode("griffie", StandardCharsets.UTF_8) + "&note=brief+ontvangen";
        assertEquals(403, postForm("/toezeggingen/" + URLEncoder.encode(id, StandardCharsets.UTF_8), form, TestUsers.BOARD).statusCode());
        assertEquals(303, postForm("/toezeggingen/" + URLEncoder.encode(id, StandardCharsets.UTF_8), form, TestUsers.CONTROLLER).statusCode());
        JsonNode after = find(Json.mapper().readTree(get("/api/toezeggingen", TestUsers.CONTROLLER).body()), id);
        assertEquals("closed", after.get("status").asText());
        assertEquals("controller", after.get("statusSource").asText());
        assertEquals("griffie", after.get("owner").asText());
        assertEquals(TestUsers.CONTROLLER, after.get("controller").get("who").asText());
        assertFalse(after.get("overdue").asBoolean(), "done is never overdue");
        String audit = Files.readString(new AuditLog(store).file());
        assertTrue(audit.contains("\"user\":\"" + TestUsers.CONTROLLER + "\"") && audit.contains("\"action\":\"status\""), audit);
        assertEquals(400, postForm("/moties/" + URLEncoder.encode(VOTED, StandardCharsets.UTF_8), "status=maybe",
                TestUsers.CONTROLLER).statusCode());
    }

    @Test
    void csvIsSemicolonSeparatedWithBomAndDefusedFormulas() throws Exception {
        HttpResponse<String> r = get("/moties.csv", TestUsers.CONTROLLER);
        assertTrue(r.body().startsWith("\uFEFFid;soort;nummer;titel"), r.body());
        assertTrue(r.body().contains("'=HYPERLINK"), "a formula is defused");
        assertFalse(r.body().contains(";=HYPERLINK") || r.body().contains(";\"=HYPERLINK"));
        assertTrue(get("/toezeggingen.csv", TestUsers.CONTROLLER).body().startsWith("\uFEFFid;document;orgaan"));
    }

    @Test
    void xlsxHoldsTheRowsAsTextCells() throws Exception {
        HttpResponse<byte[]> r = getBytes("/moties.xlsx", TestUsers.CONTROLLER);
        assertEquals(Xlsx.CONTENT_TYPE, r.headers().firstValue("Content-Type").orElse(""));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("titel", s.getRow(0).getCell(3).getStringCellValue());
            assertEquals(4, s.getLastRowNum(), "a header and the four motions a controller may see");
            boolean hostile = false;
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                if (HOSTILE_TITLE.equals(s.getRow(i).getCell(3).getStringCellValue())) {
                    hostile = s.getRow(i).getCell(3).getCellType() == CellType.STRING;
                }
            }
            assertTrue(hostile, "the formula-like title is a text cell");
        }
    }

    /** Leak test: every new path, as a board member without clearance, against the confidential minutes. */
    @Test
    void noConfidentialRecordReachesAUserWithoutClearance() throws Exception {
        for (String path : List.of("/moties", "/api/moties", "/moties.csv", "/toezeggingen", "/api/toezeggingen", "/toezeggingen.csv")) {
            HttpResponse<String> r = get(path, TestUsers.BOARD);
            assertEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains(SECRET_WORD) || r.body().contains(SECRET), path + " leaks: " + r.body());
        }
        assertTrue(get("/moties?q=" + SECRET_WORD, TestUsers.BOARD).body().contains("<caption>0 getoond</caption>"));
        assertEquals("[]", get("/api/toezeggingen?q=" + SECRET_WORD, TestUsers.BOARD).body());
        for (String path : List.of("/moties.xlsx", "/toezeggingen.xlsx")) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(getBytes(path, TestUsers.BOARD).body()))) {
                Sheet s = wb.getSheetAt(0);
                for (int i = 0; i <= s.getLastRowNum(); i++) {
                    for (int c = 0; c < s.getRow(i).getLastCellNum(); c++) {
                        String v = s.getRow(i).getCell(c).getStringCellValue();
                        assertFalse(v.contains(SECRET_WORD) || v.contains(SECRET), path + " leaks " + v);
                    }
                }
            }
        }
        assertTrue(get("/api/moties", TestUsers.CONTROLLER).body().contains(SECRET_WORD), "the cleared controller sees it");
        assertTrue(get("/api/toezeggingen", TestUsers.CONTROLLER).body().contains(SECRET_WORD), "the cleared controller sees it");
    }

    private static JsonNode find(JsonNode rows, String id) {
        for (JsonNode r : rows) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id + " not in " + rows);
    }

    static HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(request(path, user).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> getBytes(String path, String user) throws Exception {
        return http.send(request(path, user).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> postForm(String path, String form, String user) throws Exception {
        return http.send(request(path, user).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + server.port()).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).header("Authorization", users.bearer(user));
    }
}
