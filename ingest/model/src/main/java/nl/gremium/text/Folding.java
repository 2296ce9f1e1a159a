package nl.gremium.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accent- and case-insensitive comparison keys: "Continuïteit" and "continuiteit" fold to the same text. */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    /** Diacritics removed (NFD, combining marks dropped) and lower-cased; null becomes "". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
