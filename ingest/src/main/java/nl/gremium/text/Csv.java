package nl.gremium.text;

/** RFC 4180 cells: quoted (with doubled quotes) only when the text holds a comma, quote or line break. */
public final class Csv {
    private Csv() {}

    public static String quote(String s) {
        if (s == null || s.isEmpty() || s.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return s == null ? "" : s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
