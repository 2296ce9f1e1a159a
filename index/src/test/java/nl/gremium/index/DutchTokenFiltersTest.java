package nl.gremium.index;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/**
 * Lucene's own token-stream contract for the Dutch filters and the whole analysis chain: attributes
 * cleared and restored, reset/end/close honoured, offsets consistent, the same output when reused and
 * from several threads, on random text ({@code checkRandomData}). A JUnit 4 test under Lucene's
 * randomized runner, run by the JUnit vintage engine; a failure prints the seed to replay it
 * ({@code -Dtests.seed=…}).
 */
public class DutchTokenFiltersTest extends BaseTokenStreamTestCase {
    private static final CharArraySet PROTECTED = new CharArraySet(List.of("kazernes", "plannen"), false);

    /** {@code filter} over a whitespace tokenizer that keeps case, with the protected words marked as keywords. */
    private static Analyzer over(UnaryOperator<TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                return new TokenStreamComponents(source, filter.apply(new SetKeywordMarkerFilter(source, PROTECTED)));
            }
        };
    }

    /** {@code filter} over a tokenizer that makes the whole input one token (so also the empty one). */
    private static Analyzer whole(UnaryOperator<TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, filter.apply(source));
            }
        };
    }

    public void testPluralFilterDropsTheSchwaPluralAndTheApostropheS() throws Exception {
        try (Analyzer a = over(DutchPluralFilter::new)) {
            assertAnalyzesTo(a, "locaties agenda's proces adressen zees",
                    new String[] {"locatie", "agenda", "proces", "adressen", "zees"},
                    new int[] {0, 9, 18, 25, 34}, new int[] {8, 17, 24, 33, 38});
            assertAnalyzesTo(a, "kazernes bruggetjes", new String[] {"kazernes", "bruggetje"}); // a keyword stays as it is
        }
    }

    public void testUndoubleFilterUndoublesAFinalDoubleConsonant() throws Exception {
        try (Analyzer a = over(DutchUndoubleFilter::new)) {
            assertAnalyzesTo(a, "plann bell kk zee plannen", new String[] {"plan", "bel", "kk", "zee", "plannen"},
                    new int[] {0, 6, 11, 14, 18}, new int[] {5, 10, 13, 17, 25});
        }
    }

    public void testEmptyTermPassesThrough() throws Exception {
        for (UnaryOperator<TokenStream> f : List.<UnaryOperator<TokenStream>>of(DutchPluralFilter::new, DutchUndoubleFilter::new)) {
            try (Analyzer a = whole(f)) {
                checkOneTerm(a, "", "");
            }
        }
    }

    public void testFiltersOnRandomText() throws Exception {
        for (UnaryOperator<TokenStream> f : List.<UnaryOperator<TokenStream>>of(DutchPluralFilter::new, DutchUndoubleFilter::new)) {
            try (Analyzer a = over(f)) {
                checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
            }
        }
    }

    public void testIndexAndQueryChainsOnRandomText() throws Exception {
        try (Analyzer index = DutchAnalysis.forIndex(); Analyzer query = DutchAnalysis.forQuery()) {
            checkRandomData(random(), index, 200 * RANDOM_MULTIPLIER);
            checkRandomData(random(), query, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testIndexChainAddsCompoundPartsAtTheCompoundsPosition() throws Exception {
        try (Analyzer index = DutchAnalysis.forIndex(); Analyzer query = DutchAnalysis.forQuery()) {
            List<String> terms = DutchAnalysis.terms(index, "de brandweerkazernes");
            assertEquals(DutchAnalysis.terms(query, "brandweerkazernes").get(0), terms.get(0));
            assertTrue(terms.toString(), terms.contains(DutchAnalysis.terms(query, "brandweer").get(0)));
            assertTrue(terms.toString(), terms.contains(DutchAnalysis.terms(query, "kazerne").get(0)));
            // the compound after the removed stop word (position +2), every part stacked on it with its offsets
            int n = terms.size();
            int[] starts = new int[n], ends = new int[n], increments = new int[n];
            Arrays.fill(starts, 3);
            Arrays.fill(ends, 20);
            increments[0] = 2;
            assertAnalyzesTo(index, "de brandweerkazernes", terms.toArray(new String[0]), starts, ends, increments);
        }
    }
}
