package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.gremium.index.Indexer;
import nl.gremium.index.SearchQuery;
import nl.gremium.index.SearchService;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Saved searches end to end: saved over HTTP, documents arrive, the digest goes over SMTP to a real server (GreenMail)
 * with exactly the new records each user may see, and each saved search's Atom feed parses with a real feed parser.
 */
class AlertsTest {
    static final String QUERY = "speelplek";
    static final String PUBLIC = "6666666666666666-01";
    static final String CONFIDENTIAL = "7777777777777777-01";

    @TempDir
    static Path dir;
    static DataStore store;
    static WebServer server;
    static TestUsers users;
    static GreenMail smtp;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        store = new DataStore(dir.resolve("data"));
        WebFixture.write(store);
        Indexer.update(store, Indexer.Progress.NONE);
        users = TestUsers.create(store);
        server = new WebServer(store).start(0);
        assertEquals(303, save(TestUsers.BOARD, "name=Speelplekken&q=" + QUERY + "&email=bestuurder%40example.org").statusCode());
        assertEquals(303, save(TestUsers.CONTROLLER, "name=Speelplekken&q=" + QUERY + "&email=controller%40example.org").statusCode());
        // after the searches were saved, two documents arrive: one public, one confidential
        store.write(doc(PUBLIC, "6666666666666666", "Brief nieuwe speelplek Dorpsstraat", false,
                "Het college meldt dat de nieuwe speelplek aan de Dorpsstraat op 1 maart opengaat."));
        store.write(doc(CONFIDENTIAL, "7777777777777777", "Vertrouwelijke notitie grondaankoop speelplek", true,
                "Vertrouwelijk: de grond voor de speelplek bij de haven wordt aangekocht van de heer Veenstra."));
        Indexer.update(store, Indexer.Progress.NONE);
    }

    @AfterAll
    static void stop() {
        server.close();
        smtp.stop();
    }

    @Test
    void theDigestHoldsExactlyTheNewRecordsEachUserMaySee() throws Exception {
        String summary = server.sendDigests(config());
        assertTrue(summary.startsWith("alerts: 2 digests sent"), summary);
        assertTrue(smtp.waitForIncomingEmail(10_000, 2));
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(2, mails.length);
        Set<String> expectedBoard = newRecords(false), expectedController = newRecords(true);
        assertFalse(expectedBoard.isEmpty());
        assertTrue(expectedController.size() > expectedBoard.size(), "the confidential note matches too");
        for (MimeMessage m : mails) {
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            assertEquals("gremium@example.org", m.getFrom()[0].toString());
            Set<String> ids = ids(html(m));
            if (to.startsWith("bestuurder")) {
                assertEquals(expectedBoard, ids, "the board member gets the new public records, nothing else");
                assertFalse(html(m).contains("Veenstra") || text(m).contains("Veenstra"), "no confidential text");
            } else {
                assertEquals("controller@example.org", to);
                assertEquals(expectedController, ids, "the cleared controller gets both documents' new records");
            }
        }
        // a second run right after finds nothing new: no second digest
        assertTrue(server.sendDigests(config()).startsWith("alerts: 0 digests sent"));
        assertEquals(2, smtp.getReceivedMessages().length);
    }

    @Test
    void eachSavedSearchHasAnAtomFeedBehindItsSecretToken() throws Exception {
        String boardToken = token(TestUsers.BOARD), controllerToken = token(TestUsers.CONTROLLER);
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "feeds/" + boardToken)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), "a feed reader needs no sign-in: the token is the key");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed feed;
        try (InputStream in = new ByteArrayInputStream(r.body())) {
            feed = new SyndFeedInput().build(new XmlReader(in));
        }
        assertEquals("atom_1.0", feed.getFeedType());
        assertTrue(feed.getEntries().stream().anyMatch(e -> e.getLink().contains(PUBLIC)), "the new public letter is in the feed");
        for (SyndEntry e : feed.getEntries()) {
            assertFalse(e.getLink().contains(CONFIDENTIAL) || e.getTitle().contains("Vertrouwelijk"), "no confidential entry: " + e.getLink());
        }
        strictAtom(r.body());
        String controllerFeed = httpGet("feeds/" + controllerToken, null).body();
        assertTrue(controllerFeed.contains(CONFIDENTIAL), "the cleared controller's feed has the confidential note");
        String tampered = boardToken.substring(0, boardToken.length() - 1) + (boardToken.endsWith("0") ? "1" : "0");
        assertEquals(404, httpGet("feeds/" + tampered, null).statusCode(), "one character off is no key");
        assertEquals(404, httpGet("feeds/kort", null).statusCode());
    }

    /** Leak test: a user's saved-searches page and JSON show their own saved searches only, never another's token. */
    @Test
    void aUserSeesOnlyTheirOwnSavedSearches() throws Exception {
        String controllerToken = token(TestUsers.CONTROLLER);
        HttpResponse<String> page = httpGet("zoekopdrachten", TestUsers.BOARD);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"nl\"") && page.body().contains("Speelplekken"));
        assertFalse(page.body().contains(controllerToken) || page.body().contains("controller@example.org"));
        assertFalse(httpGet("api/zoekopdrachten", TestUsers.BOARD).body().contains(controllerToken));
        assertEquals(303, http.send(HttpRequest.newBuilder(URI.create(server.url() + "zoekopdrachten")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "signed out: to the login page");
        assertEquals(400, save(TestUsers.BOARD, "name=x&q=a&email=geen-adres").statusCode());
    }

    private static void strictAtom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element feed = d.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertEquals(1, children(feed, required), "feed/" + required);
        }
        NodeList entries = feed.getElementsByTagNameNS(feed.getNamespaceURI(), "entry");
        assertTrue(entries.getLength() > 0);
        for (int i = 0; i < entries.getLength(); i++) {
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, children((Element) entries.item(i), required), "entry/" + required);
            }
        }
    }

    private static int children(Element e, String name) {
        int n = 0;
        for (int i = 0; i < e.getChildNodes().getLength(); i++) {
            if (e.getChildNodes().item(i) instanceof Element c && name.equals(c.getLocalName())) {
                n++;
            }
        }
        return n;
    }

    /** The records of the two new documents that the search finds, through the index itself, as a user of that clearance. */
    private static Set<String> newRecords(boolean confidential) {
        try (SearchService s = SearchService.open(store)) {
            SearchQuery q = new SearchQuery(QUERY, null, null, null, null, null, null, null, null, SearchQuery.Sort.date_desc, 1,
                    AlertMatcher.MAX, false, null);
            return s.search(q, confidential).hits().stream().filter(h -> h.docId().equals(PUBLIC) || h.docId().equals(CONFIDENTIAL))
                    .map(h -> h.id()).collect(Collectors.toSet());
        }
    }

    private static Set<String> ids(String html) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("data-id=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    static String html(MimeMessage m) throws Exception {
        return part(m, "text/html");
    }

    private static String text(MimeMessage m) throws Exception {
        return part(m, "text/plain");
    }

    private static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart mp = (MimeMultipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart p = mp.getBodyPart(i);
            if (p.isMimeType(type)) {
                return p.getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static SmtpConfig config() {
        return new SmtpConfig("127.0.0.1", smtp.getSmtp().getPort(), SmtpConfig.Tls.none, "gremium@example.org", null, null, server.url());
    }

    private static String token(String user) throws Exception {
        JsonNode saved = Json.mapper().readTree(httpGet("api/zoekopdrachten", user).body());
        assertEquals(1, saved.size());
        String token = saved.get(0).get("feedToken").asText();
        assertNotNull(token);
        return token;
    }

    private static HttpResponse<String> save(String user, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "zoekopdrachten")).header("Authorization", users.bearer(user))
                .header("Origin", "http://localhost:" + server.port()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> httpGet(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (user != null) {
            b.header("Authorization", users.bearer(user));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static LogicalDocument doc(String id, String hash, String title, boolean confidential, String text) {
        return new LogicalDocument(id, WebFixture.source(hash, id + ".txt"), 1, 1, 1, DocKind.letter,
                new Metadata(title, "Gemeente Testdorp", null, LocalDate.of(2026, 2, 1), null, "nld", confidential),
                List.of(Block.heading(title, 1, 1, null), Block.paragraph(text, 1)), List.of(), Tags.EMPTY);
    }
}
