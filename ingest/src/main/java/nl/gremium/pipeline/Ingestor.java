package nl.gremium.pipeline;

import java.nio.file.Path;
import java.util.List;
import nl.gremium.store.DataStore;

/**
 * Files → parsed → split → classified, described, segmented, tagged → stored in the data folder.
 * Unchanged files (same path, same SHA-256) are skipped; a changed file replaces its old documents.
 */
public final class Ingestor {
    private final DataStore store;

    public Ingestor(DataStore store) {
        this.store = store;
    }

    // PLACEHOLDER (owner: parse)
    public IngestReport ingest(List<Path> paths) {
        throw new UnsupportedOperationException("not built yet");
    }
}
