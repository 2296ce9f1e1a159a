package nl.gremium.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch analysis for governance text. Chain: standard tokenizer, lower case, Dutch stop words,
 * ASCII folding ("continuïteit" = "continuiteit"), synonyms (query side only), compound splitting (index side only), irregular
 * forms mapped to their base form's stem ("besloten" = "besluit"), the plural {@code -s} the stemmer
 * keeps ("kazernes"), Snowball Dutch stemmer, final double consonants undoubled ("plann" → "plan").
 *
 * <p>Compounds are split only when indexing: the parts are added at the compound's position, so
 * "kazerne" finds "brandweerkazernes" while a query for "brandweerkazerne" stays precise (splitting
 * it too would match every document that mentions "brandweer").
 */
public final class DutchAnalysis {
    private static final CharArraySet COMPOUND_PARTS = new CharArraySet(lines("compound-words.txt"), false);
    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDES = overrides();
    private static final SynonymMap SYNONYMS = synonyms();

    private DutchAnalysis() {}

    /** The analyzer for indexed text: splits compounds. */
    public static Analyzer forIndex() {
        return new Chain(true, null);
    }

    /**
     * The analyzer for queries: same chain without compound splitting, with the synonyms of
     * {@code synonyms.txt} at the word's position (the query becomes a {@code SynonymQuery}, which scores
     * the group as one word, so "jaarstukken" ranks its units as "jaarrekening" does).
     */
    public static Analyzer forQuery() {
        return new Chain(false, SYNONYMS);
    }

    /** The index terms of {@code text} (for tests and diagnostics). */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String stem(String word) {
        DutchStemmer s = new DutchStemmer();
        s.setCurrent(word);
        s.stem();
        return DutchUndoubleFilter.undouble(s.getCurrent());
    }

    private static final class Chain extends Analyzer {
        private final boolean splitCompounds;
        private final SynonymMap synonyms;

        Chain(boolean splitCompounds, SynonymMap synonyms) {
            this.splitCompounds = splitCompounds;
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new StopFilter(ts, DutchAnalyzer.getDefaultStopSet());
            ts = new ASCIIFoldingFilter(ts);
            if (synonyms != null) {
                ts = new SynonymGraphFilter(ts, synonyms, false);
            }
            if (splitCompounds) {
                // parts of at least 4 letters in words of at least 7; every listed part, not only the longest
                ts = new DictionaryCompoundWordTokenFilter(ts, COMPOUND_PARTS, 7, 4, 20, false);
            }
            ts = new StemmerOverrideFilter(ts, OVERRIDES);
            ts = new DutchPluralFilter(ts);
            ts = new SnowballFilter(ts, new DutchStemmer());
            ts = new DutchUndoubleFilter(ts);
            return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(ts));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides() {
        StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
        for (String line : lines("stem-overrides.txt")) {
            String[] kv = line.split("\t");
            if (kv.length != 2) {
                throw new IllegalStateException("stem-overrides.txt: expected form<TAB>base, got '" + line + "'");
            }
            b.add(kv[0], stem(kv[1]));
        }
        try {
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SynonymMap synonyms() {
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                WhitespaceTokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        try {
            SolrSynonymParser p = new SolrSynonymParser(true, true, words);
            p.parse(new StringReader(String.join("\n", lines("synonyms.txt"))));
            return p.build();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("synonyms.txt: " + e.getMessage(), e);
        }
    }

    /** Non-blank, non-comment lines of a resource beside this class. */
    static List<String> lines(String resource) {
        try (InputStream in = DutchAnalysis.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
