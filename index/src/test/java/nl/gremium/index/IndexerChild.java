package nl.gremium.index;

import java.nio.file.Path;
import nl.gremium.store.DataStore;

/** Runs an index update in its own process for {@link IndexerTest}, printing each document done. */
public final class IndexerChild {
    public static void main(String[] args) {
        Indexer.update(new DataStore(Path.of(args[0])), (done, total, units) -> {
            System.out.println("progress " + done + " " + total);
            System.out.flush();
        });
        System.out.println("finished");
    }
}
