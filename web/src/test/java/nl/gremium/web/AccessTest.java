package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gremium.access.AuditLog;
import nl.gremium.access.FileUserStore;
import nl.gremium.access.Role.Permission;
import nl.gremium.index.Indexer;
import nl.gremium.model.LogicalDocument;
import nl.gremium.pipeline.Ingestor;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in, roles, CSRF, the Host allow-list and confidentiality over real HTTP, with the sample note
 * stamped VERTROUWELIJK and a public sample ingested for real. "centralisten" is a word only the note has.
 */
class AccessTest {
    static final String NOTE_WORD = "centralisten";
    @TempDir
    static Path dir;
    static DataStore store;
    static WebServer server;
    static TestUsers users;
    static String note;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        store = new DataStore(dir.resolve("data"));
        Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
        try (Ingestor ingestor = new Ingestor(store)) {
            ingestor.ingest(List.of(samples.resolve("notitie-bezetting-meldkamer-vertrouwelijk.docx"),
                    samples.resolve("notitie-voortgang-stroomuitval.txt")));
        }
        Indexer.update(store, Indexer.Progress.NONE);
        note = store.documents().stream().filter(d -> d.metadata().confidential()).map(LogicalDocument::id)
                .findFirst().orElseThrow(() -> new AssertionError("the sample note is detected as confidential"));
        users = TestUsers.create(store);
        server = new WebServer(store).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(String path) {
        return url(server.port(), path);
    }

    private static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (user != null) {
            b.header("Authorization", users.bearer(user));
        }
        return send(b);
    }

    @Test
    void signedOutPagesRedirectToLoginAndTheApiAnswers401() throws Exception {
        HttpResponse<String> page = get("/decisions?year=2025", null);
        assertEquals(303, page.statusCode());
        assertEquals("/login?next=%2Fdecisions%3Fyear%3D2025", page.headers().firstValue("Location").orElse(""));
        HttpResponse<String> api = get("/api/search?q=stroomuitval", null);
        assertEquals(401, api.statusCode());
        assertEquals(401, Json.mapper().readTree(api.body()).get("status").asInt());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(url("/api/search"))).header("Authorization", "Bearer grm_nope")).statusCode());
        assertEquals(200, get("/login", null).statusCode());
        assertEquals(200, get("/static/gremium.css", null).statusCode());
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        // what DNS rebinding sends: our address, their name
        HttpClient raw = HttpClient.newHttpClient();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /login HTTP/1.1\r\nHost: evil.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 421", head);
        }
        assertEquals(200, raw.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void loginNeedsItsFormTokenStartsAFreshSessionAndLogoutEndsIt() throws Exception {
        // without the login page's token
        assertEquals(403, send(form("/login", "username=" + TestUsers.BOARD + "&password=x&csrf=forged", null)).statusCode());
        Session s = signIn(TestUsers.BOARD, TestUsers.password(TestUsers.BOARD));
        assertTrue(s.setCookie.contains("HttpOnly") && s.setCookie.contains("SameSite=Strict"), s.setCookie);
        Session again = signIn(TestUsers.BOARD, TestUsers.password(TestUsers.BOARD));
        assertNotEquals(s.cookie, again.cookie, "a new session id at every sign-in");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url("/"))).header("Cookie", s.cookie));
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        String csrf = TestUsers.csrfOf(page.body());
        assertEquals(403, send(form("/logout", "", s.cookie)).statusCode(), "POST without the form token");
        assertEquals(303, send(form("/logout", "csrf=" + csrf, s.cookie)).statusCode());
        assertEquals(303, send(HttpRequest.newBuilder(URI.create(url("/"))).header("Cookie", s.cookie)).statusCode(),
                "the session ended");
    }

    @Test
    void failedSignInsAreLimitedPerAccountAndPerAddressAndAudited() throws Exception {
        try (WebServer own = new WebServer(store).start(0)) { // its own throttle: the other tests sign in from this address
            int port = own.port();
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertEquals(401, signInResponse(port, TestUsers.ADMIN, "geraden wachtwoord " + i).statusCode());
            }
            assertEquals(429, signInResponse(port, TestUsers.ADMIN, TestUsers.password(TestUsers.ADMIN)).statusCode(),
                    "even the right password waits once the account is being guessed");
            assertEquals(303, signInResponse(port, TestUsers.BOARD, TestUsers.password(TestUsers.BOARD)).statusCode(),
                    "another account from the same address still signs in");
            for (int i = LoginThrottle.MAX_FAILURES; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
                signInResponse(port, "gok" + i, "geraden wachtwoord");
            }
            assertEquals(429, signInResponse(port, TestUsers.BOARD, TestUsers.password(TestUsers.BOARD)).statusCode(),
                    "an address guessing many accounts is stopped too");
        }
        String trail = String.join("\n", Files.readAllLines(new AuditLog(store).file()));
        assertTrue(trail.contains("\"action\":\"sign-in-failed\""), trail);
        assertTrue(new AuditLog(store).verify().intact());
    }

    @Test
    void eachRoleMayDoWhatItsDutyNeedsAndNoMore() throws Exception {
        String rec = "{\"status\":\"closed\"}";
        HttpRequest.Builder boardStatus = HttpRequest.newBuilder(URI.create(url("/api/recommendations/x/status")))
                .header("Authorization", users.bearer(TestUsers.BOARD)).POST(HttpRequest.BodyPublishers.ofString(rec));
        assertEquals(403, send(boardStatus).statusCode(), "a board member reads only");
        HttpRequest.Builder boardRecompute = HttpRequest.newBuilder(URI.create(url("/recommendations/recompute")))
                .header("Authorization", users.bearer(TestUsers.BOARD)).POST(HttpRequest.BodyPublishers.noBody());
        assertEquals(403, send(boardRecompute).statusCode(), "a board member does not start a recompute");
        assertEquals(Permission.set_status, Access.permission("POST", "/recommendations/recompute"), "controllers do");
        HttpRequest.Builder controllerUpload = HttpRequest.newBuilder(URI.create(url("/api/upload")))
                .header("Authorization", users.bearer(TestUsers.CONTROLLER)).POST(HttpRequest.BodyPublishers.ofString(""));
        assertEquals(403, send(controllerUpload).statusCode(), "a controller does not upload");
        assertEquals(403, get("/upload", TestUsers.BOARD).statusCode());
        assertEquals(200, get("/upload", TestUsers.SECRETARIAT).statusCode());
        HttpRequest.Builder controllerStatus = HttpRequest.newBuilder(URI.create(url("/api/recommendations/x/status")))
                .header("Authorization", users.bearer(TestUsers.CONTROLLER)).POST(HttpRequest.BodyPublishers.ofString(rec));
        assertEquals(404, send(controllerStatus).statusCode(), "allowed, but there is no such recommendation");
        for (String user : List.of(TestUsers.BOARD, TestUsers.CONTROLLER, TestUsers.SECRETARIAT, TestUsers.ADMIN)) {
            assertEquals(200, get("/api/search?q=stroomuitval", user).statusCode(), user + " reads");
        }
    }

    @Test
    void theConfidentialNoteNeverShowsWithoutClearance() throws Exception {
        JsonNode cleared = Json.mapper().readTree(get("/api/search?q=" + NOTE_WORD, TestUsers.CONTROLLER).body());
        assertTrue(cleared.get("total").asLong() > 0);
        cleared.get("hits").forEach(h -> assertEquals(note, h.get("docId").asText(), "only the note has the word"));

        JsonNode board = Json.mapper().readTree(get("/api/search?q=" + NOTE_WORD, TestUsers.BOARD).body());
        assertEquals(0, board.get("total").asLong());
        assertEquals(0, board.get("hits").size());
        JsonNode all = Json.mapper().readTree(get("/api/search?q=&size=100", TestUsers.BOARD).body());
        all.get("hits").forEach(h -> assertNotEquals(note, h.get("docId").asText()));
        JsonNode allCleared = Json.mapper().readTree(get("/api/search?q=&size=100", TestUsers.CONTROLLER).body());
        long noteUnits = 0;
        for (JsonNode h : allCleared.get("hits")) {
            noteUnits += h.get("docId").asText().equals(note) ? 1 : 0;
        }
        assertTrue(noteUnits > 0 && allCleared.get("total").asLong() <= 100, "every unit listed");
        assertEquals(allCleared.get("total").asLong() - noteUnits, all.get("total").asLong());
        String noteKind = store.read(note).orElseThrow().kind().name();
        assertEquals(count(allCleared, "kind", noteKind) - noteUnits, count(all, "kind", noteKind),
                "facets count none of the note's units");

        for (String path : List.of("/documents/" + note, "/files/" + note, "/api/documents/" + note)) {
            assertEquals(404, get(path, TestUsers.BOARD).statusCode(), path);
            assertEquals(200, get(path, TestUsers.CONTROLLER).statusCode(), path);
        }
        String page = get("/?q=" + NOTE_WORD, TestUsers.BOARD).body();
        assertFalse(page.contains("<li class=\"hit") || page.contains(note), "no hit, no link to the note");
        assertFalse(get("/recommendations.csv", TestUsers.BOARD).body().contains(note));
        assertFalse(get("/api/decisions", TestUsers.BOARD).body().contains(note));
        for (String path : List.of("/funding", "/api/funding", "/funding.csv")) {
            assertFalse(get(path, TestUsers.BOARD).body().contains(note), path); // FundingHandlerTest: a confidential letter's amounts
        }
        assertEquals("no-store", get("/files/" + note, TestUsers.CONTROLLER).headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void exportsInEitherFormatLeaveTheConfidentialNoteOut() throws Exception {
        LogicalDocument n = store.read(note).orElseThrow();
        for (String path : List.of("/decisions.csv", "/decisions.xlsx", "/recommendations.csv", "/recommendations.xlsx")) {
            String board = exportText(path, TestUsers.BOARD), cleared = exportText(path, TestUsers.CONTROLLER);
            assertFalse(board.contains(note) || board.contains(NOTE_WORD), path + " as a board member");
            if (path.startsWith("/decisions") && !n.tags().decisions().isEmpty()) {
                assertTrue(cleared.contains(note), path + ": a cleared user gets the note's decisions");
            }
        }
        HttpResponse<String> signedOut = get("/decisions.xlsx", null);
        assertTrue(signedOut.statusCode() == 303 || signedOut.statusCode() == 401, "signed out: " + signedOut.statusCode());
    }

    @Test
    void thePublicModeLetsAnonymousReadersReadWhatIsNotConfidentialAndNothingElse() throws Exception {
        try (WebServer open = new WebServer(store).openToThePublic().start(0)) {
            int port = open.port();
            HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(url(port, "/?q=stroomuitval"))));
            assertEquals(200, home.statusCode(), "no sign-in needed to read");
            assertTrue(home.body().contains("<li class=\"hit"), "public documents are found");
            assertTrue(home.body().contains("id=\"sign-in\""), "with a link to sign in");
            assertFalse(home.body().contains("href=\"/upload\"") || home.body().contains("href=\"/admin/users\""), "no links it may not follow");
            assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));

            // leaks: the note's word, its page, file and JSON, the exports, the facets
            JsonNode hits = Json.mapper().readTree(anonymous(port, "/api/search?q=" + NOTE_WORD).body());
            assertEquals(0, hits.get("total").asLong());
            JsonNode all = Json.mapper().readTree(anonymous(port, "/api/search?q=&size=100").body());
            all.get("hits").forEach(h -> assertNotEquals(note, h.get("docId").asText()));
            JsonNode board = Json.mapper().readTree(get("/api/search?q=&size=100", TestUsers.BOARD).body());
            assertEquals(board.get("total").asLong(), all.get("total").asLong(), "the same as a user without clearance");
            assertEquals(board.get("facets"), all.get("facets"), "facet counts without the note");
            assertFalse(anonymous(port, "/?q=" + NOTE_WORD).body().contains(note));
            for (String path : List.of("/documents/" + note, "/files/" + note, "/api/documents/" + note)) {
                assertEquals(404, anonymous(port, path).statusCode(), path);
            }
            for (String path : List.of("/decisions.csv", "/recommendations.csv", "/api/decisions", "/api/recommendations", "/decisions", "/funding")) {
                HttpResponse<String> r = anonymous(port, path);
                assertEquals(200, r.statusCode(), path);
                assertFalse(r.body().contains(note) || r.body().contains(NOTE_WORD), path);
            }

            // no writes, no forms for them, no admin
            assertEquals(303, anonymous(port, "/upload").statusCode(), "the upload form asks for sign-in");
            assertEquals(303, anonymous(port, "/admin/users").statusCode());
            for (String path : List.of("/api/upload", "/api/recommendations/x/status", "/api/documents/" + note + "/confidentiality",
                    "/recommendations/recompute", "/upload", "/admin/users")) {
                assertEquals(401, send(form(port, path, "confidential=no", null)).statusCode(), "POST " + path);
            }
            String progress = store.documents().stream().filter(d -> !d.metadata().confidential()).map(LogicalDocument::id)
                    .findFirst().orElseThrow();
            String page = anonymous(port, "/documents/" + progress).body();
            assertFalse(page.contains("method=\"post\""), "no form that writes on a document page");
            assertTrue(store.read(note).orElseThrow().metadata().confidential(), "the note stays confidential");

            // signing in still gives the user's role and clearance on the same server
            Session s = signIn(port, TestUsers.CONTROLLER, TestUsers.password(TestUsers.CONTROLLER));
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(url(port, "/documents/" + note))).header("Cookie", s.cookie)).statusCode());
            assertEquals(200, get("/api/search?q=stroomuitval", TestUsers.BOARD).statusCode());
        }
        assertEquals(303, get("/", null).statusCode(), "without --public the same data asks for sign-in");
    }

    @Test
    void onlyTheAdminManagesUsersOnTheUsersPageAndEveryChangeIsAudited() throws Exception {
        FileUserStore accounts = new FileUserStore(store);
        for (String user : List.of(TestUsers.BOARD, TestUsers.CONTROLLER, TestUsers.SECRETARIAT)) {
            assertEquals(403, get("/admin/users", user).statusCode(), user);
            assertEquals(403, send(admin("", "username=inbreker&role=admin&password=lang+genoeg+wachtwoord", user)).statusCode(), user);
        }
        HttpResponse<String> page = get("/admin/users", TestUsers.ADMIN);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"nl\"") && page.body().contains(Messages.NL.get("users.title")));
        for (String user : List.of(TestUsers.BOARD, TestUsers.CONTROLLER, TestUsers.SECRETARIAT, TestUsers.ADMIN)) {
            assertTrue(page.body().contains("data-user=\"" + user + "\""), user + " listed");
        }
        assertFalse(page.body().contains("$argon2") || page.body().contains("grm_"), "no hashes or tokens on the page");

        HttpResponse<String> weak = send(admin("", "username=nieuwe&role=controller&password=kort", TestUsers.ADMIN));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("id=\"users-error\""), "the reason is shown");
        assertTrue(weak.body().contains(Messages.NL.get("users.error.password_short", 12)), "in Dutch: " + weak.body());
        assertFalse(weak.body().contains("too short"), "not the store's English message");
        assertTrue(accounts.find("nieuwe").isEmpty());

        assertEquals(200, send(admin("", "username=nieuwe&role=controller&confidential=yes&password=een+lang+genoeg+wachtwoord",
                TestUsers.ADMIN)).statusCode());
        assertEquals("nieuwe (controller, confidential)", accounts.find("nieuwe").orElseThrow().toString());
        assertEquals(200, send(admin("/nieuwe/role", "role=board", TestUsers.ADMIN)).statusCode());
        assertEquals("nieuwe (board)", accounts.find("nieuwe").orElseThrow().toString(), "role and clearance changed");
        assertEquals(200, send(admin("/nieuwe/password", "password=nog+een+ander+wachtwoord", TestUsers.ADMIN)).statusCode());
        assertTrue(accounts.authenticate("nieuwe", "nog een ander wachtwoord".toCharArray()).isPresent());
        assertEquals(400, send(admin("/" + TestUsers.ADMIN + "/remove", "", TestUsers.ADMIN)).statusCode(), "not oneself");
        assertEquals(400, send(admin("/" + TestUsers.ADMIN + "/role", "role=board", TestUsers.ADMIN)).statusCode(), "not oneself");
        assertEquals(400, send(admin("/niemand/remove", "", TestUsers.ADMIN)).statusCode());
        assertEquals(200, send(admin("/nieuwe/remove", "", TestUsers.ADMIN)).statusCode());
        assertTrue(accounts.find("nieuwe").isEmpty());

        // a signed-in admin's browser needs the page's form token
        Session s = signIn(TestUsers.ADMIN, TestUsers.password(TestUsers.ADMIN));
        assertEquals(403, send(form("/admin/users/" + TestUsers.BOARD + "/remove", "", s.cookie)).statusCode());
        assertTrue(accounts.find(TestUsers.BOARD).isPresent());

        String trail = Files.readString(new AuditLog(store).file());
        for (String action : List.of("user-add", "user-role", "user-password", "user-remove")) {
            assertTrue(trail.contains("\"action\":\"" + action + "\""), action);
        }
        assertTrue(trail.contains("\"user\":\"" + TestUsers.ADMIN + "\""), "by the signed-in admin");
        assertTrue(new AuditLog(store).verify().intact());
    }

    private static HttpRequest.Builder admin(String path, String body, String user) {
        return HttpRequest.newBuilder(URI.create(url("/admin/users" + path))).header("Authorization", users.bearer(user))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> anonymous(int port, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(port, path))));
    }

    /** An export's cell text, read back with POI for XLSX. */
    private static String exportText(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", users.bearer(user));
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        if (!path.endsWith(".xlsx")) {
            return new String(r.body(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> text.append(c.toString()).append('\t')));
        }
        return text.toString();
    }

    @Test
    void theSecretariatMarksADocumentConfidentialAndBack() throws Exception {
        String progress = store.documents().stream().filter(d -> !d.metadata().confidential()).map(LogicalDocument::id)
                .findFirst().orElseThrow();
        assertEquals(200, get("/api/documents/" + progress, TestUsers.BOARD).statusCode());
        assertEquals(403, send(mark(progress, "yes", TestUsers.CONTROLLER)).statusCode(), "a controller does not mark");
        assertEquals(200, send(mark(progress, "yes", TestUsers.SECRETARIAT)).statusCode());
        assertEquals(404, get("/api/documents/" + progress, TestUsers.BOARD).statusCode());
        assertEquals(0, Json.mapper().readTree(get("/api/search?q=stroomuitval", TestUsers.BOARD).body()).get("total").asLong());
        assertTrue(store.read(progress).orElseThrow().metadata().confidential(), "kept on the stored document");
        assertEquals(200, send(mark(progress, "no", TestUsers.SECRETARIAT)).statusCode());
        assertEquals(200, get("/api/documents/" + progress, TestUsers.BOARD).statusCode());
        assertTrue(Json.mapper().readTree(get("/api/search?q=stroomuitval", TestUsers.BOARD).body()).get("total").asLong() > 0);
        assertTrue(Files.readString(new AuditLog(store).file()).contains("\"action\":\"confidentiality\""));
    }

    private static HttpRequest.Builder mark(String id, String value, String user) {
        return HttpRequest.newBuilder(URI.create(url("/api/documents/" + id + "/confidentiality")))
                .header("Authorization", users.bearer(user)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("confidential=" + value));
    }

    private static long count(JsonNode result, String facet, String value) {
        for (JsonNode c : result.at("/facets/" + facet)) {
            if (c.get("value").asText().equals(value)) {
                return c.get("count").asLong();
            }
        }
        return 0;
    }

    private record Session(String cookie, String setCookie) {}

    private static Session signIn(String user, String password) throws Exception {
        return signIn(server.port(), user, password);
    }

    private static Session signIn(int port, String user, String password) throws Exception {
        HttpResponse<String> r = signInResponse(port, user, password);
        assertEquals(303, r.statusCode(), r.body());
        String set = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Access.SESSION_COOKIE + "="))
                .findFirst().orElseThrow();
        return new Session(set.substring(0, set.indexOf(';')), set);
    }

    private static HttpResponse<String> signInResponse(String user, String password) throws Exception {
        return signInResponse(server.port(), user, password);
    }

    private static HttpResponse<String> signInResponse(int port, String user, String password) throws Exception {
        return TestUsers.signInOverHttp(http, port, user, password);
    }

    private static HttpRequest.Builder form(String path, String body, String cookie) {
        return form(server.port(), path, body, cookie);
    }

    private static HttpRequest.Builder form(int port, String path, String body, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(port, path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b;
    }
}
