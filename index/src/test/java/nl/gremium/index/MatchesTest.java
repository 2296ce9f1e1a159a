package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Matches are counted exactly, and a sample is drawn evenly from them, over several segments. */
class MatchesTest {
    @Test
    void countsEveryMatchAndSamplesEvenly() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            write(dir, 7_000, (i, d) -> {
                // three in four units match; in runs, so that some segments hold arrays, others bit sets
                d.add(new StringField("m", i % 4 != 0 || (i / 1000) % 7 == 3 ? "y" : "n", Field.Store.NO));
                d.add(new StringField("id", Integer.toString(i), Field.Store.YES));
            });
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TermQuery q = new TermQuery(new Term("m", "y"));
                int expected = searcher.count(q);
                assertTrue(reader.leaves().size() > 1, "several segments");

                Matches all = searcher.search(q, Matches.manager(Integer.MAX_VALUE, 1));
                assertEquals(expected, all.total());
                assertFalse(all.sampled());
                assertEquals(expected, docs(all.facets()).size(), "every match, once");

                Matches some = searcher.search(q, Matches.manager(1_000, 1));
                assertEquals(expected, some.total(), "the total stays exact");
                assertTrue(some.sampled());
                List<Integer> sample = docs(some.facets());
                assertEquals(sample.size(), Math.round(some.rate() * expected));
                assertTrue(sample.size() > 990 && sample.size() <= 1_000, "about the sample size: " + sample.size());
                var stored = searcher.storedFields();
                int firstHalf = 0;
                for (int doc : sample) {
                    int id = Integer.parseInt(stored.document(doc).get("id"));
                    assertTrue(id % 4 != 0 || (id / 1000) % 7 == 3, "a sampled unit matches: " + id);
                    firstHalf += doc < reader.maxDoc() / 2 ? 1 : 0;
                }
                assertTrue(Math.abs(firstHalf - sample.size() / 2) < 60, "drawn evenly: " + firstHalf);
                assertEquals(sample, docs(searcher.search(q, Matches.manager(1_000, 1)).facets()), "same seed, same sample");
            }
        }
    }

    @Test
    void commonMatchesAreThoseOfBothFilters() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            write(dir, 2_500, (i, d) -> {
                // "a" dense in some runs and sparse in others, "b" the same on other runs: every pairing of
                // a segment's array and bit set meets
                d.add(new StringField("a", (i / 2_500) % 2 == 0 ? i % 3 == 0 ? "y" : "n" : i % 300 == 0 ? "y" : "n",
                        Field.Store.NO));
                d.add(new StringField("b", (i / 5_000) % 2 == 0 ? i % 2 == 0 ? "y" : "n" : i % 500 == 0 ? "y" : "n",
                        Field.Store.NO));
            });
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TermQuery a = new TermQuery(new Term("a", "y"));
                TermQuery b = new TermQuery(new Term("b", "y"));
                var both = new BooleanQuery.Builder()
                        .add(a, BooleanClause.Occur.FILTER)
                        .add(b, BooleanClause.Occur.FILTER).build();
                Matches direct = searcher.search(both, Matches.manager(Integer.MAX_VALUE, 1));
                Matches common = Matches.common(searcher.search(a, Matches.manager(Integer.MAX_VALUE, 1)),
                        searcher.search(b, Matches.manager(Integer.MAX_VALUE, 1)));
                assertTrue(direct.total() > 100, "enough in common: " + direct.total());
                assertEquals(direct.total(), common.total());
                assertEquals(docs(direct.facets()), docs(common.facets()));
                Matches sampledDirect = searcher.search(both, Matches.manager(50, 1));
                Matches sampledCommon = Matches.common(searcher.search(a, Matches.manager(50, 1)),
                        searcher.search(b, Matches.manager(50, 1)));
                assertEquals(docs(sampledDirect.facets()), docs(sampledCommon.facets()), "the same sample");
            }
        }
    }

    /** The global doc ids of the facet matches, checking they increase. */
    private static List<Integer> docs(FacetsCollector fc) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            DocIdSetIterator it = md.bits.iterator();
            int n = 0;
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                assertTrue(out.isEmpty() || md.context.docBase + doc > out.get(out.size() - 1));
                out.add(md.context.docBase + doc);
                n++;
            }
            assertEquals(md.totalHits, n);
        }
        return out;
    }

    /** Writes 30,000 units filled by {@code unit}, committing a segment every {@code perSegment} units. */
    private static void write(Directory dir, int perSegment, BiConsumer<Integer, Document> unit) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 30_000; i++) {
                Document d = new Document();
                unit.accept(i, d);
                w.addDocument(d);
                if (i % perSegment == perSegment - 1) {
                    w.commit();
                }
            }
        }
    }
}
