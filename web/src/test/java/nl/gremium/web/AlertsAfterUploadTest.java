package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running server whose data folder names an SMTP server sends the digests after an upload by itself: the saved
 * search's owner gets the new letter without anybody running {@code gremium alerts}.
 */
class AlertsAfterUploadTest {
    @Test
    void anUploadSendsTheDigestOfWhatItAdded(@TempDir Path dir) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        DataStore store = new DataStore(dir.resolve("data"));
        TestUsers users = TestUsers.create(store);
        try (WebServer server = new WebServer(store, Set.of(), UploadHandlerTest.LIMITS, null).start(0)) {
            HttpResponse<String> saved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "zoekopdrachten"))
                    .header("Authorization", users.bearer(TestUsers.BOARD)).header("Origin", "http://localhost:" + server.port())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=Fietsenstalling&q=fietsenstalling&email=bestuurder%40example.org"))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(303, saved.statusCode());
            Path config = SmtpConfig.file(store);
            Files.createDirectories(config.getParent());
            Files.writeString(config, "host=127.0.0.1\nport=" + smtp.getSmtp().getPort() + "\ntls=none\nfrom=gremium@example.org\n");

            String letter = """
                    Gemeente Zeeweide
                    Aan de gemeenteraad

                    Onderwerp: nieuwe fietsenstalling bij het station

                    Het college meldt dat de bewaakte fietsenstalling bij het station op 1 april opengaat, met plaats voor
                    achthonderd fietsen. De kosten van de exploitatie dragen gemeente en vervoerder samen.
                    """;
            HttpResponse<String> up = UploadHandlerTest.upload(server, users.bearer(TestUsers.SECRETARIAT),
                    "brief-fietsenstalling.txt", letter.getBytes(StandardCharsets.UTF_8));
            assertTrue(up.statusCode() / 100 == 2, up.statusCode() + " " + up.body());

            assertTrue(smtp.waitForIncomingEmail(90_000, 1), "the digest arrives after the upload's ingest");
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertEquals("bestuurder@example.org", mail.getAllRecipients()[0].toString());
            assertTrue(AlertsTest.html(mail).contains("fietsenstalling"), "the digest names the new letter");
        } finally {
            smtp.stop();
        }
    }
}
