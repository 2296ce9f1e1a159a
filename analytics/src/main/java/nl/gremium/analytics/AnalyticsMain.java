package nl.gremium.analytics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import nl.gremium.store.DataStore;
import org.apache.spark.sql.SparkSession;

/**
 * The spark-submit entry point:
 * <pre>
 *   spark-submit --class nl.gremium.analytics.AnalyticsMain gremium-analytics-spark.jar \
 *       --records hdfs:///gremium/records --status hdfs:///gremium/status --out hdfs:///gremium/analytics
 * </pre>
 * Paths are Hadoop paths (hdfs://, s3a://, file://, …). With {@code --data DIR} instead, a local data
 * folder is first exported to its records/ and results go to its analytics/. {@code --as-of
 * YYYY-MM-DD} fixes the day ages are computed to (default today, UTC).
 */
public final class AnalyticsMain {
    private AnalyticsMain() {}

    public static void main(String[] args) {
        Map<String, String> a = parse(args);
        LocalDate asOf = a.containsKey("--as-of") ? LocalDate.parse(a.get("--as-of")) : LocalDate.now(ZoneOffset.UTC);
        String records;
        String status;
        String out;
        if (a.containsKey("--data")) {
            DataStore store = new DataStore(Path.of(a.get("--data")));
            RecordsExport.write(store, System.out::println);
            records = Analytics.uri(store.recordsDir());
            status = Analytics.uri(store.statusDir());
            out = Analytics.uri(store.analyticsDir());
        } else {
            records = required(a, "--records");
            out = required(a, "--out");
            status = a.get("--status");
        }
        // the master comes from spark-submit (--master); outside it, run embedded
        SparkSession spark = Sparks.session(System.getProperty("spark.master") == null ? Analytics.DEFAULT_MASTER : null,
                Analytics.SHUFFLE_PARTITIONS);
        try {
            new AnalyticsJob(records, status, out, asOf).run(spark, System.out::println);
        } finally {
            spark.stop();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: AnalyticsMain (--data DIR | --records PATH --out PATH"
                        + " [--status PATH]) [--as-of YYYY-MM-DD]; bad argument '" + args[i] + "'");
            }
            m.put(args[i], args[++i]);
        }
        return m;
    }

    private static String required(Map<String, String> a, String key) {
        if (!a.containsKey(key)) {
            throw new IllegalArgumentException(key + " is required (or give --data DIR)");
        }
        return a.get(key);
    }
}
