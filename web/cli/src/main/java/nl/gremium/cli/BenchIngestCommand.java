package nl.gremium.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.gremium.eval.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = {"Measure ingest throughput (pages/s) against Tika's bare parse of the same files.",
                "Ingests into a temporary data folder; the data folder is not touched."})
final class BenchIngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to measure with.")
    List<Path> paths;

    @Override
    public Integer call() {
        IngestBenchmark.run(paths).lines().forEach(System.out::println);
        return 0;
    }
}
