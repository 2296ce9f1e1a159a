package nl.gremium.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.gremium.analytics.Analytics;
import nl.gremium.analytics.bench.ScaleUp;
import nl.gremium.index.ConsoleProgress;
import nl.gremium.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analytics", mixinStandardHelpOptions = true,
        description = {"Run the Spark jobs (recommendation status and evidence, funding history, decision trends) "
                + "over the data folder; results go to DIR/analytics (JSON for the UI, parquet/ and csv/ for users).",
                "Embedded (local[*]) by default; for a cluster give --master spark://host:7077 (the cluster must "
                        + "see DIR at the same path) or use spark-submit (see README)."},
        subcommands = AnalyticsCommand.ScaleUpCommand.class)
final class AnalyticsCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--master", defaultValue = Analytics.DEFAULT_MASTER,
            description = "Spark master: local[*], local[N] or spark://host:port (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Day ages and the trend run to (default: today, UTC).")
    LocalDate asOf;

    @Override
    public Integer call() {
        Analytics.run(data.store(), master, asOf, System.err::println);
        // search hits and their status facet follow the statuses just computed
        System.err.println(SearchIndex.update(data.store(), new ConsoleProgress(System.err)).summary());
        return 0;
    }

    @Command(name = "scale-up", mixinStandardHelpOptions = true,
            description = "Benchmark input: copy every document of --from N times into --data (dates shifted by a week per copy).")
    static final class ScaleUpCommand implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--from", required = true, paramLabel = "DIR", description = "Data folder to copy.")
        Path from;

        @Option(names = "--factor", defaultValue = "100", description = "Copies (default: ${DEFAULT-VALUE}).")
        int factor;

        @Override
        public Integer call() {
            long n = ScaleUp.run(new DataStore(from), data.store(), factor, System.err::println);
            System.out.println(n + " documents in " + data.store().root());
            return 0;
        }
    }
}
