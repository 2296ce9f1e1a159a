package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The board's pages on a real council archive in a real browser: the meeting with the most agenda items, a dossier,
 * and the two registers, each with its JSON twin; screenshots in web/target/screenshots/archive-*.png. The archive
 * is not in the repository and too large for the suite, so this runs on a data folder it was ingested into (and
 * analysed), copied first so the test's accounts stay out of it:
 * <pre>
 * ./gremium ingest --data /tmp/archive-data /path/to/some/meeting/folders
 * mvn -B -o -q test -pl web -am -Dtest=ArchiveBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dgremium.archive.data=/tmp/archive-data
 * </pre>
 */
@EnabledIfSystemProperty(named = "gremium.archive.data", matches = ".+")
class ArchiveBrowserTest {
    @TempDir
    static Path dir;
    static WebServer server;
    static WebDriver browser;
    static TestUsers users;

    @BeforeAll
    static void start() {
        Path data = dir.resolve("data");
        copy(Path.of(System.getProperty("gremium.archive.data")), data);
        DataStore store = new DataStore(data);
        users = TestUsers.create(store);
        server = new WebServer(store).start(0);
        browser = Browser.open();
        TestUsers.signIn(browser, base(), TestUsers.CONTROLLER);
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

    @Test
    void theMeetingWithTheMostItemsShowsThemInOrderWithTheirDecisions() throws Exception {
        String best = null;
        int most = 0;
        for (JsonNode m : api("/api/vergaderingen")) {
            if (m.get("items").asInt() > most) {
                most = m.get("items").asInt();
                best = m.get("id").asText();
            }
        }
        assertTrue(api("/api/vergaderingen/" + best).path("meeting").path("items").size() == most, "the summary and the meeting agree");
        assertTrue(most >= 5, "a real meeting has its agenda: the largest has " + most + " items");
        browser.get(base() + "/vergaderingen/" + best);
        int shown = browser.findElements(By.cssSelector("li.agenda-item")).size();
        assertTrue(shown == most, "the page shows the " + most + " items of its JSON twin, not " + shown);
        assertTrue(!browser.findElements(By.cssSelector("p.item-decision")).isEmpty(), "decisions sit under their items");
        Browser.screenshot(browser, "archive-meeting");
    }

    @Test
    void aDossierFollowsItsTopicAcrossMeetings() throws Exception {
        JsonNode dossiers = api("/api/dossiers");
        assertTrue(dossiers.size() > 0, "the archive's recurring topics make dossiers");
        JsonNode first = dossiers.get(0);
        browser.get(base() + "/dossiers/" + first.get("id").asText());
        assertTrue(browser.findElements(By.cssSelector("li.timeline-entry")).size() >= 2, "a dossier has at least two steps");
        assertTrue(!browser.findElements(By.id("follow")).isEmpty(), "and can be followed");
        Browser.screenshot(browser, "archive-dossier");
    }

    @Test
    void theRegistersListTheArchivesMotionsAndCommitments() throws Exception {
        assertTrue(api("/api/moties").size() >= 10, "a council archive has motions");
        browser.get(base() + "/moties");
        int rows = browser.findElements(By.cssSelector("table.motions tbody tr")).size();
        assertTrue(rows >= 10, rows + " motions listed");
        WebElement outcome = browser.findElement(By.cssSelector("table.motions tbody tr td:nth-child(5)"));
        assertTrue(!outcome.getText().isBlank(), "with their outcome");
        Browser.screenshot(browser, "archive-motions");
        api("/api/toezeggingen");
        browser.get(base() + "/toezeggingen");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Toezeggingen"));
        Browser.screenshot(browser, "archive-commitments");
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", users.bearer(TestUsers.CONTROLLER)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 200, path + " → " + r.statusCode());
        return Json.mapper().readTree(r.body());
    }

    private static String base() {
        return "http://localhost:" + server.port();
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from, e);
        }
    }
}
