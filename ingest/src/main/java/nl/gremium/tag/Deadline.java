package nl.gremium.tag;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.text.CaseFold;
import nl.gremium.text.DutchDates;

/**
 * A deadline printed in a sentence ("vóór 1 januari 2026", "in het tweede kwartaal van 2026", "binnen zes
 * weken", "voor de zomer") and the last day it allows, reckoned from the document's date. Commitments and
 * recommendations read their due dates here.
 *
 * @param text the words that give the deadline
 * @param day  the last day they allow; null when it cannot be reckoned ("voor de begrotingsbehandeling")
 */
record Deadline(String text, LocalDate day) {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DUE = CaseFold.compile(
            "\\b(?:v[oó]{2}r|uiterlijk|in|na|binnen|eind|begin|medio|rond)\\s+(?:het\\s+|de\\s+)?(?:(?:eerste|tweede|derde|vierde|"
                    + "1e|2e|3e|4e)\\s+kwartaal(?:\\s+van)?(?:\\s+20\\d{2})?|(?:zomer(?:reces)?|kerst(?:reces)?|herfst|najaar|voorjaar|"
                    + "einde?\\s+van\\s+(?:het|dit)\\s+jaar|jaarwisseling|begrotingsbehandeling|kadernota|voorjaarsnota)"
                    + "(?:\\s+(?:van\\s+)?20\\d{2})?|\\d{1,2}\\s+\\p{L}+\\s+20\\d{2}|(?:januari|februari|maart|april|mei|juni|juli|augustus|"
                    + "september|oktober|november|december)(?:\\s+20\\d{2})?|20\\d{2}|(?:twee|drie|vier|zes|acht)\\s+weken|"
                    + "(?:een|twee|drie)\\s+maanden?)\\b", I);
    /** "tweede kwartaal", and as action lists print it, "Q2" or "2e kw.". */
    private static final Pattern QUARTER = CaseFold.compile("(eerste|tweede|derde|vierde|1e|2e|3e|4e)\\s+kw(?:artaal|\\.)|\\bq([1-4])\\b", I);
    private static final Pattern YEAR = CaseFold.compile("20\\d{2}");

    /** The first deadline in {@code sentence}, reckoned from {@code date} (may be null). */
    static Optional<Deadline> in(String sentence, LocalDate date) {
        Matcher d = DUE.matcher(sentence);
        return d.find() ? Optional.of(new Deadline(d.group(), lastDay(d.group(), date).orElse(null))) : Optional.empty();
    }

    /** The last day a printed deadline allows, reckoned from the document's date; empty when it cannot be. */
    static Optional<LocalDate> lastDay(String dueText, LocalDate date) {
        String t = dueText.toLowerCase(Locale.ROOT);
        Optional<LocalDate> exact = DutchDates.first(dueText);
        if (exact.isPresent()) {
            return exact;
        }
        Matcher y = YEAR.matcher(t);
        Integer year = y.find() ? Integer.valueOf(y.group()) : date == null ? null : date.getYear();
        if (year == null) {
            return Optional.empty();
        }
        Matcher q = QUARTER.matcher(t);
        if (q.find()) {
            String which = q.group(1) != null ? q.group(1) : q.group(2);
            int n = "eerste1e1".contains(which) ? 1 : "tweede2e2".contains(which) ? 2 : "derde3e3".contains(which) ? 3 : 4;
            return Optional.of(LocalDate.of(year, n * 3, 1).with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (t.contains("zomer")) {
            return Optional.of(t.startsWith("na") ? LocalDate.of(year, Month.SEPTEMBER, 30) : LocalDate.of(year, Month.JULY, 1));
        }
        if (t.contains("einde") || t.contains("eind van") || t.contains("jaarwisseling") || t.contains("kerst")
                || t.contains("najaar") || t.contains("herfst")) {
            return Optional.of(LocalDate.of(year, Month.DECEMBER, 31));
        }
        if (t.contains("voorjaar")) {
            return Optional.of(LocalDate.of(year, Month.JUNE, 20));
        }
        for (String m : List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december")) {
            if (t.contains(m)) {
                LocalDate first = LocalDate.of(year, DutchDates.monthOf(m), 1);
                return Optional.of(t.startsWith("voor") || t.startsWith("vóór") ? first : first.with(TemporalAdjusters.lastDayOfMonth()));
            }
        }
        if (date != null && t.matches(".*\\b(weken|maand|maanden)\\b.*")) {
            int n = t.contains("twee") ? 2 : t.contains("drie") ? 3 : t.contains("vier") ? 4 : t.contains("zes") ? 6 : t.contains("acht") ? 8 : 1;
            return Optional.of(t.contains("wek") || t.contains("week") ? date.plusWeeks(n) : date.plusMonths(n));
        }
        if (t.matches(".*\\b(in|voor|uiterlijk|eind)\\s+20\\d{2}\\b.*") && y.reset().find()) {
            return Optional.of(LocalDate.of(year, Month.DECEMBER, 31));
        }
        return Optional.empty();
    }
}
