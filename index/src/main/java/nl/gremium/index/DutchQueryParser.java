package nl.gremium.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * The free-text parser with compound heads: a word of at least {@value #MIN_PREFIX} letters also finds the
 * compounds it starts ("klimaat" → "klimaatadaptatie"), weighted below the word itself. The index splits only
 * listed compound parts; the prefix covers the heads of every other compound, because a Dutch stemmer changes
 * a word's end, never its start.
 */
final class DutchQueryParser extends SimpleQueryParser {
    static final int MIN_PREFIX = 5;
    private static final float PREFIX_WEIGHT = 0.3f;

    DutchQueryParser(Analyzer analyzer, Map<String, Float> weights) {
        super(analyzer, weights);
    }

    @Override
    protected Query newDefaultQuery(String text) {
        Query word = super.newDefaultQuery(text);
        String folded = getAnalyzer().normalize(Fields.TEXT, text.strip()).utf8ToString();
        if (word == null || folded.length() < MIN_PREFIX || !folded.chars().allMatch(Character::isLetter)) {
            return word;
        }
        return new BooleanQuery.Builder()
                .add(word, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(Fields.TEXT, folded))), PREFIX_WEIGHT),
                        BooleanClause.Occur.SHOULD)
                .build();
    }
}
