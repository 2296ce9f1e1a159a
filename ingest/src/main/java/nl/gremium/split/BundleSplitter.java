package nl.gremium.split;

import java.util.List;
import nl.gremium.parse.ParsedFile;

/** Splits a merged bundle into logical documents; a single-document file stays one part. */
public final class BundleSplitter {
    // PLACEHOLDER (owner: structure): one part for the whole file.
    public List<Part> split(ParsedFile file) {
        return List.of(new Part(1, Math.max(1, file.source().pageCount()), file.blocks()));
    }
}
