package nl.gremium.index;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Removes the plural or genitive {@code -s} the Snowball Dutch stemmer keeps after an {@code e}
 * ("kazernes" → "kazerne", "locaties" → "locatie") and the {@code 's} after a vowel ("agenda's").
 * Words whose own ending is {@code -es} ("proces", "adres") are left alone.
 */
final class DutchPluralFilter extends TokenFilter {
    private static final Set<String> OWN_ES = Set.of(
            "proces", "adres", "congres", "succes", "exces", "kompres", "cipres", "expres", "interes");
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    DutchPluralFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        int len = term.length();
        char[] b = term.buffer();
        if (len > 3 && b[len - 2] == '\'' && b[len - 1] == 's') {
            term.setLength(len - 2);
        } else if (len >= 6 && b[len - 1] == 's' && b[len - 2] == 'e' && !isFullVowel(b[len - 3])
                && !OWN_ES.contains(term.toString())) {
            term.setLength(len - 1);
        }
        return true;
    }

    /** "ies" (locaties) is a plural; "ees", "oes", "aes" are not schwa endings. */
    private static boolean isFullVowel(char c) {
        return c == 'a' || c == 'e' || c == 'o' || c == 'u';
    }
}
