package nl.gremium.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gremium.analytics.Sparks;
import nl.gremium.pipeline.Ingestor;
import nl.gremium.text.Progress;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * {@code ingest --master spark://…}: the files whose content is not stored yet are parsed and analysed by Spark's
 * executors, each in its own parse worker under the same time and memory limit as a local run
 * ({@link Ingestor#stage}); their results land in a staging folder beside the data; then the ordinary ingest
 * stores them in input order on this machine, so a cluster run writes the same records as a local one. The
 * staging folder must be reachable from the executors under the same path (one machine, or a shared mount).
 */
final class ClusterIngest {
    private ClusterIngest() {}

    /** Parses and analyses {@code files} on the cluster; returns one line per file that failed there. */
    static List<String> stage(String master, List<Path> files, Path staging, Duration timeout, PrintStream log) {
        if (files.isEmpty()) {
            return List.of();
        }
        SparkSession spark = Sparks.session(master, 2);
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<String> paths = files.stream().map(f -> f.toAbsolutePath().normalize().toString()).toList();
            log.printf(Locale.ROOT, "ingest: %d files to parse and analyse on %s%n", paths.size(), master);
            // one task per file: a slow file holds up no other, the executors stay busy to the end, and each
            // finished task is a file done for the progress line (the executor keeps its parse worker between tasks)
            Progress progress = Progress.lines(log::println, "cluster", "files", null, paths.size(), Duration.ofSeconds(5));
            AtomicInteger done = new AtomicInteger();
            jsc.sc().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    progress.update(done.incrementAndGet(), 0, null);
                }
            });
            long t0 = System.nanoTime();
            List<String> results;
            try {
                results = jsc.parallelize(paths, paths.size())
                        .mapPartitions(new StageFiles(staging.toString(), timeout.toSeconds())).collect();
            } finally {
                progress.done();
            }
            List<String> failed = new ArrayList<>();
            for (String r : results) {
                if (!r.endsWith("\tok")) {
                    failed.add(r.replace('\t', ' '));
                }
            }
            log.printf(Locale.ROOT, "ingest: the cluster parsed and analysed %d files in %.1f s (%d with a problem, reported below)%n",
                    results.size(), (System.nanoTime() - t0) / 1e9, failed.size());
            return failed;
        } finally {
            spark.stop();
        }
    }

    /** An executor's share: its files staged by the executor's one ingestor (one parse worker, kept between tasks). */
    private static final class StageFiles implements FlatMapFunction<Iterator<String>, String> {
        private static final long serialVersionUID = 1L;
        private final String staging;
        private final long timeoutSeconds;

        StageFiles(String staging, long timeoutSeconds) {
            this.staging = staging;
            this.timeoutSeconds = timeoutSeconds;
        }

        @Override
        public Iterator<String> call(Iterator<String> files) {
            List<String> out = new ArrayList<>();
            Ingestor ingestor = executorIngestor(timeoutSeconds);
            while (files.hasNext()) {
                String file = files.next();
                String status;
                try {
                    status = ingestor.stage(Path.of(file), Path.of(staging));
                } catch (RuntimeException e) {
                    status = "staging failed: " + e;
                }
                out.add(file + "\t" + status);
            }
            return out.iterator();
        }

        private static Ingestor executor;

        /** One per executor JVM: starting a parse worker per file would cost a JVM start each. */
        private static synchronized Ingestor executorIngestor(long timeoutSeconds) {
            if (executor == null) {
                Ingestor i = new Ingestor(null, Ingestor.Options.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds)).withWorkers(1));
                Runtime.getRuntime().addShutdownHook(new Thread(i::close, "gremium-stage-close"));
                executor = i;
            }
            return executor;
        }
    }
}
