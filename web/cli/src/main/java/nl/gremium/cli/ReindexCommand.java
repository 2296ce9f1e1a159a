package nl.gremium.cli;

import java.util.concurrent.Callable;
import nl.gremium.index.ConsoleProgress;
import nl.gremium.index.Indexer;
import nl.gremium.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the documents in the data folder (searches keep working meanwhile).")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        DataStore store = data.store();
        if (store.docFiles().isEmpty()) {
            throw new IllegalStateException("no documents in " + store.docsDir() + "; run: gremium ingest PATH…");
        }
        Indexer.Report r = SearchIndex.rebuild(store, new ConsoleProgress(System.err));
        System.out.println(r.summary());
        r.failures().forEach(f -> System.err.println("  failed: " + f));
        return r.failures().isEmpty() ? 0 : 1;
    }
}
