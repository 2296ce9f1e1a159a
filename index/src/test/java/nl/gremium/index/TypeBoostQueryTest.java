package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The type-boosted query of a word over several fields, inside the confidentiality filter as {@link SearchService}
 * builds it, finds the same top hits whether or not the search may skip units, and does skip: a word in many
 * units does not make every one of them scored.
 */
class TypeBoostQueryTest {
    @Test
    void topHitsOfABroadWordAreFoundWithoutScoringEveryMatch() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int i = 0; i < 20_000; i++) {
                    Document d = new Document();
                    // a few short units with the word in their title score high; thousands mention it in long text
                    boolean strong = i % 500 == 7;
                    d.add(new TextField(Fields.TITLE, strong ? "begroting" : "verslag " + i, Field.Store.NO));
                    d.add(new TextField(Fields.TEXT, strong ? "begroting"
                            : "de begroting " + "en verder een lange tekst ".repeat(1 + i % 13), Field.Store.NO));
                    d.add(new FloatDocValuesField(Fields.BOOST, i % 3 == 0 ? 1.5f : 1f));
                    d.add(new StringField(Fields.CONFIDENTIAL, i % 11 == 0 ? "true" : "false", Field.Store.NO));
                    w.addDocument(d);
                }
                w.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query words = new BooleanQuery.Builder()
                        .add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, "begroting")), 3f), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(Fields.TEXT, "begroting")), BooleanClause.Occur.SHOULD)
                        .build();
                Query q = new BooleanQuery.Builder()
                        .add(new TypeBoostQuery(words, 1.5f), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(Fields.CONFIDENTIAL, "true")), BooleanClause.Occur.MUST_NOT)
                        .build();
                TopDocs exhaustive = searcher.search(q, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
                TopDocs pruned = searcher.search(q, new TopScoreDocCollectorManager(10, null, 10));
                assertArrayEquals(ids(exhaustive), ids(pruned));
                assertEquals(TotalHits.Relation.EQUAL_TO, exhaustive.totalHits.relation);
                // the collector counts every unit the scorer hands it: fewer than all matches means units were skipped
                assertTrue(pruned.totalHits.value < exhaustive.totalHits.value / 2,
                        "skipped too few units: scored " + pruned.totalHits.value + " of " + exhaustive.totalHits.value);
            }
        }
    }

    private static int[] ids(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt((ScoreDoc sd) -> sd.doc).toArray();
    }
}
