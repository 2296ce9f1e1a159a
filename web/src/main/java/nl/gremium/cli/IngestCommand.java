package nl.gremium.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse files and folders into structured, tagged documents in the data folder.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        throw new IllegalStateException("ingest is being built (issue 2)");
    }
}
