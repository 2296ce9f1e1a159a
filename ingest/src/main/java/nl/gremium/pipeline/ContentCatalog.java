package nl.gremium.pipeline;

import java.nio.file.Files;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * From this exact overlap of word runs two texts are one document: republished motions hold 0.95–1.0 of each
     * other's runs, two motions of one party in one debate about 0.83.
     */
    static final double SAME_DOCUMENT = 0.9;
    /** From this estimated overlap a stored document is a candidate, checked exactly (the estimate errs both ways). */
    static final double CANDIDATE = 0.7;

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

    /**
     * The stored documents that may have the same content, most similar first, leaving out the given ids (the
     * file's own parts); the caller checks each with {@link ContentFingerprint#overlap}.
     */
    List<String> candidates(ContentFingerprint fp, Collection<String> except) {
        if (fp == null) {
            return List.of();
        }
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, ContentFingerprint> e : byId.entrySet()) {
            double s = fp.similarity(e.getValue());
            if (s >= CANDIDATE && !except.contains(e.getKey())) {
                scores.put(e.getKey(), s);
            }
        }
        return scores.keySet().stream()
                .sorted(Comparator.comparing((String id) -> -scores.get(id)).thenComparing(Comparator.naturalOrder()))
                .toList();
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
