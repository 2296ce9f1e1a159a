package nl.gremium.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Undoubles a final double consonant the Snowball Dutch stemmer leaves after removing {@code -en}
 * (it only undoubles kk, dd, tt): "plannen" → "plann" → "plan", so it meets "plan". Dutch words
 * rarely end in a double consonant of their own, so the conflation is safe.
 */
final class DutchUndoubleFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    DutchUndoubleFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword() && endsDoubled(term.buffer(), term.length())) {
            term.setLength(term.length() - 1);
        }
        return true;
    }

    static String undouble(String stem) {
        return endsDoubled(stem.toCharArray(), stem.length()) ? stem.substring(0, stem.length() - 1) : stem;
    }

    private static boolean endsDoubled(char[] b, int len) {
        if (len < 4 || b[len - 1] != b[len - 2]) {
            return false;
        }
        char c = b[len - 1];
        return c >= 'b' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
