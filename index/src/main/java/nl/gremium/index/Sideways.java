package nl.gremium.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The matches of a query filtered on several facet dimensions, and for each of those dimensions the matches without
 * its own filter (what its facet values are counted on), from one pass over the query without the facet filters, as
 * Lucene's {@code DrillSideways} collects them: each unit is checked against every filter; passing all, it is a
 * match and counts sideways in every dimension; failing one, it counts sideways in that dimension only; failing
 * more, nowhere. Searching each dimension sideways on its own visits the text's postings once per dimension.
 */
final class Sideways {
    private Sideways() {}

    /**
     * Whether one pass over {@code base} (the query without the facet filters) visits fewer units than searching
     * each dimension sideways on its own, where Lucene leads each search by its cheapest clause: the base, or the
     * narrowest of the other dimensions' filters. Common words with broad filters (a kind and a body each held by
     * half the units) are cheaper in one pass; a common word with a narrow filter (one year of eleven) is not,
     * since one pass visits every unit holding the word.
     */
    static boolean cheaper(IndexSearcher searcher, Query base, Map<String, Query> filters) throws IOException {
        long baseCost = cost(searcher, base);
        long[] costs = new long[filters.size()];
        int i = 0;
        for (Query filter : filters.values()) {
            costs[i++] = cost(searcher, filter);
        }
        long separately = 0;
        for (int d = 0; d < costs.length; d++) {
            long lead = baseCost;
            for (int e = 0; e < costs.length; e++) {
                if (e != d) {
                    lead = Math.min(lead, costs[e]);
                }
            }
            separately += lead;
        }
        return baseCost <= separately;
    }

    /** The units a query's iterators may visit (Lucene's estimate, summed over the segments). */
    private static long cost(IndexSearcher searcher, Query query) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long sum = 0;
        for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
            ScorerSupplier s = w.scorerSupplier(context);
            if (s != null) {
                sum += s.cost();
            }
        }
        return sum;
    }

    /** The matches of every filter, and by dimension (in the order given) those of every filter but its own. */
    record Found(Matches all, Map<String, Matches> sideways) {}

    /**
     * Collects the matches of a query without the facet {@code filters} (by dimension), sorting them as above; both
     * kinds of matches are sampled as {@link Matches#manager(int, long)} samples them.
     */
    static CollectorManager<Collector, Found> manager(IndexSearcher searcher, Map<String, Query> filters,
                                                      int sampleSize, long seed) throws IOException {
        List<String> dims = List.copyOf(filters.keySet());
        Weight[] weights = new Weight[dims.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = searcher.createWeight(searcher.rewrite(filters.get(dims.get(i))),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Collector(weights);
            }

            @Override
            public Found reduce(Collection<Collector> collectors) {
                Matches all = Matches.of(collectors.stream().map(c -> c.all).toList(), sampleSize, seed);
                Map<String, Matches> sideways = new LinkedHashMap<>();
                for (int i = 0; i < dims.size(); i++) {
                    int dim = i;
                    sideways.put(dims.get(i),
                            Matches.of(collectors.stream().map(c -> c.sideways.get(dim)).toList(), sampleSize, seed));
                }
                return new Found(all, sideways);
            }
        };
    }

    /** Collects one slice of segments. */
    static final class Collector extends SimpleCollector {
        private final Weight[] filters;
        private final List<Matches.Leaf> all = new ArrayList<>();
        private final List<List<Matches.Leaf>> sideways = new ArrayList<>();
        private final DocIdSetIterator[] approximations;
        private final TwoPhaseIterator[] confirmations;
        private final Matches.Leaf[] sidewaysLeaf;
        private Matches.Leaf allLeaf;

        Collector(Weight[] filters) {
            this.filters = filters;
            this.approximations = new DocIdSetIterator[filters.length];
            this.confirmations = new TwoPhaseIterator[filters.length];
            this.sidewaysLeaf = new Matches.Leaf[filters.length];
            for (int i = 0; i < filters.length; i++) {
                sideways.add(new ArrayList<>());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            allLeaf = new Matches.Leaf(context);
            all.add(allLeaf);
            for (int i = 0; i < filters.length; i++) {
                sidewaysLeaf[i] = new Matches.Leaf(context);
                sideways.get(i).add(sidewaysLeaf[i]);
                Scorer s = filters[i].scorer(context);
                confirmations[i] = s == null ? null : s.twoPhaseIterator();
                approximations[i] = s == null ? DocIdSetIterator.empty()
                        : confirmations[i] == null ? s.iterator() : confirmations[i].approximation();
            }
        }

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
            int failed = -1;
            for (int i = 0; i < approximations.length; i++) {
                if (!passes(i, doc)) {
                    if (failed >= 0) {
                        return; // fails two filters: no dimension counts it
                    }
                    failed = i;
                }
            }
            if (failed >= 0) {
                sidewaysLeaf[failed].add(doc);
                return;
            }
            allLeaf.add(doc);
            for (Matches.Leaf l : sidewaysLeaf) {
                l.add(doc);
            }
        }

        /** Whether unit {@code doc} holds filter {@code i} (units come in increasing order). */
        private boolean passes(int i, int doc) throws IOException {
            DocIdSetIterator it = approximations[i];
            int at = it.docID();
            if (at < doc) {
                at = it.advance(doc);
            }
            return at == doc && (confirmations[i] == null || confirmations[i].matches());
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
