package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.access.FileUserStore;
import nl.gremium.access.Role;
import nl.gremium.model.Decision;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Recommendation;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The UI in a real browser over the real pipeline: samples/ ingested with the Ingestor and indexed,
 * then the flows a secretary, a controller and a board member follow. One server and one browser
 * for the class; screenshots go to web/target/screenshots/.
 */
class WebBrowserTest {
    @TempDir
    static Path dir;
    static SampleSite site;
    static DataStore store;
    static WebDriver browser;

    /** The menu every reader gets, in the order the page shows it. */
    private static final List<String> READER_NAV = List.of("/", "/vergaderingen", "/dossiers", "/decisions", "/recommendations",
            "/moties", "/toezeggingen", "/funding", "/zoekopdrachten");

    @BeforeAll
    static void start() {
        site = SampleSite.start(dir, false);
        store = site.store;
        browser = site.browser;
        FileUserStore accounts = new FileUserStore(store);
        ACCOUNTS.stream().filter(a -> accounts.find(a.name()).isEmpty())
                .forEach(a -> accounts.add(a.name(), a.role(), a.cleared(), TestUsers.password(a.name()).toCharArray()));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private static String base() {
        return site.base();
    }

    @Test
    void aUserChangesTheirOwnPasswordFromTheNameInTheHeader() {
        String name = "wisselaar";
        new FileUserStore(store).add(name, Role.board, false, TestUsers.password(name).toCharArray());
        TestUsers.signIn(browser, base(), name);
        Browser.follow(browser, browser.findElement(By.id("account")));
        assertEquals("/account/password", URI.create(browser.getCurrentUrl()).getPath());
        String fresh = "een eigen zin om te onthouden";
        browser.findElement(By.id("current")).sendKeys(TestUsers.password(name));
        browser.findElement(By.id("password")).sendKeys(fresh);
        browser.findElement(By.id("repeat")).sendKeys(fresh);
        Browser.follow(browser, browser.findElement(By.cssSelector("#account-form button[type=submit]")));
        assertEquals("Uw wachtwoord is gewijzigd. Andere sessies met uw account zijn beëindigd.",
                browser.findElement(By.id("account-done")).getText());
        Browser.screenshot(browser, "account-password");
        assertTrue(new FileUserStore(store).authenticate(name, fresh.toCharArray()).isPresent());
    }

    @Test
    void searchOpensADecisionThenItsDocument() {
        TestUsers.signIn(browser, base(), TestUsers.BOARD);
        LogicalDocument doc = store.documents().stream().filter(d -> !d.tags().decisions().isEmpty())
                .filter(d -> !d.metadata().confidential()).findFirst()
                .orElseThrow(() -> new AssertionError("samples hold no decision"));
        Decision decision = doc.tags().decisions().get(0);
        String words = String.join(" ", List.of(decision.text().replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+"))
                .subList(0, Math.min(6, decision.text().split("\\s+").length)));
        browser.get(base() + "/");
        if (!(browser instanceof HtmlUnitDriver)) { // HtmlUnit does not model keyboard focus
            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertEquals("Naar de inhoud", browser.switchTo().activeElement().getText(), "the first Tab reaches the skip link");
        }
        WebElement box = browser.findElement(By.id("q"));
        assertEquals("Zoek in besluiten, aanbevelingen, documenten",
                browser.findElement(By.cssSelector("label[for=q]")).getText(), "the query box is labelled");
        box.sendKeys(words);
        Browser.submit(browser, box);
        Browser.screenshot(browser, "01-search");
        // click 1: the decision hit
        WebElement hit = browser.findElements(By.cssSelector("li.hit.decision a.hit-title")).stream()
                .filter(a -> a.getAttribute("href").endsWith("#rec-" + Html.anchor(decision.id())))
                .findFirst().orElseThrow(() -> new AssertionError("decision " + decision.id() + " not among the hits for '" + words + "'"));
        Browser.follow(browser, hit);
        assertTrue(browser.getCurrentUrl().contains("/documents/" + doc.id()));
        WebElement mark = browser.findElement(By.id("rec-" + Html.anchor(decision.id())));
        assertTrue(mark.getAttribute("class").contains("decision"), "the decision is highlighted in the text");
        Browser.screenshot(browser, "02-document-at-decision");
        // from the decisions view, click 2 reaches the agenda item / document
        browser.get(base() + "/decisions");
        Browser.screenshot(browser, "03-decisions");
        Browser.follow(browser, browser.findElements(By.cssSelector("a.decision-link")).stream()
                .filter(a -> a.getAttribute("href").endsWith("#rec-" + Html.anchor(decision.id()))).findFirst()
                .orElseThrow());
        assertEquals(DocumentPage.titleOf(doc), browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aStatusSetInTheBrowserSurvivesARestart() {
        Recommendation rec = store.documents().stream().flatMap(d -> d.tags().recommendations().stream()).findFirst().orElse(null);
        // the inspection report in samples/ has recommendations; when tagging finds none, that is the
        // tagger's failure (its own tests say so), not the tracker's: skip, visibly
        assertTrue(rec != null, "tagging found no recommendation in samples/");
        TestUsers.signIn(browser, base(), TestUsers.CONTROLLER);
        browser.get(base() + "/recommendations");
        Browser.screenshot(browser, "04-recommendations");
        browser.get(base() + "/recommendations/" + Html.url(rec.id()));
        new Select(browser.findElement(By.id("status"))).selectByValue("in_progress");
        browser.findElement(By.id("owner")).sendKeys("Bureau Veiligheid");
        browser.findElement(By.id("note")).sendKeys("Plan van aanpak <b>besproken</b>");
        Browser.follow(browser, browser.findElement(By.cssSelector("#status-form button[type=submit]")));
        assertTrue(browser.getPageSource().contains(Messages.NL.get("rec.saved")), browser.getPageSource());

        site.restart(); // a new server over the same data folder
        TestUsers.signIn(browser, base(), TestUsers.CONTROLLER); // sessions end with the server
        browser.get(base() + "/recommendations/" + Html.url(rec.id()));
        assertEquals("in_progress", new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value"));
        String history = browser.findElement(By.id("history")).getText();
        assertTrue(history.contains(TestUsers.CONTROLLER) && history.contains("Bureau Veiligheid"), "the signed-in user: " + history);
        assertTrue(history.contains("Plan van aanpak <b>besproken</b>"), "the note is shown as text");
        Browser.screenshot(browser, "05-recommendation-after-restart");
    }

    @Test
    void fundingProfileShowsOneRegulationWithALinePerLetterAndTheRevision() {
        TestUsers.signIn(browser, base(), TestUsers.BOARD);
        browser.get(base() + "/funding");
        List<String> organisations = new Select(browser.findElement(By.id("org"))).getOptions().stream().map(WebElement::getText).toList();
        assertTrue(organisations.stream().anyMatch(o -> o.contains("Vechtland")), "the samples' region: " + organisations);
        assertTrue(organisations.stream().noneMatch(o -> o.matches("Brandweerzorg|Crisisbeheersing|Meldkamer|Bedrijfsvoering")),
                "programme lines of the annual accounts are not organisations: " + organisations);
        new Select(browser.findElement(By.id("org"))).selectByVisibleText(organisations.stream().filter(o -> o.contains("Vechtland"))
                .findFirst().orElseThrow());
        new Select(browser.findElement(By.id("regeling"))).selectByValue("BDuR");
        Browser.follow(browser, browser.findElement(By.cssSelector("form.search button[type=submit]")));
        Browser.screenshot(browser, "06-funding-profile");
        assertEquals(1, browser.findElements(By.cssSelector("svg.chart")).size() - browser.findElements(By.cssSelector("#vergelijking svg")).size(),
                "one chart for the regulation, not one per column header");
        assertTrue(browser.findElements(By.cssSelector("svg.chart g.series polyline")).size() >= 2, "a line per letter (junibrief, decemberbrief)");
        String revisions = browser.findElement(By.cssSelector("table.revisions")).getText();
        assertTrue(revisions.contains("€ 64.958"), "the 2026 revision of € 64.958 on € 7,6 mln: " + revisions);
        assertTrue(browser.findElements(By.cssSelector("svg.chart text.ylabel")).stream().noneMatch(t -> t.getText().equals("€ 0")),
                "the y axis is fitted to the amounts");
        assertFalse(browser.findElements(By.cssSelector("#vergelijking table.comparison tbody tr")).isEmpty(), "regions compared");
        assertTrue(browser.findElement(By.id("funding-csv")).getAttribute("href").contains("/funding.csv?organisation="));
    }

    @Test
    void anUploadedDocumentWithScriptIsSearchableAndShownAsText() throws Exception {
        Path file = dir.resolve("brief-script.txt");
        Files.writeString(file, "Brief over de kazerne Zuidwolde\n\nDe bijlage bevat <script>document.title='pwned'</script> als tekst.\n");
        TestUsers.signIn(browser, base(), TestUsers.SECRETARIAT);
        browser.get(base() + "/upload");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        Browser.follow(browser, browser.findElement(By.cssSelector("form.upload button[type=submit]")));
        Browser.screenshot(browser, "07-upload");
        Browser.follow(browser, browser.findElement(By.cssSelector(".upload-result a")));
        assertTrue(browser.findElement(By.cssSelector(".doc-text")).getText().contains("<script>document.title='pwned'</script>"));
        assertTrue(browser.findElements(By.cssSelector(".doc-text script")).isEmpty(), "no script element from document text");
        assertFalse(browser.getTitle().contains("pwned"));
        Browser.screenshot(browser, "08-document-with-script-text");
        browser.get(base() + "/?q=Zuidwolde");
        assertTrue(browser.findElements(By.cssSelector("li.hit a.hit-title")).size() >= 1, "the upload is searchable");
    }

    /** One account per role with clearance and one without; the expectations below follow from role and clearance alone. */
    private static final List<Account> ACCOUNTS = List.of(
            new Account(TestUsers.BOARD, Role.board, false), new Account("bestuurder-vertrouwelijk", Role.board, true),
            new Account(TestUsers.CONTROLLER, Role.controller, true), new Account("controller-open", Role.controller, false),
            new Account(TestUsers.SECRETARIAT, Role.secretariat, true), new Account("secretariaat-open", Role.secretariat, false),
            new Account(TestUsers.ADMIN, Role.admin, false), new Account("beheerder-vertrouwelijk", Role.admin, true));

    private record Account(String name, Role role, boolean cleared) {}

    @Test
    void eachRoleSignsInAndSeesExactlyWhatItMay() {
        LogicalDocument note = store.documents().stream().filter(d -> d.metadata().confidential()).findFirst()
                .orElseThrow(() -> new AssertionError("the sample note stamped VERTROUWELIJK is confidential"));
        LogicalDocument open = store.documents().stream().filter(d -> !d.metadata().confidential()).findFirst().orElseThrow();
        Recommendation rec = store.documents().stream().flatMap(d -> d.tags().recommendations().stream()).findFirst()
                .orElseThrow();

        browser.manage().deleteAllCookies();
        browser.get(base() + "/decisions");
        assertTrue(browser.getCurrentUrl().contains("/login?next="), "signed out: the login page");

        for (Account a : ACCOUNTS) {
            TestUsers.signIn(browser, base(), a.name());
            String who = a.name() + " (" + a.role() + (a.cleared() ? ", cleared" : "") + "): ";
            assertTrue(browser.getCurrentUrl().endsWith("/"), who + browser.getCurrentUrl());
            assertEquals(a.name() + " (" + Messages.NL.get("role.short." + a.role().name()) + ")",
                    browser.findElement(By.cssSelector("form.signout .who")).getText(), who);
            List<String> nav = new ArrayList<>(READER_NAV);
            if (a.role() == Role.secretariat) {
                nav.add("/upload");
            }
            if (a.role() == Role.admin) {
                nav.add("/admin/users");
            }
            assertEquals(nav, navLinks(), who + "navigation");

            browser.get(base() + "/?q=" + AccessTest.NOTE_WORD);
            assertEquals(a.cleared(), !browser.findElements(By.cssSelector("li.hit")).isEmpty(), who + "hits from the confidential note");
            browser.get(base() + "/documents/" + note.id());
            assertEquals(a.cleared() ? DocumentPage.titleOf(note) : "404", a.cleared() ? h1() : h1().substring(0, 3), who + "the note's page");
            browser.get(base() + "/documents/" + open.id());
            assertEquals(DocumentPage.titleOf(open), h1(), who + "a public document");
            assertEquals(a.role() == Role.secretariat, !browser.findElements(By.id("mark-form")).isEmpty(), who + "confidentiality button");
            browser.get(base() + "/recommendations/" + Html.url(rec.id()));
            assertEquals(a.role() == Role.controller, !browser.findElements(By.id("status-form")).isEmpty(), who + "status form");
            browser.get(base() + "/upload");
            assertEquals(a.role() == Role.secretariat, !browser.findElements(By.id("file")).isEmpty(), who + "upload form");
            assertEquals(a.role() == Role.secretariat, !h1().startsWith("403"), who + "upload page");
            browser.get(base() + "/admin/users");
            assertEquals(a.role() == Role.admin, !browser.findElements(By.id("users")).isEmpty(), who + "users page");
            assertEquals(a.role() == Role.admin, !h1().startsWith("403"), who + "users page");
            Browser.screenshot(browser, "09-role-" + a.name());
        }

        Browser.follow(browser, browser.findElement(By.cssSelector("form.signout button")));
        browser.get(base() + "/decisions");
        assertTrue(browser.getCurrentUrl().contains("/login"), "signed out");
    }

    @Test
    void theAdminAddsAUserWhoThenSignsInWithTheirRole() {
        TestUsers.signIn(browser, base(), TestUsers.ADMIN);
        browser.get(base() + "/admin/users");
        Browser.screenshot(browser, "10-users");
        browser.findElement(By.id("new-name")).sendKeys("nieuwe-controller");
        new Select(browser.findElement(By.id("new-role"))).selectByValue("controller");
        browser.findElement(By.id("new-conf")).click();
        browser.findElement(By.id("new-password")).sendKeys(TestUsers.password("nieuwe-controller"));
        Browser.follow(browser, browser.findElement(By.cssSelector("#user-add button[type=submit]")));
        assertEquals(Messages.NL.get("users.added", "nieuwe-controller"), browser.findElement(By.id("users-done")).getText());
        assertFalse(browser.findElements(By.cssSelector("tr[data-user='nieuwe-controller']")).isEmpty(), "listed");

        TestUsers.signIn(browser, base(), "nieuwe-controller");
        assertEquals("nieuwe-controller (" + Messages.NL.get("role.short.controller") + ")", browser.findElement(By.cssSelector("form.signout .who")).getText());
        assertEquals(READER_NAV, navLinks());

        TestUsers.signIn(browser, base(), TestUsers.ADMIN);
        browser.get(base() + "/admin/users");
        Browser.follow(browser, browser.findElement(By.cssSelector("tr[data-user='nieuwe-controller'] form.user-remove button")));
        assertEquals(Messages.NL.get("users.removed", "nieuwe-controller"), browser.findElement(By.id("users-done")).getText());
        assertTrue(browser.findElements(By.cssSelector("tr[data-user='nieuwe-controller']")).isEmpty(), "gone");
    }

    @Test
    void anAnonymousReaderOfAPublicServerReadsWhatIsNotConfidentialAndNothingMore() {
        LogicalDocument note = store.documents().stream().filter(d -> d.metadata().confidential()).findFirst().orElseThrow();
        try (WebServer open = new WebServer(store).openToThePublic().start(0)) {
            String base = "http://localhost:" + open.port();
            browser.manage().deleteAllCookies();
            browser.get(base + "/?q=" + AccessTest.NOTE_WORD);
            assertTrue(browser.findElements(By.cssSelector("li.hit")).isEmpty(), "no hit from the confidential note");
            assertEquals(READER_NAV, navLinks());
            assertTrue(browser.findElements(By.cssSelector("form.signout")).isEmpty(), "nobody to sign out");
            Browser.screenshot(browser, "11-public");
            browser.get(base + "/documents/" + note.id());
            assertTrue(h1().startsWith("404"), h1());
            browser.get(base + "/upload");
            assertTrue(browser.getCurrentUrl().contains("/login?next="), "uploading needs a sign-in");
            browser.get(base + "/");
            Browser.follow(browser, browser.findElement(By.id("sign-in")));
            browser.findElement(By.id("username")).sendKeys(TestUsers.SECRETARIAT);
            browser.findElement(By.id("password")).sendKeys(TestUsers.password(TestUsers.SECRETARIAT));
            Browser.follow(browser, browser.findElement(By.cssSelector("#login-form button[type=submit]")));
            assertTrue(navLinks().contains("/upload"), "a signed-in user keeps their role");
            browser.get(base + "/documents/" + note.id());
            assertEquals(DocumentPage.titleOf(note), h1(), "and their clearance");
        }
    }

    private static List<String> navLinks() {
        return browser.findElements(By.cssSelector("header.top nav li:not(.lang) a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", "")).toList();
    }

    private static String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    @Test
    void theCalendarLeadsToAMeetingAndAnItemToItsDossier() {
        TestUsers.signIn(browser, base(), TestUsers.BOARD);
        browser.get(base() + "/vergaderingen");
        Browser.screenshot(browser, "10-meeting-calendar");
        List<WebElement> meetings = browser.findElements(By.cssSelector("a.meeting-link"));
        assertTrue(meetings.size() >= 3, "the samples hold two general board meetings and one executive board meeting");
        Browser.follow(browser, browser.findElements(By.cssSelector("a.meeting-link")).stream()
                .filter(a -> a.getAttribute("href").endsWith("algemeen-bestuur-2025-07-09"))
                .findFirst().orElseThrow(() -> new AssertionError("AB 9 July 2025 in the calendar")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Algemeen bestuur"));
        List<WebElement> items = browser.findElements(By.cssSelector("li.agenda-item"));
        assertTrue(items.size() >= 10, "the agenda's items: " + items.size());
        assertFalse(browser.findElements(By.cssSelector("figure.minutes blockquote")).isEmpty(), "the minutes' passages");
        assertFalse(browser.findElements(By.cssSelector("p.item-decision .badge")).isEmpty(), "decisions with their outcome");
        assertFalse(browser.findElements(By.id("previous-meeting")).isEmpty(), "AB 2 April came before");
        Browser.screenshot(browser, "11-meeting");
        Browser.follow(browser, browser.findElements(By.cssSelector("a.dossier-link")).get(0));
        assertTrue(browser.getCurrentUrl().contains("/dossiers/"), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector("li.timeline-entry")).size() >= 2, "a dossier spans meetings");
        Browser.screenshot(browser, "12-dossier");
    }
}
