package nl.gremium.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV cells, the one implementation for every CSV the project writes (export, analytics, web). RFC 4180
 * quoting (doubled quotes, quoted only when the text holds a comma, semicolon, quote or line break), and
 * spreadsheet-formula defusing: a text cell that starts with = + - @ or a tab would be run as a formula
 * by Excel or LibreOffice, so it gets a leading apostrophe (OWASP "CSV injection"); plain numbers such
 * as "-24526" stay numbers.
 *
 * <p>Written for Dutch Excel, which splits on the list separator of the Dutch locale: cells are separated by
 * {@value #SEPARATOR} and a file starts with a byte-order mark ({@link #BOM}), without which Excel reads
 * UTF-8 as Windows-1252 ("financiÃ«n").
 */
public final class Csv {
    public static final char SEPARATOR = ';';
    /** The first character of every CSV file or response the project writes. */
    public static final String BOM = "\uFEFF";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)*");

    private Csv() {}

    /** One line: the cells defused, quoted as needed, separated by {@value #SEPARATOR}, ended by CR LF. */
    public static String row(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(String.valueOf(SEPARATOR))) + "\r\n";
    }

    /** One cell, defused and quoted as needed; null becomes "". */
    public static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches() ? "'" + s : s;
        if (v.chars().noneMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r')) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
