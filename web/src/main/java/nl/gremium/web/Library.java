package nl.gremium.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;

/**
 * The stored documents, held in memory for the pages that list across documents (decisions,
 * recommendations, funding). Reloaded after an upload; a board's paper trail is thousands of
 * documents at most, which fits comfortably.
 */
final class Library {
    private final DataStore store;
    private volatile Map<String, LogicalDocument> docs = Map.of();

    Library(DataStore store) {
        this.store = store;
        reload();
    }

    synchronized void reload() {
        Map<String, LogicalDocument> m = new LinkedHashMap<>();
        for (LogicalDocument d : store.documents()) {
            m.put(d.id(), d);
        }
        docs = Map.copyOf(m);
    }

    Optional<LogicalDocument> get(String id) {
        return Optional.ofNullable(docs.get(id));
    }

    Collection<LogicalDocument> all() {
        return docs.values();
    }

    /** Documents by date (newest first), then id, for stable listings. */
    List<LogicalDocument> byDate() {
        return docs.values().stream()
                .sorted(Comparator.comparing((LogicalDocument d) -> d.metadata() == null ? null : d.metadata().date(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(LogicalDocument::id))
                .toList();
    }

    int size() {
        return docs.size();
    }

    DataStore store() {
        return store;
    }
}
