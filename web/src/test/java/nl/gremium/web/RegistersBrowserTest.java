package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gremium.index.Indexer;
import nl.gremium.pipeline.Ingestor;
import nl.gremium.pipeline.MotionOutcomes;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The two registers and the saved-searches page in a real browser, over two files of samples/ ingested with the
 * real pipeline (minutes and the confidential note) plus the registers' own fixture. Screenshots go to
 * web/target/screenshots/.
 */
class RegistersBrowserTest {
    @TempDir
    static Path dir;
    static DataStore store;
    static WebServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        store = new DataStore(dir.resolve("data"));
        Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(samples), "samples/ is committed");
        try (Ingestor ingestor = new Ingestor(store)) {
            ingestor.ingest(List.of(samples.resolve("verslag-ab-2025-04-02.docx"), samples.resolve("notitie-bezetting-meldkamer-vertrouwelijk.docx")));
        }
        WebFixture.write(store);
        RegistersTest.writeFixture(store);
        MotionOutcomes.link(store);
        Indexer.update(store, Indexer.Progress.NONE);
        TestUsers.create(store);
        server = new WebServer(store).start(0);
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String base() {
        return "http://localhost:" + server.port();
    }

    @Test
    void aControllerMarksACommitmentDoneAndTheRegistersShowIt() {
        TestUsers.signIn(browser, base(), TestUsers.CONTROLLER);
        browser.get(base() + "/moties");
        assertEquals("Moties en amendementen", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getPageSource().contains("afgedaan"), "the afdoening letter closes the motion");
        Browser.screenshot(browser, "registers-01-moties");

        browser.get(base() + "/toezeggingen");
        assertEquals("Toezeggingen", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("tr.is-overdue")).size() >= 1, "an overdue commitment is marked");
        Browser.screenshot(browser, "registers-02-toezeggingen");
        var form = browser.findElements(By.cssSelector("tr.is-overdue form.status-form")).get(0);
        new Select(form.findElement(By.name("status"))).selectByValue("closed");
        form.findElement(By.name("owner")).sendKeys("griffie");
        form.findElement(By.name("note")).sendKeys("brief ontvangen");
        Browser.follow(browser, form.findElement(By.cssSelector("button[type=submit]")));
        assertTrue(browser.getPageSource().contains(FollowUpFinder.RULE_CONTROLLER), "the status shows as the controller's");
        Browser.screenshot(browser, "registers-03-toezegging-afgedaan");
    }

    @Test
    void aBoardMemberSavesASearchAndSeesNoConfidentialRecord() {
        TestUsers.signIn(browser, base(), TestUsers.BOARD);
        browser.get(base() + "/toezeggingen");
        assertFalse(browser.getPageSource().contains(RegistersTest.SECRET_WORD), "no confidential commitment");
        browser.get(base() + "/moties");
        assertFalse(browser.getPageSource().contains(RegistersTest.SECRET_WORD), "no confidential motion");
        assertTrue(browser.findElements(By.cssSelector("form.status-form")).isEmpty(), "a board member sets no status");
        browser.get(base() + "/zoekopdrachten");
        browser.findElement(By.id("sn")).sendKeys("Meldkamer");
        browser.findElement(By.id("sq")).sendKeys("meldkamer");
        browser.findElement(By.id("se")).sendKeys("bestuurder@example.org");
        Browser.follow(browser, browser.findElement(By.cssSelector("form.save-search button[type=submit]")));
        assertTrue(browser.findElements(By.cssSelector("table.saved a.feed")).size() == 1, "the saved search with its feed");
        Browser.screenshot(browser, "registers-04-zoekopdrachten");
        browser.get(browser.findElement(By.cssSelector("table.saved a.feed")).getAttribute("href"));
        String feed = browser.getPageSource();
        assertTrue(feed.contains("meldkamer") || feed.contains("Meldkamer"), "the feed lists what matches");
        assertFalse(feed.contains("vertrouwelijk") && feed.contains("notitie-bezetting"), "no confidential note in the feed");
    }
}
