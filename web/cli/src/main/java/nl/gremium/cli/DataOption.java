package nl.gremium.cli;

import java.nio.file.Path;
import nl.gremium.store.DataStore;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    /** The data folder; library logging goes to its {@code logs/} from here on ({@link LibraryLog}). */
    public DataStore store() {
        LibraryLog.into(data);
        return new DataStore(data);
    }
}
