package nl.gremium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gremium.store.DataStore;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    /** What marks a folder as a Gremium data folder: any of these (a fresh server has only accounts). */
    private static final List<String> GREMIUM_PARTS = List.of("docs", "index", "access", "sources.json");

    /** The data folder; library logging goes to its {@code logs/} from here on ({@link LibraryLog}). */
    public DataStore store() {
        LibraryLog.into(data);
        return new DataStore(data);
    }

    /**
     * The data folder of a command that only reads an archive ({@code serve}, {@code search}, {@code export}): a
     * mistyped {@code --data} fails naming the folder instead of serving an empty archive. {@code start} and
     * {@code ingest} use {@link #store()}, which may create it.
     */
    public DataStore existing() {
        DataStore store = new DataStore(data);
        if (!Files.isDirectory(store.root())) {
            throw new IllegalArgumentException("data folder " + store.root() + " does not exist (check --data, "
                    + "or create it with: gremium ingest --data " + data + " FILES)");
        }
        if (GREMIUM_PARTS.stream().map(store.root()::resolve).noneMatch(Files::exists)) {
            throw new IllegalArgumentException("data folder " + store.root() + " holds no Gremium data (no docs/, "
                    + "index/ or access/; check --data, or fill it with: gremium ingest --data " + data + " FILES)");
        }
        return store();
    }
}
