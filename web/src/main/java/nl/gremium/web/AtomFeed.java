package nl.gremium.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A saved search as an Atom feed (RFC 4287): one entry per matching record, newest first, escaped as XML. */
final class AtomFeed {
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

    private AtomFeed() {}

    static String of(SavedSearch s, List<AlertItem> items, String baseUrl, Instant now) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        StringBuilder x = new StringBuilder(8_000).append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">")
                .append("<id>urn:gremium:zoekopdracht:").append(xml(s.id())).append("</id>")
                .append("<title>Gremium: ").append(xml(s.name())).append("</title>")
                .append("<updated>").append(time(items.stream().map(AlertItem::date).filter(d -> d != null).max(LocalDate::compareTo)
                        .map(AtomFeed::time).orElse(DateTimeFormatter.ISO_INSTANT.format(s.created() == null ? now : s.created()))))
                .append("</updated>")
                .append("<author><name>Gremium</name></author>")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(base + "/zoekopdrachten")).append("\"/>");
        for (AlertItem i : items) {
            x.append("<entry><id>urn:gremium:record:").append(xml(i.id())).append("</id>")
                    .append("<title>").append(xml(i.title() == null ? i.id() : i.title())).append("</title>")
                    .append("<updated>").append(i.date() == null ? DateTimeFormatter.ISO_INSTANT.format(now) : time(i.date())).append("</updated>")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(base + i.path())).append("\"/>")
                    .append("<category term=\"").append(xml(i.type())).append("\"/>")
                    .append("<summary type=\"text\">").append(xml(i.snippet() == null ? "" : i.snippet())).append("</summary></entry>");
        }
        return x.append("</feed>\n").toString();
    }

    private static String time(String s) {
        return s;
    }

    private static String time(LocalDate d) {
        return DateTimeFormatter.ISO_INSTANT.format(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** XML text: the five specials escaped and characters XML 1.0 does not allow dropped. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
