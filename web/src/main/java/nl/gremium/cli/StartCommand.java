package nl.gremium.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The README's main job: ingest the given folders, then every later stage, then serve. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Ingest PATHs (default: samples/), then index, run analytics and serve the web UI.")
final class StartCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (default: samples).")
    List<Path> paths = List.of(Path.of("samples"));

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String dataDir = data.data.toString();
        List<String> ingest = new java.util.ArrayList<>(List.of("ingest", "--data", dataDir));
        paths.forEach(p -> ingest.add(p.toString()));
        return Main.run(ingest.toArray(String[]::new));
    }
}
