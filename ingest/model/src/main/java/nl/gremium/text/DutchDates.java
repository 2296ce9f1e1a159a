package nl.gremium.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses dates as Dutch documents write them: "9 juli 2025", "dinsdag 4 september 2025",
 * "1 okt. 2025", "09-07-2025", "9/7/2025", "2025-07-09", and month-only dates "sept. 2025",
 * "september 2025" (precision {@link Precision#MONTH}, dated on the 1st). A day and month without a year
 * ("3 september") is only read when the caller gives a default year.
 */
public final class DutchDates {

    /** How precisely the text fixed the date. */
    public enum Precision { DAY, MONTH }

    /**
     * One date found in a text.
     *
     * @param start offset of the first character of the match (a weekday in front is included)
     * @param end   offset just past the match
     */
    public record Found(LocalDate date, Precision precision, int start, int end, String raw) {}

    private static final String MONTH = "(?<month>januari|jan|februari|febr|feb|maart|mrt|mar|april|apr|mei"
            + "|juni|jun|juli|jul|augustus|aug|september|sept|sep|oktober|okt|oct|november|nov|december|dec)\\.?";
    /** A weekday written before a date, matched backwards from the day number (anchoring on digits is fast). */
    private static final Pattern WEEKDAY_BEFORE = CaseFold.compile(
            "(?<![\\p{L}\\d])(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\\.?,?\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";

    // Word forms: "dinsdag 4 september 2025", "4 sept. 2025", "4 september" (year optional), "september 2025".
    // Each pattern opens with a lookahead for its first character: it turns most positions away before the
    // lookbehinds run (the same matches, found at a fraction of the cost).
    private static final Pattern WORD_DAY = CaseFold.compile(
            "(?=\\d)(?<![\\p{L}\\d])(?<day>[0-3]?\\d)(?:e|ste|de)?\\s+" + MONTH
                    + "(?:\\s+'?" + YEAR + ")?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD_MONTH = CaseFold.compile(
            "(?=[jfmasondJFMASOND])(?<![\\p{L}\\d])(?<!\\d(?:e|ste|de)?\\s{1,3})" + MONTH + "\\s+" + YEAR + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The year a month-only date ends in: after whitespace, not followed by a letter or digit. */
    private static final Pattern YEAR_AFTER_SPACE = CaseFold.compile("(?=[12])(?<=\\s)(?:19|20)\\d{2}(?![\\p{L}\\d])");
    /** "september." */
    private static final int LONGEST_MONTH = 10;
    // Numeric forms: "09-07-2025", "9/7/2025", "9.7.2025", ISO "2025-07-09".
    private static final Pattern NUMERIC_DMY = CaseFold.compile(
            "(?=\\d)(?<![\\d.,/-])(?<day>[0-3]?\\d)(?<sep>[-/.])(?<month>[01]?\\d)\\k<sep>" + YEAR + "(?![\\d,]|\\.\\d)");
    private static final Pattern NUMERIC_ISO = CaseFold.compile(
            "(?=\\d)(?<![\\d.,/-])" + YEAR + "-(?<month>[01]\\d)-(?<day>[0-3]\\d)(?![\\d])");

    private DutchDates() {}

    /** The date that {@code text} consists of (surrounding whitespace and punctuation allowed). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        List<Found> all = findAll(t);
        if (all.size() == 1 && t.substring(0, all.get(0).start()).isBlank()
                && t.substring(all.get(0).end()).replaceAll("[\\s.,;:)]", "").isEmpty()) {
            return Optional.of(all.get(0).date());
        }
        return Optional.empty();
    }

    /** The first date in {@code text} with day precision, if any. */
    public static Optional<LocalDate> first(String text) {
        return findAll(text).stream().filter(f -> f.precision() == Precision.DAY).map(Found::date).findFirst();
    }

    /** All dates in {@code text}, in order; day-month without a year is skipped. */
    public static List<Found> findAll(String text) {
        return findAll(text, null);
    }

    /** All dates in {@code text}, in order; "3 september" takes {@code defaultYear} when given. */
    public static List<Found> findAll(String text, Integer defaultYear) {
        List<Found> out = new ArrayList<>();
        if (text == null || !RegexGuard.hasDigit(text)) {
            return out; // every form has a day number or a year
        }
        Matcher m = WORD_DAY.matcher(text);
        while (m.find()) {
            Integer year = m.group("year") != null ? Integer.valueOf(m.group("year")) : defaultYear;
            if (year != null) {
                Matcher weekday = WEEKDAY_BEFORE.matcher(text).region(Math.max(0, m.start() - 12), m.start())
                        .useTransparentBounds(true);
                int start = weekday.find() ? weekday.start() : m.start();
                add(out, start, m.end(), text, year, monthOf(m.group("month")), Integer.parseInt(m.group("day")), Precision.DAY);
            }
        }
        // Month-only dates are looked for only just before each year. Scanning the whole text for month names tried
        // the lookbehinds and the alternation at every j, f, m, a, s, o, n and d: most of the cost of finding dates.
        // A match ends in a year after whitespace, and starts at most LONGEST_MONTH characters before that
        // whitespace, so searching from there finds what a scan of the whole text would (the lookarounds see past the
        // region), and never what the last match already covered.
        Matcher year = YEAR_AFTER_SPACE.matcher(text);
        int covered = 0;
        while (year.find()) {
            int from = year.start();
            while (from > covered && isSpace(text.charAt(from - 1))) {
                from--;
            }
            m = WORD_MONTH.matcher(text).region(Math.max(covered, from - LONGEST_MONTH), year.end())
                    .useTransparentBounds(true).useAnchoringBounds(false);
            if (m.find()) {
                add(out, m.start(), m.end(), text, Integer.parseInt(m.group("year")), monthOf(m.group("month")), 1, Precision.MONTH);
                covered = m.end();
            }
        }
        for (Pattern p : List.of(NUMERIC_DMY, NUMERIC_ISO)) {
            m = p.matcher(text);
            while (m.find()) {
                add(out, m.start(), m.end(), text, Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                        Integer.parseInt(m.group("day")), Precision.DAY);
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /** Adds a match unless it is an impossible date or lies inside a match already found. */
    private static void add(List<Found> out, int start, int end, String text, int year, int month, int day,
                            Precision precision) {
        for (Found f : out) {
            if (start < f.end() && end > f.start()) {
                return;
            }
        }
        try {
            out.add(new Found(LocalDate.of(year, month, day), precision, start, end, text.substring(start, end)));
        } catch (DateTimeException e) {
            // 31 juni and the like: not a date
        }
    }

    /** {@code \s} of java.util.regex, which separates a month from its year. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** 1–12 for a Dutch month name or abbreviation (with or without dot), else 0. */
    public static int monthOf(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (n.length() >= 3 ? n.substring(0, 3) : n) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "maa", "mrt", "mar" -> 3;
            case "apr" -> 4;
            case "mei" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "okt", "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }
}
