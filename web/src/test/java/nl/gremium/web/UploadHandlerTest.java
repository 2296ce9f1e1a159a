package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads over HTTP against small limits: too large, failed, too many, and a good one. A server per test. */
class UploadHandlerTest {
    static final UploadLimits LIMITS = new UploadLimits(64 * 1024, 3);
    static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    DataStore store;
    WebServer server;
    TestUsers users;

    @BeforeEach
    void start() {
        store = new DataStore(dir.resolve("data"));
        users = TestUsers.create(store);
        server = new WebServer(store, Set.of(), LIMITS, null).start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUploadJustOverTheLimitIsRefusedWith413AndAClearMessage() throws Exception {
        byte[] big = "woord ".repeat((int) (LIMITS.maxBytes() / 6) + 10).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = upload("groot.txt", big);
        assertEquals(413, r.statusCode(), r.body());
        String error = Json.mapper().readTree(r.body()).get("error").asText();
        assertTrue(error.contains("too large") && error.contains("64 KB"), error);
        assertEquals(List.of(), kept(), "nothing of the refused file stays");
    }

    @Test
    void aFailedUploadIsAnsweredAsFailedAndNotKept() throws Exception {
        HttpResponse<String> r = upload("kapot.pdf", "%PDF-1.7\nhier houdt het bestand op".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode(), r.body());
        JsonNode report = Json.mapper().readTree(r.body());
        assertEquals(1, report.get("failures").size(), r.body());
        assertTrue(report.get("failures").get(0).get("file").asText().contains("kapot.pdf"), r.body());
        assertEquals(List.of(), kept(), "the failed file is not kept");

        HttpResponse<String> good = upload("notitie.txt", "Notitie over het onderhoud van de brug.".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, good.statusCode(), good.body());
        assertEquals(1, kept().size(), "an ingested file is kept");
    }

    @Test
    void uploadsPerMinuteAreLimitedPerUser() throws Exception {
        for (int i = 0; i < LIMITS.perMinute(); i++) {
            // refused for another reason (no extension), quickly; every attempt counts
            assertEquals(400, upload("notitie" + i, "Een notitie.".getBytes(StandardCharsets.UTF_8)).statusCode());
        }
        HttpResponse<String> r = upload("een-te-veel.txt", "Nog een notitie.".getBytes(StandardCharsets.UTF_8));
        assertEquals(429, r.statusCode(), r.body());
        assertTrue(Json.mapper().readTree(r.body()).get("error").asText().contains("at most 3 a minute"), r.body());
        assertEquals(List.of(), kept(), "the refused upload was not stored");
    }

    /** The files kept under uploads/ (temporary files excluded). */
    private List<Path> kept() throws IOException {
        Path uploads = store.root().resolve("uploads");
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(uploads)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private HttpResponse<String> upload(String name, byte[] content) throws Exception {
        return upload(server, users.bearer(TestUsers.SECRETARIAT), name, content);
    }

    /** POSTs one file to {@code /api/upload} as a multipart form, as the upload page's form does. */
    static HttpResponse<String> upload(WebServer server, String authorization, String name, byte[] content) throws Exception {
        String boundary = "----gremium-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/upload"))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
