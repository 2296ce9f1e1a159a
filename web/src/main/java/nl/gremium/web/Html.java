package nl.gremium.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * HTML output helpers. Every piece of text that came from a document, a file name or a request goes
 * through {@link #esc} before it reaches a page: document text is untrusted input.
 */
final class Html {
    private Html() {}

    /** Escapes text for element content and quoted attribute values alike. */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters other than tab/newline are not valid in HTML text
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Percent-encodes one query-string or path value. */
    static String url(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A euro amount in the reader's notation: "€ 1.234.567" in Dutch (cents only when present). */
    static String euro(BigDecimal value) {
        return Messages.current().euro(value);
    }

    /** A safe id/anchor fragment from arbitrary text ("5.1" → "5.1", "a b" → "a-b"). */
    static String anchor(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    static String truncate(String s, int max) {
        if (s == null || s.length() <= max) {
            return s == null ? "" : s;
        }
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > max / 2 ? cut : max) + "…";
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Case-insensitive substring test for the simple text filters of the list pages. */
    static boolean contains(String hay, String q) {
        return hay != null && hay.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT).strip());
    }

    /** A date as the reader writes it: 16-06-2025 in Dutch. */
    static String date(LocalDate d) {
        return Messages.current().date(d);
    }
}
