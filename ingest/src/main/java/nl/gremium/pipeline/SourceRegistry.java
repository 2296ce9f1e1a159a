package nl.gremium.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.gremium.parse.ocr.Tesseract;
import nl.gremium.store.DataStore;

/**
 * What has been ingested from where ({@code sources.json} in the data folder): source path → content hash and
 * the ids of the documents made from it. It decides what a run skips (same path, same hash), replaces (same
 * path, new hash) and shares (same content under another path: the documents are made once; the second path
 * records {@code sameAs} the first). A document is deleted only when no path refers to it any more.
 */
final class SourceRegistry {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** @param needOcr pages with print that were not read because Tesseract was missing (null: none) */
    record Entry(String sha256, long size, List<String> ids, String sameAs, Instant ingestedAt, Integer needOcr) {
        Entry {
            ids = List.copyOf(ids);
            needOcr = needOcr == null || needOcr == 0 ? null : needOcr;
        }

        /** Ingested without some of its pages, which OCR can read now: the next run reads the file again. */
        boolean awaitsOcr() {
            return needOcr != null && Tesseract.availability().usable();
        }
    }

    record Content(Map<String, Entry> sources) {}

    private final DataStore store;
    private final TreeMap<String, Entry> sources;

    private SourceRegistry(DataStore store, Map<String, Entry> sources) {
        this.store = store;
        this.sources = new TreeMap<>(sources);
    }

    static SourceRegistry load(DataStore store) {
        if (!Files.isRegularFile(store.sourcesFile())) {
            return new SourceRegistry(store, Map.of());
        }
        Content c = store.readJson(store.sourcesFile(), Content.class);
        return new SourceRegistry(store, c.sources() == null ? Map.of() : c.sources());
    }

    Optional<Entry> get(String path) {
        return Optional.ofNullable(sources.get(path));
    }

    /** Another path whose content (hash) was ingested already, with documents. */
    Optional<Map.Entry<String, Entry>> sameContent(String sha256, String exceptPath) {
        return sources.entrySet().stream()
                .filter(e -> !e.getKey().equals(exceptPath) && e.getValue().sha256().equals(sha256) && !e.getValue().awaitsOcr())
                .findFirst();
    }

    void put(String path, Entry entry) {
        sources.put(path, entry);
    }

    boolean referenced(String id) {
        return sources.values().stream().anyMatch(e -> e.ids().contains(id));
    }

    /** Atomic (temp file + rename), so a crash leaves the previous registry intact. */
    void save() {
        store.writeJson(store.sourcesFile(), new Content(sources));
    }
}
