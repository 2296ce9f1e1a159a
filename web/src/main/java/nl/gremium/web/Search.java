package nl.gremium.web;

import nl.gremium.index.Indexer;
import nl.gremium.index.SearchQuery;
import nl.gremium.index.SearchResult;
import nl.gremium.index.SearchService;
import nl.gremium.pipeline.IngestReport;
import nl.gremium.store.DataStore;

/** The server's one {@link SearchService}, and the index update after an upload. */
final class Search implements AutoCloseable {
    private final DataStore store;
    private final SearchService service;

    Search(DataStore store) {
        this.store = store;
        this.service = SearchService.open(store);
    }

    SearchResult search(SearchQuery q) {
        return service.search(q);
    }

    void update(IngestReport report) {
        Indexer.update(store, report);
    }

    @Override
    public void close() {
        service.close();
    }
}
