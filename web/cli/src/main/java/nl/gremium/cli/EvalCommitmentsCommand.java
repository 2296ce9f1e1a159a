package nl.gremium.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.gremium.eval.CommitmentEvaluation;
import nl.gremium.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Commitment extraction on an ingested data folder, against gold pointers kept outside the repository. */
@Command(name = "eval-commitments", mixinStandardHelpOptions = true,
        description = "Measure commitment (toezegging) extraction on an ingested data folder against gold pointers"
                + " (file, page, anchor words; '-' for a page judged to hold none); without --gold, list what is found"
                + " as lines to label.")
final class EvalCommitmentsCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold pointers (TSV: file, page, anchor).")
    Path gold;

    @Override
    public Integer call() {
        DataStore store = data.existing();
        if (gold == null) {
            CommitmentEvaluation.list(store.documents(), System.out);
        } else {
            CommitmentEvaluation.measure(store.documents(), gold).print(System.out);
        }
        return 0;
    }
}
