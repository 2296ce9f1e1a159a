package nl.gremium.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;

/**
 * The stored documents, held in memory for the pages that list across documents (decisions,
 * recommendations, funding); a board's paper trail is thousands of documents at most, which fits
 * comfortably. Reloaded when the docs folder changes (an upload, or an ingest run from the command
 * line while the server runs): every write is a rename into that folder, which moves its mtime.
 */
final class Library {
    private final DataStore store;
    private volatile Map<String, LogicalDocument> docs = Map.of();
    private volatile FileTime loadedAt;

    Library(DataStore store) {
        this.store = store;
        reload();
    }

    synchronized void reload() {
        FileTime stamp = stamp();
        Map<String, LogicalDocument> m = new LinkedHashMap<>();
        for (LogicalDocument d : store.documents()) {
            m.put(d.id(), d);
        }
        docs = Map.copyOf(m);
        loadedAt = stamp;
    }

    private Map<String, LogicalDocument> docs() {
        if (!Objects.equals(stamp(), loadedAt)) {
            reload();
        }
        return docs;
    }

    private FileTime stamp() {
        try {
            return Files.isDirectory(store.docsDir()) ? Files.getLastModifiedTime(store.docsDir()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The document, if the current request's user may see it (a confidential one needs clearance). */
    Optional<LogicalDocument> get(String id) {
        return Optional.ofNullable(docs().get(id)).filter(Library::visible);
    }

    /** Every document the current request's user may see. */
    Collection<LogicalDocument> all() {
        Collection<LogicalDocument> all = docs().values();
        return Principal.current().confidential() ? all : all.stream().filter(Library::visible).toList();
    }

    /** Whether the current request's user is kept from any document (then totals read from disk count too much). */
    boolean hidesAny() {
        return !Principal.current().confidential() && docs().values().stream().anyMatch(d -> !visible(d));
    }

    static boolean visible(LogicalDocument d) {
        return Principal.current().confidential() || d.metadata() == null || !d.metadata().confidential();
    }

    DataStore store() {
        return store;
    }
}
