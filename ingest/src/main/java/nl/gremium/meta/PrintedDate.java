package nl.gremium.meta;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.classify.Cues;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.DutchDates;

/**
 * The date a document prints for itself (a report, a letter, a note, a motion), in order of trust: a header field
 * ("Datum:", "Dagtekening:", "Verzenddatum:"), a labelled date anywhere in the opening or closing lines (a colophon's
 * "Datum 16 juni 2025", "Publicatiedatum …"), a line at the top that is little more than a date ("Zwolle, 10 juli
 * 2025"), and an adoption or signature line at the end ("Aldus vastgesteld in de vergadering van …", "Den Haag, …",
 * "Hoogachtend, …, namens deze, 23 maart 2022").
 * Dates merely mentioned in running text do not count.
 */
final class PrintedDate {
    private static final List<String> FIELDS = List.of("datum", "dagtekening", "verzenddatum", "datum verzending",
            "publicatiedatum", "datum publicatie", "datum vaststelling", "datum rapport");
    private static final Pattern LABEL = CaseFold.compile(
            "(?iu)\\b(?:datum|dagtekening|verzenddatum|publicatiedatum|gepubliceerd(?: op)?|uitgegeven(?: op)?"
                    // a parliamentary motion or amendment: "Voorgesteld 5 maart 2026", "Ingediend 3 april 2026"
                    + "|voorgesteld|ingediend)\\b\\s*:?\\s*");
    private static final Pattern ADOPTED = CaseFold.compile(
            "(?iu)\\b(?:vastgesteld|besloten|gedaan|ondertekend|getekend|aangenomen)\\b");
    /** An active perfect tense: a sentence narrating an earlier act, where an adoption line is a stamp. */
    private static final Pattern NARRATED = CaseFold.compile("(?iu)\\b(?:heeft|hebben|had|hadden)\\b");
    /** "Den Haag, 12 juni 2025", "Zwolle, d.d. 3 maart 2025": a place, a comma, the date. */
    /** Fields printed on one line, separated by a bar or a middle dot. */
    private static final Pattern SIDE_BY_SIDE = Pattern.compile("\\s+[|·]\\s+");
    private static final Pattern PLACE_DATE = CaseFold.compile("^\\p{Lu}[\\p{L}'’ .-]{1,40},\\s*(?:d\\.d\\.\\s*)?\\d");
    /** A signature line that dates the letter ("Hoogachtend, de Minister …, namens deze, 23 maart 2022"). */
    private static final Pattern SIGNED = CaseFold.compile("(?iu)\\b(?:" + Cues.CLOSING_WORDS + "|namens\\s+deze)\\b|^ondertekening\\b");
    /** Lines before and after the first signature line in which a "Datum: …" above it dates the letter. */
    private static final int AROUND = 3;
    private static final int SHORT_LINE = 6;
    /** A field that is a date alone: "4 maart 2031". */
    private static final int DATE_WORDS = 3;
    private static final int TAIL = 12;

    private PrintedDate() {}

    /**
     * @param fields the header fields (lower-case labels)
     * @param lines  the document's text lines in order (tables left out)
     * @param head   how many opening lines count as the header
     * @param year   the year to complete a date without one
     */
    static Optional<LocalDate> of(Map<String, String> fields, List<String> lines, int head, Integer year) {
        for (String f : FIELDS) {
            Optional<LocalDate> d = day(fields.get(f), year);
            if (d.isPresent()) {
                return d;
            }
        }
        List<String> top = lines.subList(0, Math.min(head, lines.size()));
        List<String> end = lines.subList(Math.max(0, lines.size() - TAIL), lines.size());
        return labelled(top, year)
                .or(() -> labelled(end, year))
                // a decision that prints its date over its signature, with the objection clause and annexes after it
                .or(() -> labelled(aroundSignature(lines), year))
                .or(() -> top.stream().filter(t -> BlockText.words(t) <= SHORT_LINE).map(t -> day(t, year))
                        .flatMap(Optional::stream).findFirst())
                .or(() -> top.stream().map(PrintedDate::coverTail).map(t -> day(t, year)).flatMap(Optional::stream).findFirst())
                // a cover line of fields side by side: "Den Haag, 12 december 2031 | Kenmerk IOOV-2031/0385 | Openbaar rapport",
                // "Raadsinformatiebrief van het college · 4 maart 2031 · zaaknummer Z/31/0411"
                .or(() -> top.stream().filter(t -> SIDE_BY_SIDE.matcher(t).find()).flatMap(t -> Arrays.stream(SIDE_BY_SIDE.split(t)))
                        .filter(t -> PLACE_DATE.matcher(t).find() || BlockText.words(t) <= DATE_WORDS)
                        .map(t -> day(t, year)).flatMap(Optional::stream).findFirst())
                .or(() -> end.stream().filter(t -> ADOPTED.matcher(t).find() || PLACE_DATE.matcher(t).find() || SIGNED.matcher(t).find())
                        .map(t -> day(t, year)).flatMap(Optional::stream).reduce((a, b) -> b));
    }

    /** The place before a cover's month: "Utrecht, " in "Utrecht, juni 2026". */
    private static final Pattern COVER_PLACE = Pattern.compile("^(?:['’]s-)?\\p{Lu}[\\p{L}'’ .-]{1,40},\\s*(?=\\p{L}+\\s+(?:19|20)\\d{2}\\b)");
    /** A cover's subtitle that ends in its date: "Onderzoek naar de afhandeling van meldingen, juni 2026" / "…, 14 oktober 2026". */
    private static final Pattern COVER_TAIL = Pattern.compile(",\\s*(?<d>(?:\\d{1,2}\\s+)?\\p{L}+\\s+(?:19|20)\\d{2})\\s*$");
    private static final int COVER_LINE = 25;

    /** What of a cover line can be its date: the tail after a comma ({@link #coverTail}), else the line without its place. */
    private static String coverDate(String line) {
        String tail = coverTail(line);
        return tail.isEmpty() ? COVER_PLACE.matcher(line).replaceFirst("") : tail;
    }

    /** The date a cover line of at most {@link #COVER_LINE} words ends in after a comma, else "". */
    private static String coverTail(String line) {
        Matcher m = COVER_TAIL.matcher(line);
        return BlockText.words(line) <= COVER_LINE && m.find() ? m.group("d") : "";
    }

    /**
     * A report's cover often prints only a month ("Maart 2026", "Utrecht, juni 2026") on a line of its own among the
     * opening lines: the first of that month, when nothing names a day.
     */
    static Optional<LocalDate> coverMonth(List<String> lines, int head) {
        return lines.subList(0, Math.min(head, lines.size())).stream()
                .map(PrintedDate::coverDate)
                .filter(t -> BlockText.words(t) <= 3)
                .map(t -> DutchDates.findAll(t).stream().filter(f -> f.precision() == DutchDates.Precision.MONTH
                        && f.raw().length() >= t.strip().length() - 1).findFirst())
                .flatMap(Optional::stream).map(DutchDates.Found::date).findFirst();
    }

    /**
     * The date of an adoption line among the closing lines ("Aldus besloten in de openbare vergadering van 14 mei
     * 2026", the date possibly on the next line): when a proposal carries its decision, the day it was taken.
     */
    static Optional<LocalDate> adopted(List<String> lines, Integer year) {
        Optional<LocalDate> out = Optional.empty();
        for (int i = Math.max(0, lines.size() - TAIL); i < lines.size(); i++) {
            // "Op 11 september heeft u de verklaring ondertekend" tells what happened before: no adoption of this text
            if (ADOPTED.matcher(lines.get(i)).find() && !NARRATED.matcher(lines.get(i)).find()) {
                String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                Optional<LocalDate> d = day(lines.get(i), year).or(() -> day(next, year));
                out = d.isPresent() ? d : out;
            }
        }
        return out;
    }

    private static List<String> aroundSignature(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (SIGNED.matcher(lines.get(i)).find()) {
                return lines.subList(Math.max(0, i - AROUND), Math.min(lines.size(), i + AROUND + 1));
            }
        }
        return List.of();
    }

    /** A full date right after a date label ("Datum 16 juni 2025", "Publicatiedatum: 3-2-2025"). */
    private static Optional<LocalDate> labelled(List<String> lines, Integer year) {
        for (String t : lines) {
            Matcher m = LABEL.matcher(t);
            while (m.find()) {
                String after = t.substring(m.end());
                Optional<LocalDate> d = DutchDates.findAll(after, year).stream()
                        .filter(f -> f.precision() == DutchDates.Precision.DAY && f.start() <= 2)
                        .map(DutchDates.Found::date).findFirst();
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A line that is a day and nothing else ("10 maart 2022"): a letter whose "Datum" label stands empty in its header
     * may print its date lower on the first page, where the layout put the field's value.
     */
    static Optional<LocalDate> alone(List<String> lines) {
        return lines.stream().map(String::strip)
                .map(t -> DutchDates.findAll(DateStamp.normalise(t), null).stream()
                        .filter(f -> f.precision() == DutchDates.Precision.DAY && f.raw().length() >= t.length() - 1).findFirst())
                .flatMap(Optional::stream).map(DutchDates.Found::date).findFirst();
    }

    private static Optional<LocalDate> day(String value, Integer year) {
        if (value == null) {
            return Optional.empty();
        }
        return DutchDates.findAll(DateStamp.normalise(value), year).stream()
                .filter(f -> f.precision() == DutchDates.Precision.DAY).map(DutchDates.Found::date).findFirst();
    }
}
