package nl.gremium.pipeline;

import java.nio.file.Files;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;

/**
 * The content signature of every stored document ({@code fingerprints.json} in the data folder), so that a
 * document arriving again (on its own, inside a bundle, in another folder, in another format) is recognised
 * as one already stored. A data folder written before this catalog existed is fingerprinted from its stored
 * documents on first use.
 */
final class ContentCatalog {
    /** Above this estimated overlap of word runs two texts are one document (different documents stay far below). */
    static final double SAME_DOCUMENT = 0.85;

    record Content(Map<String, ContentFingerprint> fingerprints) {}

    private final DataStore store;
    private final TreeMap<String, ContentFingerprint> byId;

    private ContentCatalog(DataStore store, Map<String, ContentFingerprint> byId) {
        this.store = store;
        this.byId = new TreeMap<>(byId);
    }

    static ContentCatalog load(DataStore store) {
        Map<String, ContentFingerprint> known = Files.isRegularFile(store.fingerprintsFile())
                ? store.readJson(store.fingerprintsFile(), Content.class).fingerprints() : null;
        ContentCatalog c = new ContentCatalog(store, known == null ? Map.of() : known);
        for (var p : store.docFiles()) {
            String id = p.getFileName().toString().replaceFirst("\\.json$", "");
            if (!c.byId.containsKey(id)) {
                store.read(id).ifPresent(c::put);
            }
        }
        return c;
    }

    /** The stored document with the same content, if any, leaving out the given ids (the file's own parts). */
    Optional<String> find(ContentFingerprint fp, Collection<String> except) {
        if (fp == null) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = SAME_DOCUMENT;
        for (Map.Entry<String, ContentFingerprint> e : byId.entrySet()) {
            if (except.contains(e.getKey())) {
                continue;
            }
            double s = fp.similarity(e.getValue());
            if (s >= bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    void put(LogicalDocument doc) {
        ContentFingerprint fp = ContentFingerprint.of(doc.blocks());
        if (fp != null) {
            byId.put(doc.id(), fp);
        } else {
            byId.remove(doc.id());
        }
    }

    void remove(String id) {
        byId.remove(id);
    }

    /** Atomic, like every write to the data folder. */
    void save() {
        store.writeJson(store.fingerprintsFile(), new Content(byId));
    }
}
