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
        quietLogging();
        SparkSession.Builder b = SparkSession.builder().appName("gremium-analytics")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                // LocalDate/Instant in and out of rows, so records map to Spark types directly
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC");
        if (master != null) {
            b.master(master);
            // on this machine (embedded, or bin/spark-cluster): executors reach the driver over loopback
            if (master.startsWith("local") || master.startsWith("spark://127.0.0.1:")
                    || master.startsWith("spark://localhost:")) {
                b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        return b.getOrCreate();
    }

    /**
     * Spark, Hadoop and Parquet log every task at INFO; the terminal is for Gremium's progress lines.
     * slf4j-simple (the CLI's logger) reads per-logger levels from system properties when a logger is made.
     */
    private static void quietLogging() {
        for (String pkg : new String[] {"org.apache.spark", "org.apache.hadoop", "org.apache.parquet", "org.sparkproject",
                "io.netty", "org.apache.orc"}) {
            String key = "org.slf4j.simpleLogger.log." + pkg;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
        // harmless on a single machine: loopback host name, no native Hadoop libraries
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.spark.util.Utils", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.hadoop.util.NativeCodeLoader", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.spark.sql.catalyst.util.SparkStringUtils", "error");
    }
}
