package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.index.Indexer;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Outcome;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import nl.gremium.pipeline.MotionOutcomes;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over HTTP: pages, the JSON API, status codes, escaping and file serving. One server for the class. */
class WebServerTest {
    @TempDir
    static Path dir;
    static DataStore store;
    static WebServer server;
    static TestUsers users;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = new DataStore(dir.resolve("data"));
        WebFixture.write(store);
        Files.createDirectories(store.filesDir());
        Files.writeString(store.filesDir().resolve("aaaaaaaaaaaaaaaa".repeat(4) + ".txt"), "origineel " + WebFixture.HOSTILE);
        MotionOutcomes.link(store);
        Indexer.update(store, Indexer.Progress.NONE);
        users = TestUsers.create(store);
        server = new WebServer(store).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A GET as the controller (by API token). */
    static HttpResponse<String> get(String path) throws Exception {
        return get(path, TestUsers.CONTROLLER);
    }

    static HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (user != null) {
            b.header("Authorization", users.bearer(user));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> postJson(String path, String json, String origin) throws Exception {
        return postJson(path, json, origin, TestUsers.CONTROLLER);
    }

    static HttpResponse<String> postJson(String path, String json, String origin, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", users.bearer(user));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void documentTextIsEscapedAndRecordsAreMarkedInPlace() throws Exception {
        HttpResponse<String> r = get("/documents/" + WebFixture.MINUTES);
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertFalse(body.contains("<script>alert"), "document text must not become markup");
        assertFalse(body.contains("<img src=x"), "document text must not become markup");
        assertTrue(body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(body.contains("<mark class=\"rec decision\" id=\"rec-d1\""), "decision highlighted in the text");
        assertTrue(body.contains("<mark class=\"rec amount\" id=\"rec-m1\""), "amount highlighted in the text");
        assertTrue(body.contains("id=\"item-2\""), "agenda item as a section");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }

    @Test
    void aMotionShowsTheOutcomeItsCouncilRecordedWithALinkToThatRecord() throws Exception {
        String motion = get("/documents/" + WebFixture.MOTION).body();
        String href = "/documents/" + WebFixture.COUNCIL_LIST + "#rec-" + Html.anchor(WebFixture.COUNCIL_ROW);
        assertTrue(motion.contains("Uitkomst: aangenomen — bron: <a class=\"outcome-source\" href=\"" + href
                + "\">Besluitenlijst raad 2 oktober 2025</a>"), motion);
        String list = get("/documents/" + WebFixture.COUNCIL_LIST).body();
        assertTrue(list.contains("id=\"rec-" + Html.anchor(WebFixture.COUNCIL_ROW) + "\""), "the link lands on the row");
    }

    @Test
    void searchFindsTheDecisionWithAHighlightedSnippetAndFacets() throws Exception {
        HttpResponse<String> page = get("/?q=jaarrekening&type=decision");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("href=\"/documents/" + WebFixture.MINUTES + "#rec-d1\""), page.body());
        assertTrue(page.body().contains("<mark>"), "snippet highlights the match");
        JsonNode api = Json.mapper().readTree(get("/api/search?q=jaarrekening").body());
        assertTrue(api.get("total").asLong() >= 2);
        assertTrue(api.get("facets").has("type"));
        String typo = get("/?q=jaarekening").body();
        assertTrue(typo.contains("<html lang=\"nl\">"), "the UI is Dutch");
        assertTrue(typo.contains("Geen resultaten voor <q lang=\"nl\">jaarekening</q>; resultaten voor <q lang=\"nl\">"
                + "jaarrekening</q>") && typo.contains("<mark>"), typo);
    }

    @Test
    void apiErrorsAreJsonWithStatus() throws Exception {
        HttpResponse<String> missing = get("/api/documents/ffffffffffffffff-01");
        assertEquals(404, missing.statusCode());
        assertEquals(404, Json.mapper().readTree(missing.body()).get("status").asInt());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        HttpResponse<String> badDate = get("/api/search?q=x&from=gisteren");
        assertEquals(400, badDate.statusCode());
        assertTrue(Json.mapper().readTree(badDate.body()).get("error").asText().contains("from"));
        assertEquals(404, get("/no/such/page").statusCode());
        HttpResponse<String> noFile = postJson("/api/upload", "{}", null, TestUsers.SECRETARIAT);
        assertEquals(400, noFile.statusCode(), noFile.body());
        assertTrue(Json.mapper().readTree(noFile.body()).get("error").asText().contains("'file'"));
        assertEquals(17, Json.mapper().readTree(get("/api").body()).size(), "GET /api lists the endpoints");
    }

    @Test
    void statusIsValidatedStoredAndShownWithHistory() throws Exception {
        String path = "/api/recommendations/" + WebFixture.REC_ID + "/status";
        assertEquals(400, postJson(path, "{\"status\":\"half done\",\"who\":\"Ans\"}", null).statusCode());
        assertEquals(404, postJson("/api/recommendations/nope/status", "{\"status\":\"closed\",\"who\":\"Ans\"}", null).statusCode());
        assertEquals(403, postJson(path, "{\"status\":\"closed\",\"who\":\"Ans\"}", "http://evil.example").statusCode());
        HttpResponse<String> ok = postJson(path, "{\"status\":\"in_progress\",\"who\":\"Ans\",\"owner\":\"Bureau\",\"due\":\"2026-01-31\"}", null);
        assertEquals(201, ok.statusCode(), ok.body());
        JsonNode one = Json.mapper().readTree(get("/api/recommendations/" + WebFixture.REC_ID).body());
        assertEquals("in_progress", one.at("/recommendation/status").asText());
        assertEquals("controller", one.at("/recommendation/statusSource").asText());
        assertEquals(TestUsers.CONTROLLER, one.at("/history/0/who").asText(), "the signed-in user, not the typed name");
        String csv = get("/recommendations.csv").body();
        assertTrue(csv.startsWith("\uFEFFid;number;text;") && csv.contains("in_progress;controller;Bureau;2026-01-31"), csv);
        // search hits follow (the index is brought in line in the background, within moments)
        JsonNode hits = null;
        for (int i = 0; i < 100 && (hits == null || !hits.toString().contains(WebFixture.REC_ID)); i++) {
            Thread.sleep(i == 0 ? 0 : 100);
            hits = Json.mapper().readTree(get("/api/search?q=&type=recommendation&status=in_progress").body()).get("hits");
        }
        assertTrue(hits.toString().contains(WebFixture.REC_ID), "the search index shows the status just set: " + hits);
    }

    @Test
    void decisionsAndRecommendationsDownloadAsCsvForDutchExcelAndAsXlsx() throws Exception {
        HttpResponse<String> csv = get("/decisions.csv?body=Algemeen%20bestuur");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("decisions.csv"));
        assertTrue(csv.body().startsWith("\uFEFFid;body;date;agendaItem;"), csv.body());
        assertTrue(csv.body().contains(WebFixture.DECISION_ID + ";Algemeen bestuur;2025-07-09;2;Jaarrekening 2024;"), csv.body());
        assertFalse(csv.body().contains("Gemeenteraad"), "the filter applies to the export");
        for (String path : List.of("/decisions.xlsx", "/recommendations.xlsx")) {
            HttpResponse<byte[]> x = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                    .header("Authorization", users.bearer(TestUsers.CONTROLLER)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, x.statusCode(), path);
            assertEquals(Exports.XLSX, x.headers().firstValue("Content-Type").orElse(""));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
                assertTrue(wb.getSheetAt(0).getLastRowNum() >= 1, path + " has rows");
                assertEquals("id", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            }
        }
    }

    @Test
    void pagesAreDutchUntilTheReaderChoosesEnglish() throws Exception {
        String nl = get("/decisions").body();
        assertTrue(nl.contains("<html lang=\"nl\">") && nl.contains("<h1>Besluiten</h1>") && nl.contains("Vergadering van 09-07-2025"), nl);
        HttpResponse<String> choose = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/lang/en"))
                        .header("Referer", "http://localhost:" + server.port() + "/decisions?year=2025").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, choose.statusCode());
        assertEquals("/decisions?year=2025", choose.headers().firstValue("Location").orElse(""));
        String cookie = choose.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith(Lang.COOKIE + "=en;"), cookie);
        String en = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/decisions"))
                .header("Authorization", users.bearer(TestUsers.CONTROLLER)).header("Cookie", Lang.COOKIE + "=en").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertTrue(en.contains("<html lang=\"en\">") && en.contains("<h1>Decisions</h1>") && en.contains("Meeting of 9 Jul 2025"), en);
        // the registers and the saved searches follow the choice too
        for (String[] page : new String[][] {{"/moties", "<h1>Motions and amendments</h1>", "Filter</button>"},
                {"/toezeggingen", "<h1>Commitments</h1>", "Deadline</th>"}, {"/zoekopdrachten", "<h1>Saved searches and follows</h1>", "Save</button>"}}) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + page[0]))
                    .header("Authorization", users.bearer(TestUsers.CONTROLLER)).header("Cookie", Lang.COOKIE + "=en").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            assertTrue(body.contains(page[1]) && body.contains(page[2]), page[0] + ": " + body);
            assertFalse(body.contains("Filteren") || body.contains("Bewaren"), page[0] + " has no Dutch buttons left");
        }
    }

    @Test
    void aBrokenRequestIsAnsweredWithoutExceptionTextOrServerPaths() throws Exception {
        HttpResponse<String> r = postJson("/api/recommendations/" + WebFixture.REC_ID + "/status", "{\"status\": clos", null);
        assertEquals(400, r.statusCode(), r.body());
        String error = Json.mapper().readTree(r.body()).get("error").asText();
        assertTrue(error.startsWith("body must be a JSON object"), error);
        assertFalse(error.contains("com.fasterxml") || error.contains("Exception") || error.contains(dir.toString()), error);
        String page = get("/documents/nope").body();
        assertTrue(page.contains("document nope not found"), page);
    }

    @Test
    void listsFollowADocumentWrittenByAnotherProcess() throws Exception {
        assertFalse(get("/decisions").body().contains("Dagelijks bestuur"));
        String id = "9999999999999999-01";
        String text = "Het dagelijks bestuur besluit de kadernota vast te stellen.";
        store.write(new LogicalDocument(id, new SourceFile("/in/db.txt", "db.txt", "9".repeat(64), 10, "text/plain", 2), 1, 1, 1,
                DocKind.decision_list, new Metadata("Besluitenlijst dagelijks bestuur", "Veiligheidsregio Testland", "Dagelijks bestuur",
                        WebFixture.MEETING, null, "nld", false),
                List.of(Block.paragraph(text, 1)), List.of(),
                new Tags(List.of(new Decision("d9", text, null, null, "Dagelijks bestuur", WebFixture.MEETING, null, Outcome.adopted, 1, null)),
                        List.of(), List.of(), List.of(), List.of(), List.of())));
        assertTrue(get("/decisions").body().contains("Dagelijks bestuur"), "the cached list is rebuilt when the docs folder changes");
        JsonNode api = Json.mapper().readTree(get("/api/decisions?body=Dagelijks%20bestuur").body());
        assertEquals(1, api.size());
        assertEquals(id, api.at("/0/docId").asText());
    }

    @Test
    void originalFileIsServedByDocumentIdOnly() throws Exception {
        HttpResponse<String> r = get("/files/" + WebFixture.MINUTES);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        int traversal = get("/files/..%2F..%2Fetc%2Fpasswd").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "traversal refused, got " + traversal);
        assertEquals(404, get("/files/" + WebFixture.MINUTES.replace("-01", "-02")).statusCode());
        assertEquals(404, get("/files/" + WebFixture.PROPOSAL).statusCode(), "no original stored for this one");
    }

    @Test
    void fundingChartAndDecisionsLinkToProposal() throws Exception {
        String funding = get("/funding").body();
        assertTrue(funding.contains("<svg class=\"chart\""));
        assertTrue(funding.contains("Septembercirculaire BDuR 2025"));
        assertTrue(funding.contains("€ 28.400.000"));
        String decisions = get("/decisions?body=Algemeen%20bestuur").body();
        assertTrue(decisions.contains("href=\"/documents/" + WebFixture.PROPOSAL + "\""), "proposal linked");
        assertTrue(decisions.contains("href=\"/documents/" + WebFixture.MINUTES + "#item-2\""), "agenda item linked");
        JsonNode api = Json.mapper().readTree(get("/api/funding?organisation=Veiligheidsregio%20Testland").body());
        assertEquals(1, api.size());
        assertEquals(2, api.at("/0/years").size());
    }

    @Test
    void everyFormFieldHasALabelAndEveryPageASkipLink() throws Exception {
        Pattern field = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
        Pattern id = Pattern.compile("\\bid=\"([^\"]+)\"");
        for (String path : List.of("/", "/?q=jaarrekening", "/decisions", "/recommendations",
                "/recommendations/" + Html.url(WebFixture.REC_ID), "/funding", "/upload", "/documents/" + WebFixture.MINUTES)) {
            String html = get(path).body();
            assertTrue(html.contains("<a class=\"skip\" href=\"#main\">") && html.contains("<main id=\"main\""), path);
            Matcher m = field.matcher(html);
            while (m.find()) {
                if (m.group(2).contains("type=\"hidden\"")) {
                    continue;
                }
                Matcher i = id.matcher(m.group(2));
                assertTrue(i.find() && html.contains("<label for=\"" + i.group(1) + "\""), path + ": unlabelled " + m.group());
            }
        }
    }
}
