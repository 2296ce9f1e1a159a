package nl.gremium.meta;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.Metadata;

/** Reads title, organisation, body, dates, language and confidentiality from the document's own text. */
public final class MetadataExtractor {
    // PLACEHOLDER (owner: structure)
    public Metadata extract(List<Block> blocks, DocKind kind) {
        String title = blocks.isEmpty() ? null : blocks.get(0).text();
        return new Metadata(title, null, null, null, null, null, false);
    }
}
