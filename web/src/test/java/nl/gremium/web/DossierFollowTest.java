package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.index.Indexer;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Outcome;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following a dossier: the dossier page leads to the saved-searches form filled in to follow it; when a later
 * meeting takes the topic up again, the digest (over SMTP, to a real GreenMail server) brings that step only.
 */
class DossierFollowTest {
    static final String TOPIC = "Wijziging gemeenschappelijke regeling";
    static final String HAVEN = "Bereikbaarheid van de haven";
    @TempDir
    static Path dir;
    static DataStore store;
    static WebServer server;
    static TestUsers users;
    static GreenMail smtp;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        store = new DataStore(dir.resolve("data"));
        store.write(list("a100000000000000-01", LocalDate.of(2026, 3, 11), "5", TOPIC, "Het algemeen bestuur stelt de behandeling uit.",
                Outcome.deferred));
        store.write(list("a200000000000000-01", LocalDate.of(2026, 5, 13), "4", TOPIC + " (tweede lezing)",
                "Het algemeen bestuur stemt in met de wijziging.", Outcome.adopted));
        Indexer.update(store, Indexer.Progress.NONE);
        users = TestUsers.create(store);
        server = new WebServer(store).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
        smtp.stop();
    }

    @Test
    void aFollowedDossierSendsTheMeetingThatTakesItUpAgain() throws Exception {
        JsonNode dossiers = Json.mapper().readTree(get("api/dossiers").body());
        String id = null;
        for (JsonNode d : dossiers) {
            if (d.get("title").asText().startsWith(TOPIC)) {
                id = d.get("id").asText();
            }
        }
        assertTrue(id != null, dossiers.toString());
        String page = get("dossiers/" + id).body();
        Matcher follow = Pattern.compile("id=\"follow\" href=\"/(zoekopdrachten\\?[^\"]+)\"").matcher(page);
        assertTrue(follow.find(), "the dossier page offers to follow it");
        String form = get(follow.group(1).replace("&amp;", "&")).body();
        assertTrue(form.contains("value=\"dossier:" + id + "\"") && form.contains("value=\"Dossier "), "the form comes filled in");

        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(server.url() + "zoekopdrachten"))
                .header("Authorization", users.bearer(TestUsers.BOARD)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Regeling&follow=dossier%3A" + id + "&email=bestuurder%40example.org")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, saved.statusCode(), saved.body());
        SmtpConfig config = new SmtpConfig("127.0.0.1", smtp.getSmtp().getPort(), SmtpConfig.Tls.none, "gremium@example.org", null, null,
                server.url());
        assertTrue(server.sendDigests(config).startsWith("alerts: 0 digests sent"), "what the dossier held when followed is not news");

        String later = "a300000000000000-01";
        store.write(list(later, LocalDate.of(2026, 7, 8), "6", TOPIC + " (derde lezing)", "Het algemeen bestuur stelt de regeling vast.",
                Outcome.adopted));
        Indexer.update(store, Indexer.Progress.NONE);
        String summary = server.sendDigests(config);
        assertTrue(summary.startsWith("alerts: 1 digests sent"), summary);
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        String html = AlertsTest.html(mail);
        assertTrue(html.contains("/documents/" + later), "the new step links its document: " + html);
        assertTrue(!html.contains("a100000000000000-01") && !html.contains("a200000000000000-01"), "and nothing already known");
    }

    /** An item without a number that recurs (it makes a dossier of its own) must not break the meeting pages. */
    @Test
    void aMeetingWhoseUnnumberedItemIsInADossierOpens() throws Exception {
        String meeting = "algemeen-bestuur-2026-03-11";
        assertEquals(200, get("vergaderingen/" + meeting).statusCode());
        JsonNode twin = Json.mapper().readTree(get("api/vergaderingen/" + meeting).body());
        assertTrue(twin.path("dossiers").has("t-" + "bereikbaarheid-van-de-haven"), twin.toString());
        String page = get("vergaderingen/" + meeting).body();
        assertTrue(page.contains("id=\"item-t-bereikbaarheid-van-de-haven\""), "the item has an anchor of its own");
    }

    private static LogicalDocument list(String id, LocalDate date, String number, String title, String decision, Outcome outcome) {
        return new LogicalDocument(id, WebFixture.source(id.substring(0, 16), id + ".txt"), 1, 1, 1, DocKind.decision_list,
                new Metadata("Besluitenlijst algemeen bestuur " + date, "Veiligheidsregio Testland", "Algemeen bestuur", date, date, "nld",
                        false),
                List.of(Block.heading(number + ". " + title, 1, 2, number + "."), Block.paragraph(decision, 1),
                        Block.heading(HAVEN, 1, 2, null), Block.paragraph("Het bestuur bespreekt de bereikbaarheid.", 1)),
                List.of(new AgendaItem(number, title, decision, 1, 1, 0, 2, id + "#i" + number),
                        new AgendaItem(null, HAVEN, "Het bestuur bespreekt de bereikbaarheid.", 1, 1, 2, 4, id + "#ih")),
                new Tags(List.of(new Decision(id + "#d" + number, decision, number, title, "Algemeen bestuur", date, null, outcome, 1, null)),
                        List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Authorization", users.bearer(TestUsers.BOARD)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
