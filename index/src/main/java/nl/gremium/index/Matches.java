package nl.gremium.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * Every match of a query, counted exactly, and the units its facets are counted on: all of them, or above
 * {@code sampleSize} matches a random sample of that many, one drawn from each equal run of matches (as Lucene's
 * {@code RandomSamplingFacetsCollector} draws it). Cheaper than that collector at millions of matches: a segment's
 * matches go straight into an int array or, once that would be as large, a bit set (no builder buffers, no
 * cardinality count), and the sample is drawn by rank, counting set bits a word at a time, instead of visiting
 * every match again (4 December 2026: those two were half of a broad one-word search at ten million units).
 */
final class Matches {
    private final List<Leaf> leaves;
    private final long total;
    private final int sampleSize;
    private final long seed;
    private long[] ranks; // of the sample, drawn on first use

    private Matches(List<Leaf> leaves, int sampleSize, long seed) {
        this.leaves = leaves;
        this.total = leaves.stream().mapToLong(l -> l.count).sum();
        this.sampleSize = sampleSize;
        this.seed = seed;
    }

    /** Collects every match; with the same seed, the same query on the same commit draws the same sample. */
    static CollectorManager<Collector, Matches> manager(int sampleSize, long seed) {
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Collector();
            }

            @Override
            public Matches reduce(Collection<Collector> collectors) {
                return of(collectors.stream().map(c -> c.leaves).toList(), sampleSize, seed);
            }
        };
    }

    /** The matches collected segment by segment (by one or more collectors, each over its own segments). */
    static Matches of(Collection<List<Leaf>> slices, int sampleSize, long seed) {
        List<Leaf> all = new ArrayList<>();
        slices.forEach(all::addAll);
        all.sort(Comparator.comparingInt(l -> l.context.docBase));
        return new Matches(all, sampleSize, seed);
    }

    /**
     * The matches of both: what two searches of the same commit, each with one filter of the other left out,
     * have in common is what the search with both filters finds, without a third pass over the index.
     */
    static Matches common(Matches a, Matches b) {
        List<Leaf> out = new ArrayList<>();
        for (Leaf x : a.leaves) {
            for (Leaf y : b.leaves) {
                if (x.context.ord == y.context.ord) {
                    out.add(x.and(y));
                }
            }
        }
        return new Matches(out, a.sampleSize, a.seed);
    }

    long total() {
        return total;
    }

    /**
     * A filter matching exactly these units, on the commit they were collected from: stepping through it costs a
     * look in an array or a bit set, where the filters it stands for each step through their postings again.
     */
    Query asFilter() {
        return new Filter(this);
    }

    /** Whether the facets are counted on a sample, so that their counts must be scaled up by {@link #rate()}. */
    boolean sampled() {
        return total > sampleSize;
    }

    /** The units the facets are counted on: all matches, or the sample. */
    FacetsCollector facets() {
        List<FacetsCollector.MatchingDocs> docs = new ArrayList<>();
        if (!sampled()) {
            for (Leaf l : leaves) {
                docs.add(new FacetsCollector.MatchingDocs(l.context, l.docIdSet(), l.count, null));
            }
        } else {
            long[] sample = sampleRanks();
            int r = 0;
            long base = 0;
            for (Leaf l : leaves) {
                int from = r;
                while (r < sample.length && sample[r] < base + l.count) {
                    r++;
                }
                int[] local = new int[r - from];
                for (int i = from; i < r; i++) {
                    local[i - from] = (int) (sample[i] - base);
                }
                int[] picked = l.select(local);
                docs.add(new FacetsCollector.MatchingDocs(l.context, new SortedDocs(picked, picked.length),
                        picked.length, null));
                base += l.count;
            }
        }
        return new FacetsCollector() {
            @Override
            public List<FacetsCollector.MatchingDocs> getMatchingDocs() {
                return docs;
            }
        };
    }

    /** The share of the matches the facets were counted on (1 when all). */
    double rate() {
        return sampled() ? (double) sampleRanks().length / total : 1;
    }

    /**
     * Ranks (0 … total − 1, increasing) of the sampled matches: the matches cut into {@code sampleSize} equal runs,
     * one drawn at random from each. A rank two neighbouring runs both drew is taken once.
     */
    private long[] sampleRanks() {
        if (ranks == null) {
            ranks = drawRanks();
        }
        return ranks;
    }

    private long[] drawRanks() {
        SplittableRandom rnd = new SplittableRandom(seed);
        double run = (double) total / sampleSize;
        long[] drawn = new long[sampleSize];
        int n = 0;
        for (int i = 0; i < sampleSize; i++) {
            long rank = Math.min(total - 1, (long) ((i + rnd.nextDouble()) * run));
            if (n == 0 || rank > drawn[n - 1]) {
                drawn[n++] = rank;
            }
        }
        return n == drawn.length ? drawn : ArrayUtil.copyOfSubArray(drawn, 0, n);
    }

    private static final class Filter extends Query {
        private final Matches matches;

        Filter(Matches matches) {
            this.matches = matches;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public Scorer scorer(LeafReaderContext context) throws IOException {
                    for (Leaf l : matches.leaves) {
                        if (l.context.ord == context.ord && l.count > 0) {
                            return new ConstantScoreScorer(this, score(), scoreMode, l.docIdSet().iterator());
                        }
                    }
                    return null;
                }

                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false; // one search's matches
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "matches(" + matches.total + ")";
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Collects one slice of segments. */
    static final class Collector extends SimpleCollector {
        private final List<Leaf> leaves = new ArrayList<>();
        private Leaf leaf;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            leaf = new Leaf(context);
            leaves.add(leaf);
        }

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
            leaf.add(doc);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** One segment's matches, in increasing order: an array while there are few, else a bit set. */
    static final class Leaf {
        final LeafReaderContext context;
        int count;
        int[] docs = new int[16];
        FixedBitSet bits;

        Leaf(LeafReaderContext context) {
            this.context = context;
        }

        void add(int doc) {
            if (bits != null) {
                bits.set(doc);
            } else {
                if (count == docs.length) {
                    int maxDoc = context.reader().maxDoc();
                    // a quarter of the segment's bit set in bytes (Lucene's DocIdSetBuilder switches there too):
                    // a broad query stops growing and copying its array early
                    if (count >= maxDoc >>> 7) {
                        bits = new FixedBitSet(maxDoc);
                        for (int i = 0; i < count; i++) {
                            bits.set(docs[i]);
                        }
                        docs = null;
                        bits.set(doc);
                        count++;
                        return;
                    }
                    docs = ArrayUtil.grow(docs, count + 1);
                }
                docs[count] = doc;
            }
            count++;
        }

        /** The docs of this segment in both. */
        Leaf and(Leaf other) {
            Leaf out = new Leaf(context);
            if (bits != null && other.bits != null) {
                out.bits = bits.clone();
                out.bits.and(other.bits);
                out.docs = null;
                out.count = out.bits.cardinality();
            } else if (bits != null || other.bits != null) {
                Leaf list = bits == null ? this : other;
                FixedBitSet set = bits == null ? other.bits : bits;
                out.docs = new int[list.count];
                for (int i = 0; i < list.count; i++) {
                    if (set.get(list.docs[i])) {
                        out.docs[out.count++] = list.docs[i];
                    }
                }
            } else {
                out.docs = new int[Math.min(count, other.count)];
                for (int i = 0, j = 0; i < count && j < other.count; ) {
                    if (docs[i] < other.docs[j]) {
                        i++;
                    } else if (docs[i] > other.docs[j]) {
                        j++;
                    } else {
                        out.docs[out.count++] = docs[i];
                        i++;
                        j++;
                    }
                }
            }
            return out;
        }

        DocIdSet docIdSet() {
            return bits != null ? new DocIdSet() {
                @Override
                public DocIdSetIterator iterator() {
                    return new BitSetIterator(bits, count);
                }

                @Override
                public long ramBytesUsed() {
                    return bits.ramBytesUsed();
                }
            } : new SortedDocs(docs, count);
        }

        /** The doc ids of the given ranks (increasing) among this segment's matches. */
        int[] select(int[] ranks) {
            if (bits == null) {
                int[] out = new int[ranks.length];
                for (int i = 0; i < ranks.length; i++) {
                    out[i] = docs[ranks[i]];
                }
                return out;
            }
            int[] out = new int[ranks.length];
            long[] words = bits.getBits();
            int word = 0;
            int before = 0; // set bits in the words before {@code word}
            for (int i = 0; i < ranks.length; i++) {
                while (before + Long.bitCount(words[word]) <= ranks[i]) {
                    before += Long.bitCount(words[word++]);
                }
                long w = words[word];
                for (int skip = ranks[i] - before; skip > 0; skip--) {
                    w &= w - 1; // drop the lowest set bit
                }
                out[i] = word * 64 + Long.numberOfTrailingZeros(w);
            }
            return out;
        }
    }

    /** Increasing doc ids of one segment. */
    private static final class SortedDocs extends DocIdSet {
        private final int[] docs;
        private final int length;

        SortedDocs(int[] docs, int length) {
            this.docs = docs;
            this.length = length;
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                private int i = -1;
                private int doc = -1;

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return doc = ++i < length ? docs[i] : NO_MORE_DOCS;
                }

                @Override
                public int advance(int target) {
                    while (nextDoc() < target) {
                        // linear: the facet counts step through every doc anyway
                    }
                    return doc;
                }

                @Override
                public long cost() {
                    return length;
                }
            };
        }

        @Override
        public long ramBytesUsed() {
            return RamUsageEstimator.sizeOf(docs);
        }
    }
}
