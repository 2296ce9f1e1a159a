package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.access.FileUserStore;
import nl.gremium.access.Role;
import nl.gremium.store.DataStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * One account per role in a test's data folder, each with a known password and an API token; and
 * signing a browser in. The controller and the secretariat are cleared for confidential documents,
 * the board member is not.
 */
final class TestUsers {
    static final String BOARD = "bestuurder";
    static final String CONTROLLER = "controller";
    static final String SECRETARIAT = "secretariaat";
    static final String ADMIN = "beheerder";

    private final Map<String, String> tokens = new LinkedHashMap<>();

    private TestUsers() {}

    static TestUsers create(DataStore store) {
        FileUserStore users = new FileUserStore(store);
        TestUsers t = new TestUsers();
        t.add(users, BOARD, Role.board, false);
        t.add(users, CONTROLLER, Role.controller, true);
        t.add(users, SECRETARIAT, Role.secretariat, true);
        t.add(users, ADMIN, Role.admin, false);
        return t;
    }

    private void add(FileUserStore users, String name, Role role, boolean confidential) {
        users.add(name, role, confidential, password(name).toCharArray());
        tokens.put(name, users.newToken(name));
    }

    static String password(String name) {
        return "geheime zin nummer " + Integer.toHexString(name.hashCode()); // not the name itself: the policy refuses that
    }

    /** The value of an {@code Authorization} header for this user. */
    String bearer(String name) {
        return "Bearer " + tokens.get(name);
    }

    /** Signs the browser in through the login page (signing out whoever was signed in). */
    static void signIn(WebDriver browser, String base, String name) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password(name));
        Browser.follow(browser, browser.findElement(By.cssSelector("#login-form button[type=submit]")));
    }

    /** Posts the login form over HTTP as a browser would (its token cookie and field first); the answer as it came. */
    static HttpResponse<String> signInOverHttp(HttpClient http, int port, String user, String password) throws Exception {
        String base = "http://localhost:" + port;
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String login = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Access.LOGIN_COOKIE + "="))
                .findFirst().orElseThrow();
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", login.substring(0, login.indexOf(';')))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&csrf=" + csrfOf(page.body()))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The form token a page carries (fails the test when it carries none). */
    static String csrfOf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the page carries a form token");
        return m.group(1);
    }
}
