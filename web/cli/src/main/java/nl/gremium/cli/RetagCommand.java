package nl.gremium.cli;

import java.util.concurrent.Callable;
import nl.gremium.index.ConsoleProgress;
import nl.gremium.pipeline.Retagger;
import nl.gremium.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "retag", mixinStandardHelpOptions = true,
        description = "Re-analyse stored documents (kind, metadata, agenda items, tags) from their stored blocks,"
                + " without parsing, where the analysis version changed; then update the index."
                + " Controllers' statuses stay attached.")
final class RetagCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--all", description = "Re-analyse every document, also those of the current version.")
    boolean all;

    @Override
    public Integer call() {
        DataStore store = data.store();
        if (store.docFiles().isEmpty()) {
            throw new IllegalStateException("no documents in " + store.docsDir() + "; run: gremium ingest PATH…");
        }
        Retagger.Report r = new Retagger(store).run(all, System.err);
        System.out.println(r.summary());
        if (r.retagged() > 0) {
            System.out.println(SearchIndex.update(store, new ConsoleProgress(System.err)).summary());
        }
        return 0;
    }
}
