package nl.gremium.parse.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs Tesseract makes to Dutch print often enough to matter for tagging:
 * <ul>
 * <li>a space read after the thousands dot of an amount ("€ 7. 707. 128" → "€ 7.707.128"); only a group of
 * at most three digits starts such a number, so a year ending a sentence ("in 2025. 300 …") is left alone;</li>
 * <li>a list bullet read as a stray mark before the item's capital ("_Zorg voor …", "« Zorg", "e Zorg"):
 * written back as "• " so the item is a list item again, as it is in the born-digital copy; before a small letter
 * only the marks no word starts with ("e de jaarstukken vast te stellen;", "« zorgt dat …", "e_de medewerkers …");</li>
 * <li>the euro sign read as "C" before an amount ("C 48.500" → "€ 48.500");</li>
 * <li>item numbers misread: a number read with a comma, a first item's "1." read as a letter, Roman numbers read as
 * strokes ("|.", "IL."), in running text
 * ({@link #items}) and in a table's column of numbers ({@link #tableNumbers}).</li>
 * </ul>
 */
final class OcrCleanup {
    /** The euro sign read as "C" before an amount ("maximaal C 48.500", "C 1.250,-", "C 12,50"). */
    private static final Pattern EURO = Pattern.compile(
            "(?<![\\p{L}\\d.,])C(?=\\s?(?:\\d{1,3}(?:\\.\\d{3})+(?:,(?:\\d{2}|-))?|\\d+,(?:\\d{2}|-))(?![.,]?\\d))");
    private static final Pattern SPLIT_THOUSANDS = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\. ?\\d{3})*\\. \\d{3}(?![\\d])");
    /** Marks Tesseract reads for a list's "•" (for a regex character class: "-" not among them). */
    static final String BULLET_MARKS = "_«»©¢°*·";
    /** Marks read for "•" at a line start; "e" only with a space after it (no Dutch line starts so). */
    private static final Pattern MISREAD_BULLET = Pattern.compile(
            "(?m)^(?:[" + BULLET_MARKS + "]{1,2}\\s*(?=\\p{Lu}\\p{Ll})|[«»©¢*·]\\s+(?=\\p{Ll}{2})|e\\s+(?=\\p{L}\\p{Ll})|e?_(?=\\p{Ll}{2}))");

    /** The strokes Tesseract reads for a "1" or a Roman "I": "L", "l", "I", "|". */
    private static final String STROKE = "[LlI|]";
    /** The first item's "1." as Tesseract often reads it ("L. Vraag …", "|L. Pas …", "l. In te stemmen …"). */
    private static final Pattern MISREAD_ONE = Pattern.compile("^\\|?" + STROKE + "{1,2}[.,_]?\\s+(?=\\p{L}\\p{Ll})");
    /** An item's number read with a comma ("4, Benoeming lid …", "4, vraag het college …"). */
    private static final Pattern COMMA_NUMBER = Pattern.compile("^(\\d{1,2}),\\s+(?=\\p{L}\\p{Ll})");
    /** A Roman item number as Tesseract reads its I's ("|.", "IL.", "Il", "II"): only strokes, at a line start. */
    private static final Pattern ROMAN_STROKES = Pattern.compile("^" + STROKE + "{1,4}[.,]?\\s+(?=\\p{L})");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,2})([.)]?)\\s+\\p{L}");
    /** How many lines away the neighbouring item may start (an item's own lines in between). */
    private static final int ITEM_LINES = 6;

    private static final Pattern MISREAD_ONE_CELL = Pattern.compile("\\|?" + STROKE + "{1,2}([.,_]?)");
    private static final Pattern NUMBER_CELL = Pattern.compile("\\d{1,2}[.)]?");

    private OcrCleanup() {}

    /**
     * A page's paragraphs with misread item numbers written back, where the neighbouring item tells: a first item's
     * "1" read as a letter ("L. Vraag …") when "2." follows within a few lines, and a number read with a comma ("4,
     * vraag …") when the item before or after it is numbered in turn. Without a neighbour "L." is a person's initial
     * as well ("L. de Vries"), and "4, " may be prose wrapped after a list of numbers ("hoofdstuk 3 en / 4, waarin …").
     */
    static List<String> items(List<String> paragraphs) {
        List<String[]> lines = paragraphs.stream().map(p -> p.split("\n", -1)).toList();
        List<int[]> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = 0; j < lines.get(i).length; j++) {
                at.add(new int[] {i, j});
            }
        }
        int[] number = new int[at.size()];
        String[] mark = new String[at.size()];
        for (int k = 0; k < at.size(); k++) {
            Matcher m = ITEM_NUMBER.matcher(line(lines, at, k));
            number[k] = m.find() ? Integer.parseInt(m.group(1)) : -1;
            mark[k] = number[k] < 0 ? null : m.group(2);
        }
        for (int k = 0; k < at.size(); k++) {
            String[] par = lines.get(at.get(k)[0]);
            String line = par[at.get(k)[1]];
            Matcher one = MISREAD_ONE.matcher(line);
            Matcher comma = COMMA_NUMBER.matcher(line);
            if (one.find()) {
                int second = near(number, k, 2, 1);
                if (second >= 0) {
                    par[at.get(k)[1]] = "1" + mark[second] + " " + line.substring(one.end());
                }
            } else if (comma.find()) {
                int n = Integer.parseInt(comma.group(1));
                if (near(number, k, n - 1, -1) >= 0 || near(number, k, n + 1, 1) >= 0) {
                    par[at.get(k)[1]] = n + "." + line.substring(comma.end(1) + 1);
                }
            }
        }
        romanItems(lines, at);
        return lines.stream().map(l -> String.join("\n", l)).toList();
    }

    /**
     * A list numbered I., II., III. as read from a scan ("|. de agenda vast te stellen;" / "IL. een krediet …" / "II
     * Gedeputeerde Staten op te dragen …"): a run of lines, each within a few lines of the one before, starting with
     * strokes only, the first a single stroke with a dot, is numbered anew in its order.
     */
    private static void romanItems(List<String[]> lines, List<int[]> at) {
        for (int k = 0; k < at.size(); k++) {
            String first = line(lines, at, k);
            Matcher m = ROMAN_STROKES.matcher(first);
            if (!m.find() || !m.group().strip().matches(".[.,]")) {
                continue;
            }
            List<Integer> run = new ArrayList<>(List.of(k));
            for (int j = k + 1; j < at.size() && j <= last(run) + ITEM_LINES && run.size() < ROMAN.length; j++) {
                if (ROMAN_STROKES.matcher(line(lines, at, j)).find()) {
                    run.add(j);
                }
            }
            // initials in a list of names ("L. de Vries" / "I. Bakker") are single strokes: a number has two or more
            if (run.size() < 2 || run.stream().noneMatch(j -> strokes(lines, at, j) >= 2)) {
                continue;
            }
            for (int r = 0; r < run.size(); r++) {
                String[] par = lines.get(at.get(run.get(r))[0]);
                int line = at.get(run.get(r))[1];
                Matcher strokes = ROMAN_STROKES.matcher(par[line]);
                if (strokes.find()) {
                    par[line] = ROMAN[r] + ". " + par[line].substring(strokes.end());
                }
            }
            k = last(run);
        }
    }

    private static int strokes(List<String[]> lines, List<int[]> at, int k) {
        Matcher m = ROMAN_STROKES.matcher(line(lines, at, k));
        return m.find() ? m.group().strip().replaceAll("[.,]$", "").length() : 0;
    }

    private static String line(List<String[]> lines, List<int[]> at, int k) {
        return lines.get(at.get(k)[0])[at.get(k)[1]];
    }

    private static int last(List<Integer> list) {
        return list.get(list.size() - 1);
    }

    /** The line within {@link #ITEM_LINES} of line {@code k}, in {@code direction}, that starts item {@code n}; or -1. */
    private static int near(int[] number, int k, int n, int direction) {
        for (int d = 1; d <= ITEM_LINES; d++) {
            int j = k + d * direction;
            if (j >= 0 && j < number.length && number[j] == n) {
                return j;
            }
        }
        return -1;
    }

    /** A table's cells with a "1" read as a letter ("L", "l", "I") written back in a column of item numbers. */
    static List<List<String>> tableNumbers(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> out = rows.stream().map(r -> (List<String>) new ArrayList<>(r)).toList();
        for (int c = 0; c < columns; c++) {
            int col = c;
            if (rows.stream().noneMatch(r -> col < r.size() && NUMBER_CELL.matcher(r.get(col)).matches())) {
                continue;
            }
            for (List<String> r : out) {
                Matcher one = col < r.size() ? MISREAD_ONE_CELL.matcher(r.get(col)) : null;
                if (one != null && one.matches()) {
                    r.set(col, "1" + (one.group(1).equals(".") ? "." : ""));
                }
            }
        }
        return out;
    }

    static String apply(String text) {
        String bullets = MISREAD_BULLET.matcher(EURO.matcher(text).replaceAll("€")).replaceAll("• ");
        return SPLIT_THOUSANDS.matcher(bullets).replaceAll(m -> m.group().replace(" ", ""));
    }
}
