package nl.gremium.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.text.CaseFold;
import nl.gremium.text.DutchDates;

/**
 * The fixed opening of a motion or amendment, the same in every Dutch council, province, water board and the
 * Kamer: "De raad van de gemeente Zeeweide, in vergadering bijeen op 12 juni 2025, …", "De gemeenteraad van X",
 * "Provinciale Staten van X, in vergadering bijeen …", "Het algemeen bestuur van Waterschap X", "De Kamer, gehoord
 * de beraadslaging, …". It names who the motion is of (the council's organisation, not the parties it mentions)
 * and the meeting it was submitted in.
 */
final class CouncilOpening {
    /**
     * A place: capitalised words, with the small words of "Bergen op Zoom", "Alphen aan den Rijn", "Den Haag"; not a
     * code ("Gemeenteraad I601000" in a budget table).
     */
    private static final String PLACE = "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:aan|op|in|en|den|de|der|van)\\s+)*"
            // an address glued on ("Aan de gemeenteraad van Heuvelland Postbus 10") is no part of the name
            + "(?!" + Organisations.ADDRESS_WORDS + ")\\p{Lu}[\\p{L}'’.-]*)*)(?!\\d)";
    private static final Pattern MUNICIPALITY = CaseFold.compile(
            "(?u)^(?:[Dd]e\\s+)?(?:[Gg]emeente)?[Rr]aad\\s+van\\s+(?:de\\s+)?(?:[Gg]emeente\\s+)?"
                    + "(?!(?:State|Toezicht|Bestuur|Commissarissen)\\b)" + PLACE);
    /**
     * The council or the executive of a named municipality or province: "college van burgemeester en wethouders van X",
     * also without "van" as a list's title prints it ("Besluitenlijst college van burgemeester en wethouders X").
     */
    private static final Pattern NAMED_COUNCIL = CaseFold.compile(
            "(?u)\\b(?:[Gg]emeenteraad\\s+(?:van\\s+)?|[Rr]aad\\s+van\\s+de\\s+gemeente\\s+"
                    + "|[Bb]urgemeester\\s+en\\s+wethouders\\s+(?:van\\s+)?(?:de\\s+gemeente\\s+)?)" + PLACE
                    + "|\\b(?:Provinciale|Gedeputeerde)\\s+Staten\\s+van\\s+" + PLACE);
    private static final Pattern PROVINCE = CaseFold.compile("(?u)^(?:[Dd]e\\s+)?Provinciale\\s+Staten\\s+van\\s+" + PLACE);
    private static final Pattern BOARD = CaseFold.compile(
            "(?u)^(?:[Hh]et\\s+)?(?:[Aa]lgemeen\\s+[Bb]estuur|[Vv]ergadering)\\s+van\\s+(?:de\\s+|het\\s+)?(.*?)(?:,|\\s+in\\s+vergadering|$)");
    private static final Pattern CHAMBER = CaseFold.compile("(?u)^De\\s+(Eerste\\s+)?Kamer\\s*,(?:\\s*gehoord\\s+de\\s+beraadslaging.*)?$");
    private static final Pattern ASSEMBLED = CaseFold.compile("(?iu)\\bin\\s+(?:openbare\\s+)?vergadering\\s+bijeen(?:\\s+op)?\\b");
    /** A Kamer motion prints its parliamentary-paper header (year, number, bill, names) above the opening. */
    private static final int LINES = 25;

    private CouncilOpening() {}

    /**
     * The body an opening line speaks as ("De raad van de gemeente X;", "Provinciale Staten van X,"), in the form the
     * metadata names bodies; empty for any other line.
     */
    static Optional<String> body(String line) {
        if (MUNICIPALITY.matcher(line).lookingAt()) {
            return Optional.of("Gemeenteraad");
        }
        return PROVINCE.matcher(line).lookingAt() ? Optional.of("Provinciale staten") : Optional.empty();
    }

    /** The organisation the opening names: "Gemeente X", "Provincie X", a regional body, or a chamber of parliament. */
    static Optional<String> organisation(List<String> lines) {
        for (String line : lines.subList(0, Math.min(LINES, lines.size()))) {
            Matcher m = MUNICIPALITY.matcher(line);
            if (m.find() && opening(line)) {
                return Optional.of("Gemeente " + m.group(1));
            }
            m = PROVINCE.matcher(line);
            if (m.find() && opening(line)) {
                return Optional.of("Provincie " + m.group(1));
            }
            m = BOARD.matcher(line);
            if (m.find() && opening(line)) {
                List<String> named = Organisations.mentions(m.group(1));
                if (!named.isEmpty()) {
                    return Optional.of(named.get(0));
                }
            }
            m = CHAMBER.matcher(line);
            if (m.find()) {
                return Optional.of(m.group(1) == null ? "Tweede Kamer der Staten-Generaal" : "Eerste Kamer der Staten-Generaal");
            }
        }
        return Optional.empty();
    }

    /**
     * A council named in a title or header line: "Vergadering gemeenteraad Zeeweide gehouden op …", "Notulen van de
     * gemeenteraad van X", "Provinciale Staten van X" → "Gemeente X", "Provincie X".
     */
    static Optional<String> councilNamed(String line) {
        Matcher m = NAMED_COUNCIL.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        // a known place's own name where the line runs on ("Gedeputeerde Staten van Overijssel Datum …")
        return m.group(1) != null ? Places.leading("gemeente", m.group(1)).or(() -> Optional.of("Gemeente " + m.group(1)))
                : Places.leading("provincie", m.group(2)).or(() -> Optional.of("Provincie " + m.group(2)));
    }

    /** The meeting date of "…, in vergadering bijeen op 12 juni 2025, …". */
    static Optional<LocalDate> meetingDate(List<String> lines, Integer year) {
        for (String line : lines.subList(0, Math.min(LINES, lines.size()))) {
            Matcher m = ASSEMBLED.matcher(line);
            if (m.find()) {
                String after = line.substring(m.end());
                return DutchDates.findAll(after.substring(0, Math.min(80, after.length())), year).stream()
                        .filter(f -> f.precision() == DutchDates.Precision.DAY).map(DutchDates.Found::date).findFirst();
            }
        }
        return Optional.empty();
    }

    /** The council's sentence itself, not a line that merely mentions the council. */
    private static boolean opening(String line) {
        return ASSEMBLED.matcher(line).find() || line.matches("(?s)^[^,]{0,80},\\s*(?:gehoord|overwegende|constaterende|van\\s+mening).*")
                || line.matches("(?s)^[^,]{0,80},?$");
    }
}
