package nl.gremium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.gremium.index.bench.SearchBenchmark;
import nl.gremium.store.Folders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = "Benchmark: index a synthetic archive of N agenda items and records, then time a query mix.")
final class BenchSearchCommand implements Callable<Integer> {
    @Option(names = "--records", defaultValue = "100000", description = "Agenda items + records to generate (default: ${DEFAULT-VALUE}).")
    long records;

    @Option(names = "--queries", defaultValue = "2000", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--dir", paramLabel = "DIR", description = "Empty folder for the synthetic data (default: a temporary folder, deleted afterwards).")
    Path dir;

    @Option(names = "--reuse", description = "Time the queries on the index already in --dir (left by an earlier run), without generating or indexing.")
    boolean reuse;

    @Option(names = "--ids", paramLabel = "FILE", description = "Also write each timed query's total and hit ids to FILE, to diff two builds' results.")
    Path ids;

    @Override
    public Integer call() throws Exception {
        if (reuse && dir == null) {
            System.err.println("bench-search: --reuse needs --dir");
            return 2;
        }
        boolean temp = dir == null;
        Path target = temp ? Files.createTempDirectory("gremium-bench-") : dir;
        try {
            System.out.print(SearchBenchmark.run(target, records, queries, reuse, ids, System.err).format());
        } finally {
            if (temp) {
                Folders.delete(target);
            }
        }
        return 0;
    }
}
