package nl.gremium.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two ways a PDF's text layer mangles a line, undone before lines become blocks. A footer's or header's page number run
 * into the text beside it with no space ("Pagina 2 van 3Provincie X", "2Vertrouwelijk"): the number is cut off onto a
 * line of its own, so it is page furniture again (bundle splitting reads "Pagina 2 van 3") and not part of a title. Words
 * printed letter-spaced, as letterheads set them ("A C C O U N TA N T S"): each extra space is a glyph of its own to
 * the text layer, so the word is put together again and can be read ("ACCOUNTANTS").
 */
final class LineRepair {
    /** A page count or number at a line's start, a capitalised word right after it. */
    private static final Pattern GLUED_NUMBER = Pattern.compile(
            "(?m)^((?:(?i:pagina|blad|page)\\s+)?\\d{1,3}(?:\\s*(?i:van|of|/)\\s*\\d{1,3})?)(?=\\p{Lu}\\p{Ll}{2,})");
    /** A printed page count run into a code in capitals ("pagina 1 van 3VRH/AB/2025-041"): the count says it is one. */
    private static final Pattern GLUED_COUNT = Pattern.compile(
            "(?m)^((?i:pagina|blad|page)\\s+\\d{1,3}\\s*(?i:van|of|/)\\s*\\d{1,3})(?=\\p{Lu}{2,})");
    /** Four or more capitals or capital pairs ("TA": a kerned pair), each alone between single spaces. */
    private static final Pattern SPACED = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{1,2}(?: \\p{Lu}{1,2}){3,}(?![\\p{L}\\d])");

    private LineRepair() {}

    /** {@code text} with a page number run into the text after it set on a line of its own. */
    static String unglued(String text) {
        return GLUED_COUNT.matcher(GLUED_NUMBER.matcher(text).replaceAll("$1\n")).replaceAll("$1\n");
    }

    /** {@code line} with its letter-spaced words put together. */
    static String unspaced(String line) {
        if (line.indexOf(' ') < 0) {
            return line;
        }
        Matcher m = SPACED.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, m.group().replace(" ", ""));
        } while (m.find());
        return m.appendTail(out).toString();
    }
}
