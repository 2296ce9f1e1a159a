package nl.gremium.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import nl.gremium.analytics.Analytics;
import nl.gremium.index.ConsoleProgress;
import nl.gremium.pipeline.IngestReport;
import nl.gremium.pipeline.Ingestor;
import nl.gremium.pipeline.StagedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Parse files and folders into structured, tagged documents in the data folder.",
                "Unchanged files are skipped; a changed file replaces its old documents; a file that cannot be "
                        + "parsed is reported with its reason and the others are still ingested.",
                "When documents changed, the analytics (recommendation statuses and their evidence) are recomputed "
                        + "afterwards, unless --no-analytics."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file ingested or unchanged", "1:the run could not be done (error message)",
                "2:bad command line", "3:some files failed (listed in the summary and the run report); "
                        + "the others were ingested; or the analytics could not be recomputed"})
final class IngestCommand implements Callable<Integer> {
    static final int PARTIAL_FAILURE = 3;

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on a file whose parsing takes longer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--workers", paramLabel = "N",
            description = "Files parsed and analysed at once, each parse in its own process (default: one per core, "
                    + "here ${DEFAULT-VALUE}).")
    int workers = Ingestor.Options.defaultWorkers();

    @Option(names = "--master", paramLabel = "URL",
            description = "Parse and analyse on a Spark cluster (spark://host:7077, or local[N]) instead of this "
                    + "machine's workers; the data folder must be reachable from the executors under the same path. "
                    + "Storing and indexing stay here.")
    String master;

    @Option(names = "--no-analytics",
            description = "Do not recompute the analytics (recommendation statuses, funding, decisions) after documents changed.")
    boolean noAnalytics;

    @Override
    public Integer call() {
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds");
        }
        if (workers <= 0) {
            throw new IllegalArgumentException("--workers must be a positive number");
        }
        Ingestor.Options options = Ingestor.Options.defaults()
                .withTimeout(Duration.ofSeconds(timeoutSeconds))
                .withWorkers(workers)
                .withProgress(System.err, System.console() != null);
        IngestReport report;
        try (Ingestor ingestor = new Ingestor(data.store(), options)) {
            if (master == null) {
                report = ingestor.ingest(paths);
            } else {
                Path staging = data.store().root().resolve("staging");
                StagedFile.clear(staging); // what a stopped run left behind may be of files since changed
                ClusterIngest.stage(master, ingestor.toAnalyse(paths), staging, Duration.ofSeconds(timeoutSeconds), System.err);
                try {
                    report = ingestor.ingest(paths, staging); // failures are reported by the storing run, by name
                } finally {
                    StagedFile.clear(staging);
                }
            }
        }
        report.summary().forEach(System.err::println);
        // the search index follows every run (one commit; nothing to do when nothing changed)
        System.err.println(SearchIndex.update(data.store(), new ConsoleProgress(System.err)).summary());
        // statuses follow the documents: evidence in what just arrived counts at once, not after a manual run
        if (!noAnalytics && (!report.addedIds().isEmpty() || !report.removedIds().isEmpty())) {
            try {
                Analytics.run(data.store(), Analytics.DEFAULT_MASTER, null, System.err::println);
                // the index shows the statuses just computed (only documents holding recommendations are redone)
                System.err.println(SearchIndex.update(data.store(), new ConsoleProgress(System.err)).summary());
            } catch (RuntimeException e) {
                System.err.println("gremium ingest: the documents are stored, but recomputing the analytics failed ("
                        + e.getMessage() + "); run ./gremium analytics");
                return PARTIAL_FAILURE;
            }
        }
        return report.failures().isEmpty() ? 0 : PARTIAL_FAILURE;
    }
}
