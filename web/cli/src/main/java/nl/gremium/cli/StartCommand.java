package nl.gremium.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.gremium.store.DataStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The README's main job: ingest the given folders (which updates the index), run analytics, then serve. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Ingest PATHs (default: samples/), then index, run analytics and serve the web UI.")
final class StartCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (default: samples).")
    List<Path> paths = List.of(Path.of("samples"));

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    HostOption host;

    @Option(names = "--no-serve", description = "Stop after analytics instead of serving.")
    boolean noServe;

    @Override
    public Integer call() throws InterruptedException {
        String dir = data.data.toString();
        DataStore store = data.store();
        List<String> ingest = new ArrayList<>(List.of("ingest", "--no-analytics", "--data", dir));
        paths.forEach(p -> ingest.add(p.toString()));
        int ingested = Main.run(ingest.toArray(String[]::new));
        // a bad file does not stop the run (ingest reports it); nothing ingested at all does
        if (store.docFiles().isEmpty()) {
            throw new IllegalStateException("nothing ingested into " + store.docsDir() + " (ingest exit code " + ingested + ")");
        }
        if (hasCommand("analytics")) { // once here, so a run that changed nothing still gets its first analytics
            int analysed = Main.run("analytics", "--data", dir);
            if (analysed != 0) {
                System.err.println("gremium start: analytics failed (exit " + analysed + "); serving without its results");
            }
        }
        if (noServe) {
            return 0;
        }
        ServeCommand.serve(data, host, port, null);
        return 0;
    }

    private static boolean hasCommand(String name) {
        return new CommandLine(new Main()).getSubcommands().containsKey(name);
    }
}
