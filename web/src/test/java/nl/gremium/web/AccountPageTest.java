package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import nl.gremium.access.AuditLog;
import nl.gremium.access.FileUserStore;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own password page and the password confirmation user management asks for, over real HTTP, with a
 * clock the test moves on (ASVS 2.1.5, 2.1.6, 2.1.7, 3.7.1).
 */
class AccountPageTest {
    @TempDir
    static Path dir;
    static DataStore store;
    static WebServer server;
    static final MovableClock clock = new MovableClock();
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        store = new DataStore(dir.resolve("data"));
        WebFixture.write(store);
        TestUsers.create(store);
        server = new WebServer(store, Set.of(), UploadLimits.DEFAULT, null, clock).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOneAndOtherSessionsEnd() throws Exception {
        String user = TestUsers.CONTROLLER;
        String old = TestUsers.password(user);
        String elsewhere = signIn(user, old); // the same account signed in on another computer
        String here = signIn(user, old);
        HttpResponse<String> page = get("/account/password", here);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"account-form\"") && page.body().contains("autocomplete=\"current-password\""), page.body());
        assertTrue(get("/", here).body().contains("href=\"/account/password\""), "the user's name in the header leads there");

        String fresh = "een nieuwe zin voor de controle";
        HttpResponse<String> wrong = change(here, "niet het goede wachtwoord", fresh, fresh);
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains(Messages.NL.get("account.wrongCurrent")), wrong.body());
        HttpResponse<String> mismatch = change(here, old, fresh, fresh + "!");
        assertEquals(400, mismatch.statusCode());
        assertTrue(mismatch.body().contains(Messages.NL.get("account.mismatch")));
        HttpResponse<String> common = change(here, old, "Welkom2026!!!!", "Welkom2026!!!!");
        assertEquals(400, common.statusCode());
        assertTrue(common.body().contains(Messages.NL.get("users.error.password_common")), "told why, in Dutch: " + common.body());
        FileUserStore accounts = new FileUserStore(store);
        assertTrue(accounts.authenticate(user, old.toCharArray()).isPresent(), "nothing changed yet");

        HttpResponse<String> done = change(here, old, fresh, fresh);
        assertEquals(303, done.statusCode(), done.body());
        assertEquals("/account/password?changed", done.headers().firstValue("Location").orElseThrow());
        String renewed = sessionCookie(done);
        assertFalse(renewed.equals(here), "a new session id");
        assertTrue(get("/account/password?changed", renewed).body().contains("id=\"account-done\""));
        assertEquals(303, get("/", elsewhere).statusCode(), "the other computer is signed out");
        assertEquals(303, get("/", here).statusCode(), "the old session id is gone");
        assertTrue(accounts.authenticate(user, fresh.toCharArray()).isPresent());
        assertTrue(accounts.authenticate(user, old.toCharArray()).isEmpty());
        String trail = Files.readString(new AuditLog(store).file());
        assertTrue(trail.contains("\"action\":\"password-change\"") && trail.contains("\"action\":\"password-change-failed\""), trail);
        assertTrue(new AuditLog(store).verify().intact());
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeSigningIn() throws Exception {
        String user = TestUsers.SECRETARIAT;
        String s = signIn(user, TestUsers.password(user));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertEquals(400, change(s, "geraden wachtwoord " + i, "een nieuwe lange zin", "een nieuwe lange zin").statusCode());
        }
        HttpResponse<String> blocked = change(s, TestUsers.password(user), "een nieuwe lange zin", "een nieuwe lange zin");
        assertEquals(429, blocked.statusCode(), "even the right password waits now");
        assertTrue(new FileUserStore(store).authenticate(user, TestUsers.password(user).toCharArray()).isPresent());
        clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
        s = signIn(user, TestUsers.password(user));
        assertEquals(303, change(s, TestUsers.password(user), "de lange zin van daarna", "de lange zin van daarna").statusCode());
    }

    @Test
    void userManagementAsksForThePasswordAgainWhenTheSignInIsOld() throws Exception {
        String admin = TestUsers.ADMIN;
        String s = signIn(admin, TestUsers.password(admin));
        assertEquals(200, get("/admin/users", s).statusCode(), "just signed in: no question");
        clock.advance(Access.CONFIRM_WITHIN.plusMinutes(1));
        assertEquals(200, get("/", s).statusCode(), "the session itself is still good for reading");
        HttpResponse<String> asked = get("/admin/users", s);
        assertEquals(303, asked.statusCode());
        assertEquals("/account/confirm?next=%2Fadmin%2Fusers", asked.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> post = send(form("/admin/users", "username=stiekem&role=admin&password=een+lang+genoeg+wachtwoord", s,
                TestUsers.csrfOf(get("/", s).body())));
        assertEquals(303, post.statusCode(), "a change posted with an old sign-in is not carried out");
        assertTrue(new FileUserStore(store).find("stiekem").isEmpty());

        HttpResponse<String> confirmPage = get("/account/confirm?next=%2Fadmin%2Fusers", s);
        assertTrue(confirmPage.body().contains("id=\"confirm-form\""));
        String token = TestUsers.csrfOf(confirmPage.body());
        assertEquals(400, send(form("/account/confirm", "next=%2Fadmin%2Fusers&password=fout", s, token)).statusCode());
        assertEquals(303, get("/admin/users", s).statusCode(), "a wrong password confirms nothing");
        HttpResponse<String> ok = send(form("/account/confirm", "next=%2Fadmin%2Fusers&password="
                + URLEncoder.encode(TestUsers.password(admin), StandardCharsets.UTF_8), s, token));
        assertEquals(303, ok.statusCode());
        assertEquals("/admin/users", ok.headers().firstValue("Location").orElseThrow());
        assertEquals(200, get("/admin/users", s).statusCode(), "confirmed: the page opens");
        clock.advance(Duration.ofMinutes(5));
        assertEquals(200, get("/admin/users", s).statusCode(), "and stays open for a while");
    }

    private static HttpResponse<String> change(String cookie, String current, String password, String repeat) throws Exception {
        String token = TestUsers.csrfOf(get("/account/password", cookie).body());
        return send(form("/account/password", "current=" + enc(current) + "&password=" + enc(password) + "&repeat=" + enc(repeat),
                cookie, token));
    }

    private static String signIn(String user, String password) throws Exception {
        HttpResponse<String> r = TestUsers.signInOverHttp(http, server.port(), user, password);
        assertEquals(303, r.statusCode(), r.body());
        return sessionCookie(r);
    }

    private static String sessionCookie(HttpResponse<String> r) {
        String set = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Access.SESSION_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
        return set.substring(0, set.indexOf(';'));
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie));
    }

    private static HttpRequest.Builder form(String path, String body, String cookie, String csrf) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(body + "&csrf=" + csrf));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
