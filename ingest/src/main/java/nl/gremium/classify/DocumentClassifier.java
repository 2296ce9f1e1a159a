package nl.gremium.classify;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;

/** Decides what kind of document a run of blocks is. */
public final class DocumentClassifier {
    // PLACEHOLDER (owner: structure)
    public DocKind classify(List<Block> blocks) {
        return DocKind.other;
    }
}
