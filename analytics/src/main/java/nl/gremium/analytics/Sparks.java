package nl.gremium.analytics;

import org.apache.spark.sql.SparkSession;

/** How Gremium configures Spark: the same settings for the CLI, spark-submit and tests. */
public final class Sparks {
    private Sparks() {}

    /**
     * A session for {@code master} ({@code local[*]}, {@code spark://host:7077}, …), or, with a null
     * master, whatever spark-submit configured.
     */
    public static SparkSession session(String master, int shufflePartitions) {
        SparkSession.Builder b = SparkSession.builder().appName("gremium-analytics")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                // LocalDate/Instant in and out of rows, so records map to Spark types directly
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC");
        if (master != null) {
            b.master(master);
            if (master.startsWith("local")) {
                b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        SparkSession s = b.getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }
}
