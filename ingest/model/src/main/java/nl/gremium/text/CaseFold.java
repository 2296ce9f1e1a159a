package nl.gremium.text;

import java.util.regex.Pattern;

/**
 * Compiles a case-insensitive regex with the cheapest case folding that gives the same matches. With
 * {@code UNICODE_CASE} java.util.regex folds every character of the text through {@code Character.toUpperCase} and
 * {@code toLowerCase}, which was the largest single cost of a re-analysis (a tenth of its CPU). A regex written in
 * ASCII only needs that folding only for the few letters outside ASCII whose case pairs with an ASCII letter (the
 * Kelvin sign, the long s, the dotted capital I), which Dutch board papers do not print; so such a regex is
 * compiled with ASCII folding. A regex holding any other letter ("één", "financiële"), or naming one by an escape,
 * keeps Unicode folding. Character classes such as {@code \p{Lu}} and word boundaries do not depend on the flag.
 */
public final class CaseFold {
    /** The leading inline flags that ask for Unicode folding; without "u" they fold ASCII only. */
    private static final String[] UNICODE_INLINE = {"(?iu)", "(?ui)"};

    private CaseFold() {}

    public static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        if (!asciiOnly(regex)) {
            return Pattern.compile(regex, flags);
        }
        String ascii = regex;
        for (String inline : UNICODE_INLINE) {
            if (regex.startsWith(inline)) {
                ascii = "(?i)" + regex.substring(inline.length());
            }
        }
        return Pattern.compile(ascii, flags & ~Pattern.UNICODE_CASE);
    }

    /** Every character is ASCII and no escape names another one ({@code \u00eb}, {@code \x{eb}}, {@code \N{…}}). */
    static boolean asciiOnly(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (next == 'u' || next == 'x' || next == 'N' || next == '0') {
                    return false;
                }
            }
        }
        return true;
    }
}
