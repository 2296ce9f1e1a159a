package nl.gremium.text;

import java.util.regex.Pattern;

/**
 * CSV cells, the one implementation for every CSV the project writes (export, analytics, web). RFC 4180
 * quoting (doubled quotes, quoted only when the text holds a comma, semicolon, quote or line break), and
 * spreadsheet-formula defusing: a text cell that starts with = + - @ or a tab would be run as a formula
 * by Excel or LibreOffice, so it gets a leading apostrophe (OWASP "CSV injection"); plain numbers such
 * as "-24526" stay numbers.
 */
public final class Csv {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)*");

    private Csv() {}

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
