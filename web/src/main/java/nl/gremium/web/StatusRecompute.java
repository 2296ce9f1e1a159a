package nl.gremium.web;

import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.gremium.analytics.Analytics;
import nl.gremium.analytics.AnalyticsFiles;
import nl.gremium.store.DataStore;

/**
 * Recomputes the recommendations' statuses (the analytics run) in the background after an upload or on a
 * controller's request, one run at a time: a request during a run makes one more run after it, so the last
 * upload is always counted. The tracker says "worden bijgewerkt" while {@link #running()}. After an upload it
 * runs only in a data folder that was analysed before (a folder never analysed has no statuses to keep fresh).
 */
final class StatusRecompute implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(StatusRecompute.class.getName());
    /** Two cores for Spark: the server keeps answering while it runs. */
    static final String MASTER = "local[2]";

    private final DataStore store;
    private final DataVersion version;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gremium-recompute");
        t.setDaemon(true);
        return t;
    });
    private final Runnable reindex;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean running;
    private volatile Instant failedAt;

    /**
     * @param reindex brings the search index's statuses in line (after a run, and after a controller set one), so
     *                search hits and their status facet show what the tracker shows
     */
    StatusRecompute(DataStore store, DataVersion version, Runnable reindex) {
        this.store = store;
        this.version = version;
        this.reindex = reindex;
    }

    /** After a controller set a status: the index follows in the background, behind any recompute. */
    void statusSet() {
        worker.execute(() -> {
            try {
                reindex.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "updating the search index after a status change failed", e);
            }
        });
    }

    /** After an upload: recompute when the folder has statuses to keep fresh. */
    void afterIngest() {
        if (Files.isRegularFile(store.analyticsDir().resolve(AnalyticsFiles.RECOMMENDATIONS))) {
            request();
        }
    }

    /** Schedules a run unless one is already waiting. */
    void request() {
        if (queued.compareAndSet(false, true)) {
            running = true;
            worker.execute(this::run);
        }
    }

    /** A run is waiting or under way. */
    boolean running() {
        return running || queued.get();
    }

    /** When the last run failed (null when it succeeded): the page then says the statuses may be old. */
    Instant failedAt() {
        return failedAt;
    }

    private void run() {
        queued.set(false);
        running = true;
        try {
            Analytics.run(store, MASTER, null, line -> LOG.log(System.Logger.Level.INFO, line));
            reindex.run();
            failedAt = null;
        } catch (RuntimeException e) {
            failedAt = Instant.now();
            LOG.log(System.Logger.Level.ERROR, "recomputing the statuses failed", e);
        } finally {
            running = queued.get();
            version.changed();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
