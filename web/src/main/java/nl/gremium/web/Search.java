package nl.gremium.web;

import nl.gremium.index.Indexer;
import nl.gremium.index.SearchQuery;
import nl.gremium.index.SearchResult;
import nl.gremium.index.SearchService;
import nl.gremium.store.DataStore;

/** The server's one {@link SearchService}, and the index update after an upload. */
final class Search implements AutoCloseable {
    private final DataStore store;
    private final SearchService service;

    Search(DataStore store) {
        this.store = store;
        this.service = SearchService.open(store);
    }

    /** Searches what the current request's user may see: confidential documents only with clearance. */
    SearchResult search(SearchQuery q) {
        return service.search(q, Principal.current().confidential());
    }

    /** Brings the index up to date after an upload was ingested. */
    void update() {
        Indexer.update(store, Indexer.Progress.NONE);
    }

    @Override
    public void close() {
        service.close();
    }
}
