package nl.gremium.cli;

import nl.gremium.analytics.AnalyticsFiles;
import nl.gremium.index.Indexer;
import nl.gremium.store.DataStore;

/** The commands' way to the index: with the statuses the last analytics run computed, as the tracker shows them. */
final class SearchIndex {
    private SearchIndex() {}

    static Indexer.Report update(DataStore store, Indexer.Progress progress) {
        return Indexer.update(store, progress, AnalyticsFiles.evidenceStatuses(store));
    }

    static Indexer.Report rebuild(DataStore store, Indexer.Progress progress) {
        return Indexer.rebuild(store, progress, AnalyticsFiles.evidenceStatuses(store));
    }
}
