package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @BeforeAll
    static void start() {
        site = SampleSite.start(dir, false);
        store = site.store;
        browser = site.browser;
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
        box.sendKeys(Keys.ENTER);
        Browser.screenshot(browser, "01-search");
        // click 1: the decision hit
        WebElement hit = browser.findElements(By.cssSelector("li.hit.decision a.hit-title")).stream()
                .filter(a -> a.getAttribute("href").endsWith("#rec-" + Html.anchor(decision.id())))
                .findFirst().orElseThrow(() -> new AssertionError("decision " + decision.id() + " not among the hits for '" + words + "'"));
        hit.click();
        assertTrue(browser.getCurrentUrl().contains("/documents/" + doc.id()));
        WebElement mark = browser.findElement(By.id("rec-" + Html.anchor(decision.id())));
        assertTrue(mark.getAttribute("class").contains("decision"), "the decision is highlighted in the text");
        Browser.screenshot(browser, "02-document-at-decision");
        // from the decisions view, click 2 reaches the agenda item / document
        browser.get(base() + "/decisions");
        Browser.screenshot(browser, "03-decisions");
        browser.findElements(By.cssSelector("a.decision-link")).stream()
                .filter(a -> a.getAttribute("href").endsWith("#rec-" + Html.anchor(decision.id()))).findFirst()
                .orElseThrow().click();
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
        browser.findElement(By.cssSelector("#status-form button[type=submit]")).click();
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
    void fundingChartShowsOneLinePerLetter() {
        TestUsers.signIn(browser, base(), TestUsers.BOARD);
        browser.get(base() + "/funding");
        Browser.screenshot(browser, "06-funding");
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
        assertFalse(charts.isEmpty(), "a chart is drawn");
        assertFalse(browser.findElements(By.cssSelector("svg.chart g.series polyline")).isEmpty(), "with at least one line");
        assertFalse(browser.findElements(By.cssSelector("table.funding td.num")).isEmpty(), "and the table beneath");
    }

    @Test
    void anUploadedDocumentWithScriptIsSearchableAndShownAsText() throws Exception {
        Path file = dir.resolve("brief-script.txt");
        Files.writeString(file, "Brief over de kazerne Zuidwolde\n\nDe bijlage bevat <script>document.title='pwned'</script> als tekst.\n");
        TestUsers.signIn(browser, base(), TestUsers.SECRETARIAT);
        browser.get(base() + "/upload");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        Browser.screenshot(browser, "07-upload");
        browser.findElement(By.cssSelector(".upload-result a")).click();
        assertTrue(browser.findElement(By.cssSelector(".doc-text")).getText().contains("<script>document.title='pwned'</script>"));
        assertTrue(browser.findElements(By.cssSelector(".doc-text script")).isEmpty(), "no script element from document text");
        assertFalse(browser.getTitle().contains("pwned"));
        Browser.screenshot(browser, "08-document-with-script-text");
        browser.get(base() + "/?q=Zuidwolde");
        assertTrue(browser.findElements(By.cssSelector("li.hit a.hit-title")).size() >= 1, "the upload is searchable");
    }

    @Test
    void eachRoleSignsInAndSeesExactlyWhatItMay() {
        LogicalDocument note = store.documents().stream().filter(d -> d.metadata().confidential()).findFirst()
                .orElseThrow(() -> new AssertionError("the sample note stamped VERTROUWELIJK is confidential"));
        Recommendation rec = store.documents().stream().flatMap(d -> d.tags().recommendations().stream()).findFirst()
                .orElseThrow();

        browser.manage().deleteAllCookies();
        browser.get(base() + "/decisions");
        assertTrue(browser.getCurrentUrl().contains("/login?next="), "signed out: the login page");

        TestUsers.signIn(browser, base(), TestUsers.BOARD);
        assertTrue(browser.getCurrentUrl().endsWith("/"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector("form.signout .who")).getText().contains(TestUsers.BOARD));
        browser.get(base() + "/?q=" + AccessTest.NOTE_WORD);
        assertTrue(browser.findElements(By.cssSelector("li.hit")).isEmpty(), "no hit from the confidential note");
        browser.get(base() + "/documents/" + note.id());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("404"));
        browser.get(base() + "/recommendations/" + Html.url(rec.id()));
        assertTrue(browser.findElements(By.id("status-form")).isEmpty(), "a board member sets no status");
        browser.get(base() + "/upload");
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("403"));
        Browser.screenshot(browser, "09-board-may-not-upload");

        TestUsers.signIn(browser, base(), TestUsers.CONTROLLER);
        browser.get(base() + "/recommendations/" + Html.url(rec.id()));
        assertFalse(browser.findElements(By.id("status-form")).isEmpty(), "a controller sets statuses");
        browser.get(base() + "/documents/" + note.id());
        assertEquals(DocumentPage.titleOf(note), browser.findElement(By.tagName("h1")).getText(), "cleared for confidential");

        TestUsers.signIn(browser, base(), TestUsers.SECRETARIAT);
        browser.get(base() + "/upload");
        assertFalse(browser.findElements(By.id("file")).isEmpty(), "the secretariat uploads");

        TestUsers.signIn(browser, base(), TestUsers.ADMIN);
        browser.get(base() + "/?q=" + AccessTest.NOTE_WORD);
        assertTrue(browser.findElements(By.cssSelector("li.hit")).isEmpty(), "the admin has no clearance here");
        browser.findElement(By.cssSelector("form.signout button")).click();
        browser.get(base() + "/decisions");
        assertTrue(browser.getCurrentUrl().contains("/login"), "signed out");
    }
}
