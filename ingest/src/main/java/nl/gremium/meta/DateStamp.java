package nl.gremium.meta;

import java.util.regex.Pattern;
import nl.gremium.text.CaseFold;

/**
 * A received or sent stamp as a scan's text layer reads it: letter-spaced or dotted digits ("2 9 APR 2022", "2.5 APR
 * 2022"), the day run into the month ("27JUL 2022"), a comma or smudge before the year ("0 3 FEB, 2022", "2 9 SEP-. 2022"), a
 * smudge after the day ("19• AUG 2022"), a numeric date without its dashes ("5 9 2022"). Rewritten into a
 * date {@code DutchDates} reads, for header fields only: running text keeps its own spacing.
 */
final class DateStamp {
    private static final String MONTH = "(?:jan|feb|mrt|maa|mar|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)\\p{L}*\\.?";
    private static final Pattern SPACED_DAY = CaseFold.compile("(?iu)(?<![\\d.])([0-3])[ .]([0-9])(?=\\s*" + MONTH + ")");
    private static final Pattern DAY_RUN_IN = CaseFold.compile("(?iu)(?<=\\d)(?=" + MONTH + "\\s*[,.]?\\s*(?:19|20)\\d{2})");
    /** A smudge the stamp's ink leaves after the day ("19• AUG 2022", "19· AUG 2022"). */
    private static final Pattern DAY_MARK = CaseFold.compile("(?iu)(?<=\\d)[•·*°]+(?=\\s*" + MONTH + ")");
    /** A numeric stamp whose separators the scan lost: "5 9 2022" is 5-9-2022 when it is the field's whole value. */
    private static final Pattern SPACED_NUMERIC = Pattern.compile("^\\s*([0-3]?\\d)\\s+([01]?\\d)\\s+((?:19|20)\\d{2})\\s*$");
    private static final Pattern MARK_BEFORE_YEAR = CaseFold.compile("(?iu)(\\b" + MONTH + ")\\s*[,.\\p{Pd}]+\\s*((?:19|20)\\d{2})");

    private DateStamp() {}

    static String normalise(String text) {
        String t = SPACED_NUMERIC.matcher(text).replaceFirst("$1-$2-$3");
        t = SPACED_DAY.matcher(DAY_MARK.matcher(t).replaceAll("")).replaceAll("$1$2");
        t = DAY_RUN_IN.matcher(t).replaceAll(" ");
        return MARK_BEFORE_YEAR.matcher(t).replaceAll("$1 $2");
    }
}
