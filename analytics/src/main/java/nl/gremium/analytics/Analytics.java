package nl.gremium.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Consumer;
import nl.gremium.store.DataLock;
import nl.gremium.store.DataStore;
import org.apache.spark.sql.SparkSession;

/** The analytics run on a local data folder: export the records dataset, then run every job. */
public final class Analytics {
    public static final String DEFAULT_MASTER = "local[*]";
    /** Few shuffle partitions: the datasets are small and many partitions only add task overhead. */
    public static final int SHUFFLE_PARTITIONS = 8;

    private Analytics() {}

    /**
     * @param master {@code local[*]} (embedded, the default) or a cluster URL such as {@code spark://host:7077};
     *               the cluster must be able to read the data folder at the same path
     */
    public static AnalyticsJob.Result run(DataStore store, String master, LocalDate asOf, Consumer<String> progress) {
        if (!Files.isDirectory(store.docsDir())) {
            throw new IllegalArgumentException("no documents in " + store.root() + " (run ingest first)");
        }
        try (DataLock ignored = store.lock("analytics")) {
            return runLocked(store, master, asOf, progress);
        }
    }

    private static AnalyticsJob.Result runLocked(DataStore store, String master, LocalDate asOf,
                                                 Consumer<String> progress) {
        long start = System.nanoTime();
        RecordsExport.write(store, progress);
        progress.accept("analytics: starting Spark (" + master + ")");
        SparkSession spark = Sparks.session(master, SHUFFLE_PARTITIONS);
        try {
            AnalyticsJob job = new AnalyticsJob(uri(store.recordsDir()), uri(store.statusDir()),
                    uri(store.analyticsDir()), asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC));
            AnalyticsJob.Result r = job.run(spark, progress);
            progress.accept(String.format(Locale.ROOT, "analytics: done in %.1fs → %s", (System.nanoTime() - start) / 1e9,
                    store.analyticsDir()));
            return r;
        } finally {
            spark.stop();
        }
    }

    static String uri(Path p) {
        return p.toAbsolutePath().toUri().toString();
    }
}
