package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.gremium.index.Indexer;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search whose client hangs up is not finished for nobody: its snippets stop being made. */
class SearchCancellationTest {
    @TempDir
    static Path dir;
    static WebServer server;
    static TestUsers users;

    @BeforeAll
    static void start() {
        DataStore store = new DataStore(dir.resolve("data"));
        WebFixture.write(store);
        Indexer.update(store, Indexer.Progress.NONE);
        users = TestUsers.create(store);
        server = new WebServer(store).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSearchWhoseClientHungUpStopsAndOneThatWaitsIsAnswered() throws Exception {
        HttpResponse<String> answered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/api/search?q=jaarrekening"))
                .header("Authorization", users.bearer(TestUsers.BOARD)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answered.statusCode());
        assertTrue(answered.body().contains("<mark>"), "a client that waits gets its snippets");
        assertEquals(0, server.search().abandoned());

        for (int i = 0; i < 3; i++) {
            try (Socket s = new Socket("localhost", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("GET /api/search?q=jaarrekening HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                        + users.bearer(TestUsers.BOARD) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } // hung up before the answer
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (server.search().abandoned() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(3, server.search().abandoned(), "each hung-up search was stopped");
        assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/api/search?q=jaarrekening"))
                .header("Authorization", users.bearer(TestUsers.BOARD)).build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "the server goes on answering");
    }
}
