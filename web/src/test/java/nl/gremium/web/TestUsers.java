package nl.gremium.web;

import java.util.LinkedHashMap;
import java.util.Map;
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
}
