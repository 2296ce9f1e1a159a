package nl.gremium.index;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * "Bedoelde u …": the query with each word the index does not hold replaced by the most similar word it does
 * (at most two edits, same first letter; the closest, then the most frequent). The index holds stems, so the
 * replacement keeps the typed word's ending: 'jaarekening' (stem 'jaareken') becomes the indexed stem
 * 'jaarreken' plus 'ing', accepted only when that word analyses to the indexed stem again.
 */
final class SpellingSuggestion {
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private SpellingSuggestion() {}

    /** The corrected query, or null when every word is in the index or none has a close match. */
    static String suggest(IndexReader reader, Analyzer analyzer, String query) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.TEXT);
        if (terms == null) {
            return null;
        }
        Matcher m = WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group();
            String better = correct(reader, terms, analyzer, word);
            changed |= better != null;
            m.appendReplacement(out, Matcher.quoteReplacement(better == null ? word : better));
        }
        m.appendTail(out);
        return changed ? out.toString() : null;
    }

    private static String correct(IndexReader reader, Terms terms, Analyzer analyzer, String word) throws IOException {
        List<String> stems = DutchAnalysis.terms(analyzer, word);
        if (stems.size() != 1 || reader.docFreq(new Term(Fields.TEXT, stems.get(0))) > 0) {
            return null; // a stop word, or known
        }
        String stem = stems.get(0);
        FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, new Term(Fields.TEXT, stem), 2, 1, true);
        String best = null;
        float bestBoost = 0;
        int bestFreq = 0;
        for (BytesRef t = fuzzy.next(); t != null; t = fuzzy.next()) {
            float boost = fuzzy.getBoost();
            int freq = fuzzy.docFreq();
            if (boost > bestBoost || (boost == bestBoost && freq > bestFreq)) {
                best = t.utf8ToString();
                bestBoost = boost;
                bestFreq = freq;
            }
        }
        if (best == null) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String candidate = lower.startsWith(stem) ? best + lower.substring(stem.length()) : best;
        return DutchAnalysis.terms(analyzer, candidate).contains(best) ? candidate : null; // with its synonyms
    }
}
