package nl.gremium.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.classify.Cues;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.DutchDates;
import nl.gremium.text.LeadingBoundary;

/**
 * The label/value fields in a document's header: "Datum: 9 juli 2025", "Van: Dagelijks bestuur", and the
 * two-column forms of board proposals ("overleg DB – AB", "datum overleg 4 september 2025 – 24 september 2025",
 * "Onderwerp" above its value). A PDF text layer often runs such a form together into one paragraph
 * ("Agendapunt - besluitvormend overleg … datum overleg … onderwerp …"), so a form-like block is cut at its
 * labels. Labels are matched in lower case only there, as forms print them, to leave prose alone.
 */
final class HeaderFields {
    /** Key of the text before the first label of a form ("Agendapunt - besluitvormend"). */
    static final String FORM_TITLE = "_title";

    private static final Pattern FIELD = CaseFold.compile(
            "(?iu)^(?<label>datum overleg|datum vergadering|vergaderdatum|(?:datum\\s+)?(?:raads|staten|commissie|bestuurs)vergadering"
                    + "|datum verzending|datum rapport|datum bezoek|datum publicatie|datum vaststelling|datum|van|aan|vergadering|overleg|onderwerp|betreft"
                    + "|kenmerk|vertrouwelijk|classificatie|rubricering)\\b\\s*:?\\s*(?<value>.*)$");
    /** What the form's bare "overleg" label names: the meeting's body ("overleg DB – AB", "overleg MT – dagelijks bestuur"). */
    private static final Pattern MEETING_BODY = CaseFold.compile(
            "^\\s*:?\\s*(?:dagelijks|algemeen|bestuur|college|raad|commissie|MT|DB|AB|directie|stuurgroep|veiligheidsberaad|portefeuillehouders)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEETING_LABEL = CaseFold.compile("(?:datum\\s+)?(?:raads|staten|commissie|bestuurs)vergadering");
    private static final String LABELS = "datum overleg|overleg|datum vergadering|vergaderdatum|raadsvergadering|statenvergadering"
            // an inspectorate's report prints when it visited and when it reported: only the latter dates the report
            + "|commissievergadering|datum rapport|datum bezoek|datum publicatie|datum vaststelling"
            + "|datum|onderwerp|opdrachtgever|akkoord opdrachtgever"
            + "|verantw\\. MT-lid|akkoord verantwoordelijk MT-lid|portefeuillehouder|proceseigenaar|opsteller"
            + "|bijlagen|bijlage\\(n\\)|bijlage|vertrouwelijk|ons kenmerk|uw kenmerk|kenmerk|betreft|tijd|tijdstip|locatie"
            + "|aanwezig|afwezig|contactpersoon";
    /**
     * Form labels inside a run-together form: lower case as forms print them, or capitalised ("Datum", "Ons
     * kenmerk"), which prose does not do mid-sentence; "aan"/"van" only before a capital.
     */
    private static final Pattern INLINE_LABEL = CaseFold.compile(
            "(?<=^|\\s)(?:(?<label>" + LABELS + "|" + capitalised(LABELS) + ")|(?<short>aan|van)(?=\\s+\\p{Lu}))(?=\\s|:|$):?");
    private static final Pattern CAPITALISED_LABEL = CaseFold.compile(
            "(?<=^|\\s)(?:" + capitalised(LABELS) + ")(?=\\s|:)");
    private static final Pattern FORM_START = CaseFold.compile("(?iu)^(?:agendapunt|raadsvoorstel|collegevoorstel|bestuursvoorstel|voorstel aan)\\b");
    /** Two or more labels and nothing else. */
    private static final Pattern LABELS_ONLY = CaseFold.compile(
            "(?iu)^(?:(?:datum|betreft|onderwerp|ons kenmerk|uw kenmerk|kenmerk|bijlagen?)\\s*:?\\s*){2,}$");
    private static final Pattern ADDRESS_TAIL = LeadingBoundary.compile("(?iu)\\bpostbus\\s+\\d|\\bwww\\.|\\b\\d{4}\\s?[A-Z]{2}\\s+\\p{Lu}");
    private static final Pattern LETTERHEAD_START = CaseFold.compile(
            "(?u)\\s(?:(?:directie|divisie|afdeling|dienst|team|bezoekadres|postadres)\\s+\\p{Lu}|[Pp]ostbus\\s+\\d|www\\.|\\d{4}\\s?[A-Z]{2}\\s+\\p{Lu})");
    /** A subject label ending a line of the header grid, its value on the next line. */
    private static final Pattern SUBJECT_AT_END = CaseFold.compile("(?u)\\s(?<label>onderwerp|betreft|Onderwerp|Betreft)\\s*:?$");
    /** The date label heading a row of labels that ends the line ("datum telefoon fax e-mail"). */
    private static final Pattern DATE_HEADS_AT_END = CaseFold.compile(
            "(?iu)\\bdatum(?:\\s+(?:telefoon|fax|e-?mail|ons\\s+kenmerk|uw\\s+kenmerk|kenmerk|bijlagen?|behandeld\\s+door"
                    + "|doorkiesnummer|contactpersoon|zaaknummer))+\\s*$");
    private static final int MAX_SUBJECT_WORDS = 20;
    /** A line with neither letters nor digits. */
    private static final Pattern NO_TEXT = Pattern.compile("[^\\p{L}\\p{N}]*");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2}");
    private static final Pattern SALUTATION_AFTER = CaseFold.compile("(?iu)\\s*[-–]?\\s*\\bgeachte\\b.*$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s\\p{Pd}_,.;:|~]+");
    /** How many lines below the last stacked label its values may come. */
    private static final int STACK_REACH = 3;
    private static final List<String> MARKERS = List.of("vertrouwelijk", "classificatie", "rubricering");

    private HeaderFields() {}

    /** "datum overleg|tijd" → "Datum overleg|Tijd". */
    private static String capitalised(String alternatives) {
        StringBuilder sb = new StringBuilder();
        for (String a : alternatives.split("\\|")) {
            sb.append(sb.isEmpty() ? "" : "|").append(Character.toUpperCase(a.charAt(0))).append(a.substring(1));
        }
        return sb.toString();
    }

    /** Fields of the first blocks, first occurrence of each label (lower-case keys). */
    /** The key of a label: "Raadsvergadering", "Datum statenvergadering" name the meeting's date as "datum vergadering" does. */
    private static String key(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return MEETING_LABEL.matcher(l).matches() ? "datum vergadering" : l;
    }

    static Map<String, String> read(List<Block> blocks) {
        Map<String, String> out = new LinkedHashMap<>();
        // Fields in tables count after those in lines: where a scan's text layer overlaps another page's, the
        // mix comes out as a table of interleaved words, while the letter's own field lines stay clean.
        Map<String, String> inTables = new LinkedHashMap<>();
        List<String> stacked = new ArrayList<>();
        int stackedAt = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(BlockType.TABLE)) {
                readColumnHeads(b.table(), inTables);
                // a header laid out as a two-column table: "Datum | donderdag 15 mei 2025"
                for (String row : b.text().split("\n")) {
                    String[] cells = row.split("\t");
                    Matcher label = FIELD.matcher(BlockText.normalise(cells[0]));
                    if (cells.length > 2 && label.matches() && label.group("value").isBlank()) {
                        // "Betreft | Uw Wob-verzoek | Kenmerk Z1-…": the value is the cell beside the label, the
                        // letterhead's column goes on in the next one
                        String value = BlockText.normalise(cells[1]);
                        if (!value.isEmpty()) {
                            inTables.putIfAbsent(key(label.group("label")), value);
                        }
                        continue;
                    }
                    Matcher m = FIELD.matcher(BlockText.normalise(row.replaceFirst("\t", " ")));
                    if (m.matches() && !m.group("value").isBlank()) {
                        inTables.putIfAbsent(key(m.group("label")), m.group("value").strip());
                    }
                }
                continue;
            }
            String t = BlockText.normalise(b.text());
            if (LABELS_ONLY.matcher(t).matches()) { // "Datum Betreft": a margin of labels read as one line
                stacked.addAll(inlineLabels(t).stream().map(Label::name).toList());
                stackedAt = i;
                continue;
            }
            if (i - stackedAt > STACK_REACH) {
                stacked.clear();
            }
            if (!stacked.isEmpty() && smudge(t)) {
                continue; // a scan's rule, smudge or cut redaction code between the labels and their values (",_ __", ". . 2.e")
            }
            if (!stacked.isEmpty() && !isField(t) && !Cues.SALUTATION.matcher(t).find()) {
                valuesOfStackedLabels(t, stacked, out);
                if (onlyDate(t) && i + 1 < blocks.size()) {
                    // "28 september 2022" alone on its line: the subject is the next one
                    String subject = subjectAfterDate(blocks.get(i + 1));
                    SUBJECTS.stream().filter(stacked::contains).findFirst()
                            .filter(label -> !subject.isEmpty()).ifPresent(label -> out.putIfAbsent(label, subject));
                }
                stacked.clear();
                continue;
            }
            if (i + 1 < blocks.size() && !blocks.get(i + 1).is(BlockType.TABLE)) {
                valuesBelowTrailingLabels(t, BlockText.normalise(blocks.get(i + 1).text()), out);
            }
            boolean formLike = FORM_START.matcher(t).find() || inlineLabels(t).size() >= 2 && startsWithLabel(t) && !oneField(t)
                    || capitalisedLabels(t) >= 2;
            if (formLike) {
                readForm(t, i == 0, out);
                continue;
            }
            Matcher m = FIELD.matcher(t);
            if (!m.matches()) {
                continue;
            }
            String label = key(m.group("label"));
            String value = withoutLetterhead(beforeFirstLabel(m.group("value").strip()));
            int valueAt = i; // the block the value was read from
            // A lone "VERTROUWELIJK" is a marker, not a label waiting for its value.
            if (value.isEmpty() && !MARKERS.contains(label) && i + 1 < blocks.size() && !blocks.get(i + 1).is(BlockType.TABLE)) {
                String next = BlockText.normalise(blocks.get(i + 1).text());
                // labels stacked in a column of their own ("Datum", "Betreft", "Geachte" as a scan reads a
                // letter's margin): the next line is another label or the salutation, not this label's value
                Matcher nextField = FIELD.matcher(next);
                boolean bareLabel = nextField.matches() && nextField.group("value").isBlank() || Cues.LETTER_LABEL.matcher(next).matches();
                if (!bareLabel && !Cues.SALUTATION.matcher(next).find() && !BlockText.isFurniture(next)) {
                    value = beforeFirstLabel(next);
                    valueAt = i + 1;
                    if (stacked.contains("datum") && SUBJECTS.contains(label) && onlyDate(value)) {
                        // "Datum" over "Betreft", then "30 MRT 2022" over the subject: the values keep the labels' order
                        value = i + 2 < blocks.size() ? subjectAfterDate(blocks.get(i + 2)) : "";
                        valueAt = i + 2;
                    }
                } else if (!BlockText.isFurniture(next)) {
                    stacked.add(label);
                    stackedAt = i;
                }
            }
            if (!value.isEmpty() && SUBJECTS.contains(label) && OPEN_END.matcher(value).find() && valueAt + 1 < blocks.size()) {
                value = withRunOn(value, blocks.get(valueAt + 1));
            }
            if (!value.isEmpty()) {
                out.putIfAbsent(label, value);
            }
        }
        // one subject: a letter's "Betreft" line outranks a table's "Onderwerp" column (a list of the e-mails it releases)
        boolean subjectInLines = SUBJECTS.stream().anyMatch(out::containsKey);
        inTables.forEach((label, value) -> {
            if (!(subjectInLines && SUBJECTS.contains(label))) {
                out.putIfAbsent(label, value);
            }
        });
        return out;
    }

    /**
     * A header grid read row by row: the labels that end one line head the values of the next. "… datum telefoon
     * e-mail" over "3 maart 2026 14 0570 …" gives the date; "… onderwerp" over "Afdoening toezeggingen …" the subject.
     */
    private static void valuesBelowTrailingLabels(String line, String next, Map<String, String> out) {
        if (next.isEmpty() || isField(next) || Cues.SALUTATION.matcher(next).find() || BlockText.isFurniture(next)) {
            return;
        }
        Matcher subject = SUBJECT_AT_END.matcher(line);
        // also after a field of its own: "Datum 30 maart 2022 Betreft" over "Reactie op uw Woo-verzoek"
        if (subject.find() && (!isField(line) || isField(line.substring(0, subject.start()))) && BlockText.words(next) <= MAX_SUBJECT_WORDS) {
            out.putIfAbsent(subject.group("label").toLowerCase(Locale.ROOT), next);
        }
        if (DATE_HEADS_AT_END.matcher(line).find()) {
            List<DutchDates.Found> dates = DutchDates.findAll(DateStamp.normalise(next));
            if (!dates.isEmpty() && dates.get(0).start() == 0 && dates.get(0).precision() == DutchDates.Precision.DAY) {
                out.putIfAbsent("datum", dates.get(0).raw());
            }
        }
    }

    /**
     * A letter's reference strip: labels as column heads and the values in the row below ("Datum | Kenmerk |
     * Bijlagen" over "27.11.2022 | D2022-117 | 2").
     */
    private static void readColumnHeads(Table table, Map<String, String> out) {
        // a strip has one row of values; a list of many rows headed "Datum | Afzender | Onderwerp" is no letter's strip
        if (table == null || table.rowCount() < 2 || table.rowCount() > STRIP_ROWS) {
            return;
        }
        List<Cell> heads = table.rows().get(0);
        List<Cell> values = table.rows().get(1);
        int labels = 0;
        for (Cell c : heads) {
            Matcher m = FIELD.matcher(BlockText.normalise(c.text()));
            labels += m.matches() && m.group("value").isBlank() ? 1 : 0;
        }
        if (labels < 2) {
            return;
        }
        for (int j = 0; j < Math.min(heads.size(), values.size()); j++) {
            Matcher m = FIELD.matcher(BlockText.normalise(heads.get(j).text()));
            String value = BlockText.normalise(values.get(j).text());
            if (m.matches() && m.group("value").isBlank() && !value.isEmpty()) {
                out.putIfAbsent(m.group("label").toLowerCase(Locale.ROOT), value);
            }
        }
    }

    private static final int STRIP_ROWS = 3;
    private static final List<String> SUBJECTS = List.of("betreft", "onderwerp");
    /** A subject line that cannot end there: on a small word or a hyphen ("… inzake de afschaffing van de"). */
    private static final Pattern OPEN_END = CaseFold.compile(
            "(?:\\b(?:de|het|een|van|voor|inzake|over|en|of|op|in|met|aan|bij|tot|te|naar|door|om|uit|ter|betreffende)|-)$");

    /** The subject with the line it runs on to, unless that line is a field, the salutation or furniture. */
    private static String withRunOn(String value, Block next) {
        String t = BlockText.normalise(next.text());
        if (next.is(BlockType.TABLE) || t.isEmpty() || isField(t) || Cues.SALUTATION.matcher(t).find() || BlockText.isFurniture(t)
                || BlockText.words(value) + BlockText.words(t) > MAX_SUBJECT_WORDS) {
            return value;
        }
        return value.endsWith("-") ? value + t : value + " " + t;
    }

    /** No word and no date: what a scan leaves between a label column and its values. */
    private static boolean smudge(String line) {
        return NO_TEXT.matcher(line).matches() || !hasWord(line) && DutchDates.findAll(DateStamp.normalise(line)).isEmpty();
    }

    /** A word at least (two letters running): a scan's redaction block ("█"), rule or cut code (". . 2.e") has none. */
    static boolean hasWord(String line) {
        return WORD.matcher(line).find();
    }

    /** The whole line is one date ("3 0 MRT 2022" as a stamp reads). */
    private static boolean onlyDate(String line) {
        String t = DateStamp.normalise(line).strip();
        List<DutchDates.Found> dates = DutchDates.findAll(t);
        return dates.size() == 1 && dates.get(0).start() == 0 && dates.get(0).end() == t.length();
    }

    /** The subject on the line after a stacked column's date, unless that line is a label, salutation or furniture. */
    private static String subjectAfterDate(Block block) {
        String t = BlockText.normalise(block.text());
        return block.is(BlockType.TABLE) || t.isEmpty() || isField(t) || Cues.SALUTATION.matcher(t).find()
                || BlockText.isFurniture(t) ? "" : beforeFirstLabel(t);
    }

    /**
     * The value line of a stacked label column ("Datum", "Betreft", "Geachte" beside "29 APR 2022 Beslissing op uw
     * Wob-verzoek"): a scan reads the values in the labels' order, so a date opening the line is the date and the
     * rest the subject.
     */
    private static void valuesOfStackedLabels(String line, List<String> labels, Map<String, String> out) {
        String t = LEADING_MARKS.matcher(DateStamp.normalise(line)).replaceFirst(""); // "- 3 0 JUNI 2022 - …" as a scan reads it
        List<DutchDates.Found> dates = DutchDates.findAll(t);
        if (!labels.contains("datum") || dates.isEmpty() || dates.get(0).start() != 0
                || dates.get(0).precision() != DutchDates.Precision.DAY) {
            return;
        }
        out.putIfAbsent("datum", dates.get(0).raw());
        String rest = LEADING_MARKS.matcher(t.substring(dates.get(0).end())).replaceFirst("");
        rest = SALUTATION_AFTER.matcher(rest).replaceFirst("").strip(); // the salutation read into the same line
        for (String subject : SUBJECTS) {
            if (labels.contains(subject) && !rest.isEmpty()) {
                out.putIfAbsent(subject, rest);
            }
        }
    }

    /**
     * A value the letterhead's right column ran into ("Woo-besluit 22-0350 directie Strategie … Postbus 43006 3540 AA
     * Utrecht www.…"): when an address follows, the value ends where the sender's unit or address begins.
     */
    static String withoutLetterhead(String value) {
        if (!ADDRESS_TAIL.matcher(value).find()) {
            return value;
        }
        Matcher start = LETTERHEAD_START.matcher(value);
        return start.find() && start.start() > 0 ? value.substring(0, start.start()).strip() : value;
    }

    /** Whether {@code text} (one block) is itself a "label value" field line. */
    static boolean isField(String text) {
        return FIELD.matcher(BlockText.normalise(text)).matches();
    }

    private static void readForm(String t, boolean first, Map<String, String> out) {
        List<Label> labels = inlineLabels(t);
        if (labels.isEmpty()) {
            return;
        }
        String head = t.substring(0, labels.get(0).start()).strip();
        if (first && !head.isEmpty()) {
            out.putIfAbsent(FORM_TITLE, head);
        }
        for (int k = 0; k < labels.size(); k++) {
            Label l = labels.get(k);
            int end = k + 1 < labels.size() ? labels.get(k + 1).start() : t.length();
            String value = t.substring(l.end(), end).strip();
            if (!value.isEmpty()) {
                out.putIfAbsent(key(l.name()), value);
            }
        }
    }

    private record Label(String name, int start, int end, boolean isShort) {}

    private static List<Label> inlineLabels(String t) {
        List<Label> out = new ArrayList<>();
        Matcher m = INLINE_LABEL.matcher(t);
        while (m.find()) {
            String name = m.group("label") != null ? m.group("label") : m.group("short");
            if (name.equals("overleg") && !MEETING_BODY.matcher(t.substring(m.end())).find()) {
                continue; // "Verslag bestuurlijk overleg N348 …" in prose, not the form's "overleg dagelijks bestuur – …"
            }
            if (insideParentheses(t, m.start())) {
                continue; // "Betreft Besluit op uw verzoek (uw kenmerk 2022/103)": a reference within the value
            }
            out.add(new Label(name.toLowerCase(Locale.ROOT), m.start(), m.end(), m.group("label") == null));
        }
        return out;
    }

    private static boolean insideParentheses(String t, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            open += c == '(' ? 1 : c == ')' && open > 0 ? -1 : 0;
        }
        return open > 0;
    }

    private static int capitalisedLabels(String t) {
        Matcher m = CAPITALISED_LABEL.matcher(t);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** "Onderwerp: Brief aan PS": one labelled value whose words include "aan" or "van", not a run-together form. */
    private static boolean oneField(String t) {
        List<Label> labels = inlineLabels(t);
        return !labels.get(0).isShort() && labels.stream().filter(l -> !l.isShort()).count() == 1;
    }

    private static boolean startsWithLabel(String t) {
        List<Label> labels = inlineLabels(t);
        return !labels.isEmpty() && labels.get(0).start() == 0;
    }

    /** A value that runs into the next form label ("Vastgoedbeleid brandweerkazernes opdrachtgever …"). */
    private static String beforeFirstLabel(String t) {
        List<Label> labels = inlineLabels(t).stream().filter(l -> !l.isShort()).toList();
        return labels.isEmpty() ? t : t.substring(0, labels.get(0).start()).strip();
    }
}
