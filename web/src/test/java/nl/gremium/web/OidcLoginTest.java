package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gremium.access.AuditLog;
import nl.gremium.store.DataStore;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single sign-on against a real OpenID Connect provider (mock-oauth2-server, started here, signing its
 * tokens with its own keys): the authorization-code flow signs a user in with the role from the claim;
 * an ID token for another audience, or one already expired, or a callback without this browser's state,
 * signs no one in.
 */
class OidcLoginTest {
    static final String ISSUER_ID = "gremium";
    static final String CLIENT = "gremium-web";

    @TempDir
    static Path dir;
    static DataStore store;
    static MockOAuth2Server provider;
    static WebServer server;
    static OidcConfig config;

    @BeforeAll
    static void start() {
        provider = new MockOAuth2Server();
        provider.start();
        store = new DataStore(dir.resolve("data"));
        WebFixture.write(store);
        config = new OidcConfig(provider.issuerUrl(ISSUER_ID).uri(), CLIENT, "geheim-van-de-client", "roles");
        server = new WebServer(store, Set.of(), UploadLimits.DEFAULT, config).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
        provider.shutdown();
    }

    @Test
    void aUserSignsInThroughTheProviderWithTheRoleFromTheClaim() throws Exception {
        enqueue(List.of(CLIENT), Map.of("roles", List.of("controller"), "preferred_username", "jansen"), 3600);
        HttpClient browser = browser();
        String login = get(browser, "/login").body();
        assertTrue(login.contains("href=\"" + OidcLogin.PATH), "the login page offers single sign-on");
        HttpResponse<String> r = get(browser, OidcLogin.PATH + "?next=/decisions");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("/decisions", r.uri().getPath(), "back where the user was going");
        assertTrue(r.body().contains("sso:jansen (" + Messages.NL.get("role.short.controller") + ")"), "signed in with the claim's role");
        assertEquals(200, get(browser, "/api/search?q=jaarrekening").statusCode(), "the session works for the API too");
        assertTrue(get(browser, AccountPage.PATH).body().contains("id=\"account-external\""),
                "no local password to change: the page sends the user to their organisation");
        assertTrue(Files.readString(new AuditLog(store).file()).contains("single sign-on"), "the sign-in is audited");
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() throws Exception {
        // the provider issues a code flow's ID token to the client that asked, so here it signs one for
        // another client (with this sign-in's nonce) and the validator the callback uses must refuse it
        Nonce nonce = new Nonce();
        String other = "een-andere-client";
        SignedJWT foreign = provider.issueToken(ISSUER_ID, other, new DefaultOAuth2TokenCallback(ISSUER_ID, "indringer",
                JOSEObjectType.JWT.getType(), List.of(other), Map.of("nonce", nonce.getValue(), "roles", List.of("admin")), 3600));
        OidcLogin login = new OidcLogin(config, null, Clock.systemUTC());
        BadJOSEException e = assertThrows(BadJOSEException.class, () -> login.validate(foreign, nonce));
        assertTrue(e.getMessage().contains("audience"), e.getMessage());
        SignedJWT ours = provider.issueToken(ISSUER_ID, CLIENT, new DefaultOAuth2TokenCallback(ISSUER_ID, "jansen",
                JOSEObjectType.JWT.getType(), List.of(CLIENT), Map.of("nonce", nonce.getValue()), 3600));
        assertEquals("jansen", login.validate(ours, nonce).getSubject().getValue(), "the same token for us is accepted");
    }

    @Test
    void aSignInWhoseTokenIsForAnotherAudienceIsRefusedEndToEnd() throws Exception {
        // the provider copies claims over its defaults, so an "aud" claim makes the code flow's ID token
        // name another client: the callback must refuse it and start no session
        enqueue(List.of("een-andere-client"), Map.of("aud", List.of("een-andere-client"), "roles", List.of("admin"),
                "preferred_username", "indringer"), 3600);
        assertRefused("audience");
    }

    @Test
    void anExpiredTokenIsRejected() throws Exception {
        enqueue(List.of(CLIENT), Map.of("roles", List.of("board"), "preferred_username", "laat"), -600);
        assertRefused("xpired");
    }

    @Test
    void aCallbackWithoutTheBrowsersStateIsRejected() throws Exception {
        HttpResponse<String> r = get(browser(), OidcLogin.CALLBACK + "?code=abc&state=verzonnen");
        assertEquals(401, r.statusCode(), r.body());
    }

    private static void assertRefused(String reason) throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> r = get(browser, OidcLogin.PATH);
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(r.body().contains("single sign-on failed") && r.body().contains(reason), r.body());
        HttpResponse<String> after = get(browser, "/api/search?q=jaarrekening");
        assertEquals(401, after.statusCode(), "no session was started");
        assertFalse(after.body().contains("jaarrekening"));
    }

    private static void enqueue(List<String> audience, Map<String, Object> claims, long expirySeconds) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-" + claims.get("preferred_username"),
                JOSEObjectType.JWT.getType(), audience, claims, expirySeconds));
    }

    /** A client that keeps cookies and follows redirects, as a browser does. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
