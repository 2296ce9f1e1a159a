package nl.gremium.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.gremium.eval.IngestBenchmark;
import nl.gremium.pipeline.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = {"Measure ingest throughput (pages/s) against Tika's bare parse of the same files.",
                "Ingests into a temporary data folder; the data folder is not touched."})
final class BenchIngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to measure with.")
    List<Path> paths;

    @Option(names = "--workers", paramLabel = "N", description = "Ingest workers (default: one per core, here ${DEFAULT-VALUE}).")
    int workers = Ingestor.Options.defaultWorkers();

    @Override
    public Integer call() {
        Path logs = Path.of(System.getProperty("java.io.tmpdir"), "gremium-bench-ingest");
        LibraryLog.into(logs);
        System.err.println("library log: " + logs.resolve("logs"));
        IngestBenchmark.run(paths, workers, System.err::println).lines().forEach(System.out::println);
        return 0;
    }
}
