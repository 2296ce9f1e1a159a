package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.gremium.analytics.AnalyticsFiles;
import nl.gremium.analytics.RecommendationView;
import nl.gremium.store.RecommendationStatus;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dutch first, in a browser over samples/ ingested, indexed and analysed for real: the pages in Dutch, the switch to
 * English and back, the tracker with its statuses per report, the CSV and XLSX downloads, and a search that answers
 * a misspelling with "Bedoelde u". Screenshots of the tracker and of the suggestion go to web/target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DutchUiBrowserTest {
    @TempDir
    static Path dir;
    static SampleSite site;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        site = SampleSite.start(dir, true);
        browser = site.browser;
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void pagesAreDutchAndEnglishIsOneClickAway() {
        TestUsers.signIn(browser, site.base(), TestUsers.CONTROLLER);
        browser.get(site.base() + "/decisions");
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Besluiten", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("nav")).getText().contains("Aanbevelingen"));
        assertTrue(browser.findElements(By.cssSelector("section.body-group h3")).stream()
                .anyMatch(h -> h.getText().matches("(?s)Vergadering van \\d\\d-\\d\\d-\\d{4}.*")), "Dutch dates");

        Browser.follow(browser, browser.findElement(By.id("lang-switch")));
        assertTrue(browser.getCurrentUrl().endsWith("/decisions"), "back on the page: " + browser.getCurrentUrl());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Decisions", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("section.body-group h3")).stream()
                .anyMatch(h -> h.getText().matches("(?s)Meeting of \\d{1,2} [A-Z][a-z]{2} \\d{4}.*")), "English dates");
        browser.get(site.base() + "/recommendations");
        assertEquals("Recommendations tracker", browser.findElement(By.tagName("h1")).getText(), "the choice is kept");

        Browser.follow(browser, browser.findElement(By.id("lang-switch")));
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Aanbevelingen volgen", browser.findElement(By.tagName("h1")).getText());
        browser.manage().deleteAllCookies();
        browser.get(site.base() + "/login");
        assertEquals("Inloggen", browser.findElement(By.tagName("h1")).getText(), "the login page is Dutch too");
    }

    @Test
    void theTrackerShowsStatusesPerReportWhenComputedAndAnOverdueFollowUp() {
        List<RecommendationView> analysed = AnalyticsFiles.recommendations(site.store).orElseThrow().recommendations();
        RecommendationView inProgress = analysed.stream().filter(v -> v.status() == RecommendationStatus.in_progress).findFirst()
                .orElseThrow(() -> new AssertionError("the samples' minutes put a recommendation in progress"));
        assertTrue(analysed.stream().anyMatch(v -> v.status() == RecommendationStatus.closed), "the progress note closes one");
        TestUsers.signIn(browser, site.base(), TestUsers.CONTROLLER);
        browser.get(site.base() + "/recommendations/" + Html.url(inProgress.id()));
        new Select(browser.findElement(By.id("status"))).selectByValue("in_progress");
        // a date field takes the digits in the browser's own order; 1 January reads the same either way
        browser.findElement(By.id("due")).sendKeys(browser instanceof HtmlUnitDriver ? "2026-01-01" : "01012026");
        Browser.follow(browser, browser.findElement(By.cssSelector("#status-form button[type=submit]")));
        assertTrue(browser.findElement(By.cssSelector("p.notice")).getText().contains("Status opgeslagen."));

        browser.get(site.base() + "/recommendations");
        Browser.screenshot(browser, "tracker");
        List<WebElement> reports = browser.findElements(By.cssSelector("section.report"));
        assertFalse(reports.isEmpty(), "grouped per report");
        assertTrue(reports.get(0).findElement(By.tagName("p")).getText().matches("(?s).*rapport van \\d\\d-\\d\\d-\\d{4}, [\\d.]+ dagen oud.*"),
                reports.get(0).getText());
        String page = browser.findElement(By.id("recommendations")).getText();
        assertTrue(page.contains("afgerond") && page.contains("in behandeling") && page.contains("uit bewijs"), page);
        WebElement row = browser.findElement(By.id("r-" + Html.anchor(inProgress.id())));
        assertTrue(row.getText().contains("uiterlijk ") && row.getText().contains("over tijd"), "a due date in the past: " + row.getText());
        assertTrue(browser.findElement(By.id("freshness")).getText().contains("Statussen berekend op"));
        assertFalse(browser.findElements(By.id("recompute")).isEmpty(), "a controller may recompute");

        new Select(browser.findElement(By.id("rs"))).selectByValue("overdue");
        Browser.follow(browser, browser.findElement(By.cssSelector("form.search button[type=submit]")));
        // the controller's due date, and the report's own deadline for the boards' response (vóór 1 januari 2026)
        // for those of its recommendations that are not closed
        List<WebElement> overdue = browser.findElements(By.cssSelector("#recommendations tbody tr"));
        assertFalse(overdue.isEmpty());
        assertTrue(overdue.stream().allMatch(r -> r.getText().contains("over tijd")), "only overdue ones");
        assertTrue(overdue.stream().anyMatch(r -> r.getAttribute("id").equals("r-" + Html.anchor(inProgress.id()))));
        assertTrue(overdue.stream().anyMatch(r -> !r.getAttribute("id").equals("r-" + Html.anchor(inProgress.id()))
                && r.getText().contains("uiterlijk 01-01-2026")), "a deadline the report prints: "
                + overdue.stream().map(WebElement::getText).toList());
        assertTrue(analysed.stream().noneMatch(v -> v.status() == RecommendationStatus.closed && Boolean.TRUE.equals(v.overdue())),
                "a closed recommendation is never overdue");

        TestUsers.signIn(browser, site.base(), TestUsers.BOARD);
        browser.get(site.base() + "/recommendations");
        assertTrue(browser.findElements(By.id("recompute")).isEmpty(), "a board member does not");
    }

    @Test
    void exportsDownloadAsCsvForDutchExcelAndAsXlsx() throws Exception {
        TestUsers.signIn(browser, site.base(), TestUsers.SECRETARIAT);
        for (String page : List.of("/decisions", "/recommendations")) {
            browser.get(site.base() + page);
            String csv = download(browser.findElement(By.id("export-csv")).getAttribute("href"));
            assertTrue(csv.startsWith("\uFEFFid;"), page + ": " + csv.substring(0, Math.min(80, csv.length())));
            assertTrue(csv.split("\r\n").length > 1, page + " has rows");
            byte[] xlsx = downloadBytes(browser.findElement(By.id("export-xlsx")).getAttribute("href"));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertEquals(csv.split("\r\n").length - 1, wb.getSheetAt(0).getLastRowNum(), page + ": the same rows in both formats");
            }
        }
    }

    @Test
    void aMisspelledSearchOffersBedoeldeU() {
        TestUsers.signIn(browser, site.base(), TestUsers.BOARD);
        browser.get(site.base() + "/");
        WebElement box = browser.findElement(By.id("q"));
        // one word right, one misspelled: the any-word results show, with the correction offered
        box.sendKeys("noodstroom stroomuitvel");
        Browser.submit(browser, box);
        WebElement suggestion = browser.findElement(By.cssSelector("p.suggestion"));
        Browser.screenshot(browser, "search-suggestion");
        assertTrue(suggestion.getText().startsWith("Bedoelde u: noodstroom stroomuitval"), suggestion.getText());
        Browser.follow(browser, suggestion.findElement(By.tagName("a")));
        assertEquals("noodstroom stroomuitval", browser.findElement(By.id("q")).getAttribute("value"));
        assertFalse(browser.findElements(By.cssSelector("li.hit")).isEmpty(), "the corrected search finds the inspection report");
    }

    /** Last: an upload starts a recompute in the background; the tracker says so until the new statuses are there. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anUploadRecomputesTheStatusesInTheBackground() throws Exception {
        Instant before = AnalyticsFiles.recommendations(site.store).orElseThrow().computedAt();
        Path note = dir.resolve("notitie-kazernes.txt");
        Files.writeString(note, "Notitie huisvesting kazernes\n\nDatum: 3 maart 2026\n\nDe kazerne Zuidwolde krijgt een nieuw dak.\n");
        TestUsers.signIn(browser, site.base(), TestUsers.SECRETARIAT);
        browser.get(site.base() + "/upload");
        browser.findElement(By.id("file")).sendKeys(note.toAbsolutePath().toString());
        Browser.follow(browser, browser.findElement(By.cssSelector("form.upload button[type=submit]")));
        assertFalse(browser.findElements(By.cssSelector(".upload-result a")).isEmpty(), "ingested");
        browser.get(site.base() + "/recommendations");
        String notice = browser.findElement(By.id("freshness")).getText();
        assertTrue(notice.contains("worden bijgewerkt"), "right after the upload: " + notice);
        // the Spark run takes a minute or more on a busy machine; the page shows the new time once it is done
        new WebDriverWait(browser, Duration.ofMinutes(10), Duration.ofSeconds(5)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("freshness")).getText().contains("Statussen berekend op");
        });
        assertTrue(AnalyticsFiles.recommendations(site.store).orElseThrow().computedAt().isAfter(before), "recomputed");
    }

    /** Fetches a link with the browser's session, as a download would. */
    private static String download(String href) throws Exception {
        return new String(downloadBytes(href), StandardCharsets.UTF_8);
    }

    private static byte[] downloadBytes(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed(Access.SESSION_COOKIE);
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", Access.SESSION_COOKIE + "=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), href);
        return r.body();
    }
}
