package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import nl.gremium.analytics.Analytics;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Outcome;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision analytics (run by the real Spark job) count a confidential decision list too; a user
 * without clearance must see outcome counts without it, a cleared user the job's counts.
 */
class DecisionHandlerTest {
    static final String SECRET_BODY = "Besloten stuurgroep";
    static final String SECRET_LIST = "9999999999999999-01";

    @TempDir
    static Path dir;
    static DataStore store;
    static WebServer server;
    static TestUsers users;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = new DataStore(dir.resolve("data"));
        WebFixture.write(store);
        LocalDate date = WebFixture.MEETING;
        String secret = "Het algemeen bestuur besluit de verkoop van de oefenlocatie voor te bereiden.";
        String other = "De stuurgroep neemt kennis van de taxatie.";
        store.write(new LogicalDocument(SECRET_LIST, new SourceFile("/in/besloten-besluiten.txt", "besloten-besluiten.txt",
                "9".repeat(64), 1000, "text/plain", 1), 1, 1, 1, DocKind.decision_list,
                new Metadata("Besluitenlijst besloten deel", "Veiligheidsregio Testland", "Algemeen bestuur", date, null, "nld", true),
                List.of(Block.heading("Besluitenlijst besloten deel", 1, 1, null), Block.paragraph(secret + " " + other, 1)), List.of(),
                new Tags(List.of(new Decision("s1", secret, "1", null, "Algemeen bestuur", date, null, Outcome.adopted, 1, null),
                        new Decision("s2", other, "2", null, SECRET_BODY, date, null, Outcome.noted, 1, null)),
                        List.of(), List.of(), List.of(), List.of(), List.of())));
        Analytics.run(store, "local[1]", date, line -> { });
        users = TestUsers.create(store);
        server = new WebServer(store).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void outcomeCountsLeaveOutWhatTheUserMayNotSee() throws Exception {
        String board = page(TestUsers.BOARD);
        assertFalse(board.contains(SECRET_BODY), "no body known only from the confidential list");
        assertEquals(1, total(board, "Algemeen bestuur"), "only the visible decision counts");
        String cleared = page(TestUsers.CONTROLLER);
        assertTrue(cleared.contains(SECRET_BODY), "a cleared user sees the job's counts");
        assertEquals(2, total(cleared, "Algemeen bestuur"));
    }

    private static String page(String user) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/decisions"))
                .header("Authorization", users.bearer(user)).build();
        HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, res.statusCode());
        return res.body();
    }

    /** The Total column of a body's row in the outcomes table. */
    private static int total(String html, String body) {
        Matcher m = Pattern.compile("<th scope=\"row\">" + Pattern.quote(body) + "</th><td class=\"num\">(\\d+)</td>").matcher(html);
        assertTrue(m.find(), "a row for " + body + " in " + html);
        return Integer.parseInt(m.group(1));
    }
}
