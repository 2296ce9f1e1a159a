package nl.gremium.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accent- and case-insensitive comparison keys: "Continuïteit" and "continuiteit" fold to the same text. */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");

    private Folding() {}

    /** Diacritics removed (NFD, combining marks dropped) and lower-cased; null becomes "". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded text as an id part: runs of anything but letters and digits become one "-" ("Algemeen bestuur" → "algemeen-bestuur"). */
    public static String slug(String text) {
        return EDGE_DASH.matcher(NOT_SLUG.matcher(fold(text)).replaceAll("-")).replaceAll("");
    }
}
