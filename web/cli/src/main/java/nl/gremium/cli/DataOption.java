package nl.gremium.cli;

import java.nio.file.Path;
import nl.gremium.store.DataStore;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    public DataStore store() {
        return new DataStore(data);
    }
}
