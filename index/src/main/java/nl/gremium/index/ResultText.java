package nl.gremium.index;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain-text rendering of a {@link SearchResult} for the terminal. */
public final class ResultText {
    private ResultText() {}

    /**
     * @param ansi mark matches in bold (a terminal); otherwise in [brackets]
     */
    public static String format(SearchResult r, boolean ansi, boolean facets) {
        StringBuilder sb = new StringBuilder();
        SearchQuery q = r.query();
        int first = (q.page() - 1) * q.pageSize() + 1;
        sb.append(r.total()).append(r.total() == 1 ? " result" : " results");
        if (!r.hits().isEmpty()) {
            sb.append(", ").append(first).append('–').append(first + r.hits().size() - 1);
        }
        sb.append(" (").append(r.tookMillis()).append(" ms)");
        if (r.relaxed()) {
            sb.append(" — no result holds every word; showing results with any of them");
        }
        sb.append('\n');
        int n = first;
        for (SearchResult.Hit h : r.hits()) {
            sb.append('\n').append(n++).append(". [").append(h.type()).append("] ")
                    .append(h.title() == null ? h.docId() : h.title()).append('\n');
            sb.append("   ").append(details(h)).append('\n');
            if (!h.snippet().isEmpty()) {
                sb.append("   ").append(plain(h.snippet(), ansi)).append('\n');
            }
        }
        if (facets && !r.facets().isEmpty()) {
            sb.append('\n');
            for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
                if (!e.getValue().isEmpty()) {
                    sb.append(e.getKey()).append(": ").append(e.getValue().stream()
                            .map(f -> f.value() + " (" + (f.estimated() ? "≈" : "") + f.count() + ")").collect(Collectors.joining(", "))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String details(SearchResult.Hit h) {
        StringBuilder sb = new StringBuilder();
        append(sb, h.date() == null ? null : h.date().toString());
        append(sb, h.kind());
        append(sb, h.body());
        append(sb, h.organisation());
        append(sb, h.agendaItem() == null ? null : "item " + h.agendaItem());
        append(sb, h.page() > 0 ? "p. " + h.page() : null);
        append(sb, h.status());
        append(sb, "doc " + h.docId());
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null && !part.isBlank()) {
            sb.append(sb.isEmpty() ? "" : " · ").append(part);
        }
    }

    /** Snippet HTML to terminal text: marks to bold or brackets, entities decoded. */
    static String plain(String html, boolean ansi) {
        return html.replace("<mark>", ansi ? "\u001b[1m" : "[").replace("</mark>", ansi ? "\u001b[0m" : "]")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
