package nl.gremium.web;

import io.javalin.http.Context;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gremium.analytics.AnalyticsFiles;
import nl.gremium.index.Indexer;
import nl.gremium.index.SearchQuery;
import nl.gremium.index.SearchResult;
import nl.gremium.index.SearchService;
import nl.gremium.store.DataStore;

/** The server's one {@link SearchService}, and the index update after an upload. */
final class Search implements AutoCloseable {
    private final DataStore store;
    private final SearchService service;
    private final AtomicInteger abandoned = new AtomicInteger();

    Search(DataStore store) {
        this.store = store;
        this.service = SearchService.open(store);
    }

    /** Searches what the current request's user may see: confidential documents only with clearance. */
    SearchResult search(SearchQuery q) {
        return service.search(q, Principal.current().confidential());
    }

    /**
     * As {@link #search(SearchQuery)} for a request whose client may go away meanwhile: its snippets stop being
     * made then ({@link ClientConnection}), and the search is counted in {@link #abandoned()}.
     */
    SearchResult search(SearchQuery q, Context ctx) {
        try {
            return service.search(q, Principal.current().confidential(), ClientConnection.gone(ctx));
        } catch (SearchService.Cancelled e) {
            abandoned.incrementAndGet();
            throw e;
        }
    }

    /** Searches given up on since the server started because their client had gone. */
    int abandoned() {
        return abandoned.get();
    }

    /** Brings the index up to date after an upload, a status change or a recompute of the statuses. */
    void update() {
        Indexer.update(store, Indexer.Progress.NONE, AnalyticsFiles.evidenceStatuses(store));
    }

    @Override
    public void close() {
        service.close();
    }
}
