package nl.gremium.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A text query's score times the unit's type boost (the float doc value {@link Fields#BOOST}), as
 * {@code FunctionScoreQuery.boostByValue} computes it, but with the largest boost known up front: the scorer
 * can then tell Lucene an upper bound of its scores, so the top hits of a common word are found by max-score
 * pruning (skipping units that cannot reach the page) instead of scoring every one of its matches.
 */
final class TypeBoostQuery extends Query {
    private final Query inner;
    private final float maxBoost;

    TypeBoostQuery(Query inner, float maxBoost) {
        this.inner = Objects.requireNonNull(inner);
        this.maxBoost = Math.max(1f, maxBoost);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query r = inner.rewrite(searcher);
        return r != inner ? new TypeBoostQuery(r, maxBoost) : super.rewrite(searcher);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight w = inner.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return w;
        }
        return new Weight(this) {
            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                Explanation e = w.explain(ctx, doc);
                if (!e.isMatch()) {
                    return e;
                }
                float b = typeBoost(DocValues.getNumeric(ctx.reader(), Fields.BOOST), doc);
                return Explanation.match(e.getValue().floatValue() * b, "text score times type boost:", e,
                        Explanation.match(b, "type boost"));
            }

            @Override
            public Scorer scorer(LeafReaderContext ctx) throws IOException {
                ScorerSupplier s = scorerSupplier(ctx);
                return s == null ? null : s.get(Long.MAX_VALUE);
            }

            /**
             * Wraps the inner supplier rather than its scorer, so that being the top-level scoring clause reaches the
             * inner query: only then does a disjunction (a word over the weighted fields) score with WAND and skip
             * the units that cannot reach the page; told nothing, it scores every match (4 December 2026: 60% of
             * a one-word search at a million units).
             */
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
                ScorerSupplier s = w.scorerSupplier(ctx);
                if (s == null) {
                    return null;
                }
                Weight weight = this;
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new Boosted(weight, s.get(leadCost), DocValues.getNumeric(ctx.reader(), Fields.BOOST));
                    }

                    @Override
                    public long cost() {
                        return s.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        s.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return w.isCacheable(ctx);
            }
        };
    }

    /** The boost stored with the unit (1 when a unit has none). */
    private static float typeBoost(NumericDocValues boosts, int doc) throws IOException {
        return boosts.advanceExact(doc) ? Float.intBitsToFloat((int) boosts.longValue()) : 1f;
    }

    private final class Boosted extends Scorer {
        private final Scorer in;
        private final NumericDocValues boosts;

        Boosted(Weight weight, Scorer in, NumericDocValues boosts) {
            super(weight);
            this.in = in;
            this.boosts = boosts;
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public float score() throws IOException {
            return in.score() * typeBoost(boosts, in.docID());
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) * maxBoost;
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(minScore / maxBoost);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "typeBoost(" + inner.toString(field) + ", max " + maxBoost + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && inner.equals(((TypeBoostQuery) o).inner) && maxBoost == ((TypeBoostQuery) o).maxBoost;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + 31 * inner.hashCode() + Float.hashCode(maxBoost);
    }
}
