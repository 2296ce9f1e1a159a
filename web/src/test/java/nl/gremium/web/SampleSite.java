package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gremium.analytics.Analytics;
import nl.gremium.index.Indexer;
import nl.gremium.pipeline.Ingestor;
import nl.gremium.store.DataStore;
import org.openqa.selenium.WebDriver;

/**
 * What the browser tests share: samples/ ingested with the real pipeline and indexed (and, when asked, analysed
 * by the real Spark job) into a test's folder, one account per role, a server over it and one browser
 * ({@link Browser}). One per test class; {@link #restart} starts a new server over the same folder.
 */
final class SampleSite implements AutoCloseable {
    final DataStore store;
    final WebDriver browser;
    private WebServer server;

    private SampleSite(DataStore store) {
        this.store = store;
        this.server = new WebServer(store).start(0);
        this.browser = Browser.open();
    }

    /** @param analysed also run the analytics (recommendation statuses and evidence) before the server starts */
    static SampleSite start(Path dir, boolean analysed) {
        DataStore store = new DataStore(dir.resolve("data"));
        Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(samples), "samples/ is committed");
        try (Ingestor ingestor = new Ingestor(store)) {
            ingestor.ingest(List.of(samples));
        }
        Indexer.update(store, Indexer.Progress.NONE);
        if (analysed) {
            Analytics.run(store, "local[2]", null, line -> { });
        }
        TestUsers.create(store);
        return new SampleSite(store);
    }

    String base() {
        return "http://localhost:" + server.port();
    }

    /** A new server over the same data folder (sessions end with the old one). */
    void restart() {
        server.close();
        server = new WebServer(store).start(0);
    }

    @Override
    public void close() {
        browser.quit();
        server.close();
    }
}
