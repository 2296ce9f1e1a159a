package nl.gremium.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.index.SearchQuery;
import nl.gremium.index.SearchResult;

/**
 * The search page. All state is in the query string (q, type, kind, body, organisation, year, from,
 * to, sort, page), so every result list can be bookmarked and shared; facet values are links that
 * add or remove one filter.
 */
final class SearchPage {
    static final int PAGE_SIZE = 10;
    /** URL parameter per facet dimension of the index, in display order, with its heading. */
    private static final List<String[]> FACETS = List.of(
            new String[] {"type", "type", "search.facet.type"}, new String[] {"kind", "kind", "search.facet.kind"},
            new String[] {"body", "body", "dec.body"}, new String[] {"year", "year", "dec.year"},
            new String[] {"organisation", "organisation", "doc.organisation"},
            new String[] {"redaction", "redaction", "search.facet.redaction"});
    private static final Pattern MARK = Pattern.compile("</?mark>");

    private SearchPage() {}

    static SearchQuery query(Context ctx) {
        int page = intParam(ctx.queryParam("page"), 1);
        int size = Math.min(SearchQuery.MAX_PAGE_SIZE, intParam(ctx.queryParam("size"), PAGE_SIZE));
        SearchQuery.Sort sort;
        try {
            String s = ctx.queryParam("sort");
            sort = s == null || s.isBlank() ? SearchQuery.Sort.relevance : SearchQuery.Sort.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("unknown sort '" + ctx.queryParam("sort") + "' (relevance, date_desc, date_asc)");
        }
        return new SearchQuery(ctx.queryParam("q"), ctx.queryParams("type"), ctx.queryParams("kind"), ctx.queryParams("body"),
                ctx.queryParams("organisation"), ctx.queryParams("year"), ctx.queryParams("status"),
                date(ctx.queryParam("from"), "from"), date(ctx.queryParam("to"), "to"), sort, page, size, true,
                ctx.queryParams("redaction"));
    }

    static String render(SearchResult r, Context ctx) {
        SearchQuery q = r.query();
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(20_000);
        h.append("<h1>").append(m.get("nav.search")).append("</h1>");
        h.append("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">")
                .append("<div class=\"field\"><label for=\"q\">").append(m.get("search.label")).append("</label>")
                .append("<input type=\"search\" id=\"q\" name=\"q\" value=\"").append(Html.esc(q.text()))
                .append("\" placeholder=\"").append(Html.esc(m.get("search.placeholder"))).append("\"></div>")
                .append("<div class=\"field\"><label for=\"from\">").append(m.get("search.from"))
                .append("</label><input type=\"date\" id=\"from\" name=\"from\" value=\"").append(Html.esc(q.from())).append("\"></div>")
                .append("<div class=\"field\"><label for=\"to\">").append(m.get("search.to"))
                .append("</label><input type=\"date\" id=\"to\" name=\"to\" value=\"").append(Html.esc(q.to())).append("\"></div>")
                .append("<div class=\"field\"><label for=\"sort\">").append(m.get("search.sort"))
                .append("</label><select id=\"sort\" name=\"sort\">");
        for (SearchQuery.Sort s : SearchQuery.Sort.values()) {
            h.append("<option value=\"").append(s.name()).append('"').append(s == q.sort() ? " selected" : "").append('>')
                    .append(m.get("search.sort." + s.name())).append("</option>");
        }
        h.append("</select></div>");
        // keep the facet filters when the text changes
        for (String[] f : FACETS) {
            for (String v : values(q, f[0])) {
                h.append("<input type=\"hidden\" name=\"").append(f[0]).append("\" value=\"").append(Html.esc(v)).append("\">");
            }
        }
        h.append("<button type=\"submit\">").append(m.get("nav.search")).append("</button></form>");
        h.append(activeFilters(q));
        h.append("<div class=\"results-grid\"><aside class=\"facets\" aria-label=\"").append(m.get("search.refine")).append("\">");
        for (String[] f : FACETS) {
            List<SearchResult.FacetCount> counts = r.facets().get(f[1]);
            if (counts == null || counts.isEmpty()) {
                continue;
            }
            h.append("<h2 id=\"facet-").append(f[0]).append("\">").append(m.get(f[2])).append("</h2><ul aria-labelledby=\"facet-").append(f[0]).append("\">");
            List<String> selected = values(q, f[0]);
            for (SearchResult.FacetCount c : counts.subList(0, Math.min(12, counts.size()))) {
                boolean on = selected.contains(c.value());
                h.append("<li><a href=\"").append(Html.esc(toggle(q, f[0], c.value()))).append('"')
                        .append(on ? " aria-current=\"true\"" : "").append('>').append(on ? "✓ " : "")
                        .append(Html.esc(facetValue(f[0], c.value()))).append("</a><span class=\"count\"").append(c.estimated() ? " title=\"" + m.get("search.estimated") + "\">≈ " : ">")
                        .append(m.number(c.count()))
                        .append("</span></li>");
            }
            h.append("</ul>");
        }
        h.append("</aside><section aria-label=\"").append(m.get("search.results")).append("\">");
        if (q.text().isEmpty() && r.total() == 0) {
            h.append("<p>").append(m.get("search.empty")).append("</p>");
        } else {
            if (r.corrected()) {
                h.append("<p class=\"suggestion\">").append(m.get("search.corrected", "<q lang=\"nl\">" + Html.esc(q.text()) + "</q>",
                        "<q lang=\"nl\">" + Html.esc(r.suggestion()) + "</q>")).append("</p>");
            } else if (r.suggestion() != null) {
                h.append("<p class=\"suggestion\">").append(m.get("search.didYouMean", "<a lang=\"nl\" href=\"/?q="
                        + Html.esc(Html.url(r.suggestion())) + "\">" + Html.esc(r.suggestion()) + "</a>")).append("</p>");
            }
            h.append("<p class=\"muted\" role=\"status\">").append(m.get("search.count", r.total()))
                    .append(r.relaxed() ? " " + m.get("search.relaxed") : "").append(" · ")
                    .append(r.tookMillis()).append(" ms</p>");
        }
        h.append("<ol class=\"hits\" start=\"").append((q.page() - 1) * q.pageSize() + 1).append("\">");
        for (SearchResult.Hit hit : r.hits()) {
            h.append("<li class=\"hit ").append(Html.esc(hit.type())).append("\"><span class=\"badge ").append(Html.esc(hit.type())).append("\">")
                    .append(Html.esc(facetValue("type", hit.type()))).append("</span> <a class=\"hit-title\" href=\"").append(Html.esc(href(hit)))
                    .append("\" lang=\"nl\">").append(Html.esc(hitTitle(hit))).append("</a>")
                    .append("<p class=\"snippet\" lang=\"nl\">").append(safeSnippet(hit.snippet())).append("</p>")
                    .append("<div class=\"hit-meta\">").append(meta(hit)).append("</div></li>");
        }
        h.append("</ol>");
        h.append(pager(q, r.pages()));
        return h.append("</section></div>").toString();
    }

    /** Where a hit opens: the record's place in the document text, the agenda item, or the document. */
    static String href(SearchResult.Hit hit) {
        String base = "/documents/" + Html.url(hit.docId());
        String[] parts = hit.id().split("/", 3);
        return switch (hit.type()) {
            case "document" -> base;
            case "agenda_item" -> base + (hit.agendaItem() != null ? "#item-" + Html.anchor(hit.agendaItem()) : "");
            case "funding" -> parts.length == 3 ? base + "#page-" + hit.page() : base;
            default -> parts.length == 3 ? base + "#rec-" + Html.anchor(parts[2]) : base;
        };
    }

    private static String hitTitle(SearchResult.Hit hit) {
        String t = hit.title() == null || hit.title().isBlank() ? hit.docId() : hit.title();
        return hit.agendaItem() != null && !"agenda_item".equals(hit.type()) && !"document".equals(hit.type())
                && !t.startsWith(hit.agendaItem()) ? t + " · " + Messages.current().get("search.item", hit.agendaItem()) : t;
    }

    private static String meta(SearchResult.Hit hit) {
        List<String> m = new ArrayList<>();
        if (hit.date() != null) {
            m.add(Html.date(hit.date()));
        }
        if (hit.body() != null) {
            m.add(Html.esc(hit.body()));
        }
        if (hit.kind() != null) {
            m.add(Html.esc(facetValue("kind", hit.kind())));
        }
        if (hit.organisation() != null) {
            m.add(Html.esc(hit.organisation()));
        }
        if (hit.status() != null) {
            m.add(Messages.current().get("rec.status").toLowerCase(Messages.current().locale()) + " "
                    + Html.esc(facetValue("status", hit.status())));
        }
        if (hit.page() > 0) {
            m.add(Messages.current().get("dec.page", hit.page()));
        }
        return String.join(" · ", m);
    }

    /**
     * The index returns snippets as escaped text with {@code <mark>} around matches. Defence in depth:
     * everything but those two tags is escaped again here (entities already present are kept).
     */
    static String safeSnippet(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(snippet.length() + 16);
        Matcher m = MARK.matcher(snippet);
        int pos = 0;
        int depth = 0;
        while (m.find()) {
            out.append(escapeTags(snippet.substring(pos, m.start())));
            boolean close = m.group().startsWith("</");
            if (close && depth > 0) {
                out.append("</mark>");
                depth--;
            } else if (!close) {
                out.append("<mark>");
                depth++;
            }
            pos = m.end();
        }
        out.append(escapeTags(snippet.substring(pos)));
        out.append("</mark>".repeat(depth));
        return out.toString();
    }

    private static String escapeTags(String s) {
        return s.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replaceAll("&(?![#a-zA-Z0-9]+;)", "&amp;");
    }

    /** A facet value in the reader's words: a document kind, a result type or a status by its label; other values as they are. */
    static String facetValue(String facet, String value) {
        String key = switch (facet) {
            case "kind" -> "kind." + value;
            case "type" -> "type." + value;
            case "status" -> "status." + value;
            default -> null;
        };
        String label = key == null ? key : Messages.current().get(key);
        return label == null || label.equals(key) ? value.replace('_', ' ') : label;
    }

    private static String activeFilters(SearchQuery q) {
        StringBuilder h = new StringBuilder();
        for (String[] f : FACETS) {
            for (String v : values(q, f[0])) {
                String label = Messages.current().get(f[2]);
                h.append("<li><a href=\"").append(Html.esc(toggle(q, f[0], v))).append("\" aria-label=\"")
                        .append(Html.esc(Messages.current().get("search.removeFilter", label, v))).append("\">").append(label).append(": ")
                        .append(Html.esc(facetValue(f[0], v))).append(" ✕</a></li>");
            }
        }
        return h.length() == 0 ? "" : "<ul class=\"active-filters\" aria-label=\"" + Messages.current().get("search.activeFilters") + "\">"
                + h + "</ul>";
    }

    private static String pager(SearchQuery q, int pages) {
        if (pages <= 1) {
            return "";
        }
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder("<nav class=\"pager\" aria-label=\"" + m.get("search.pages") + "\">");
        if (q.page() > 1) {
            h.append("<a rel=\"prev\" href=\"").append(Html.esc(url(q, null, null, q.page() - 1))).append("\">← ").append(m.get("search.previous")).append("</a>");
        }
        h.append("<span>").append(m.get("search.pageOf", q.page(), pages)).append("</span>");
        if (q.page() < pages) {
            h.append("<a rel=\"next\" href=\"").append(Html.esc(url(q, null, null, q.page() + 1))).append("\">").append(m.get("search.next")).append(" →</a>");
        }
        return h.append("</nav>").toString();
    }

    /** The URL with one facet value switched on or off, back on page 1. */
    private static String toggle(SearchQuery q, String param, String value) {
        return url(q, param, value, 1);
    }

    static String url(SearchQuery q, String toggleParam, String toggleValue, int page) {
        StringBuilder u = new StringBuilder("/?q=").append(Html.url(q.text()));
        for (String[] f : FACETS) {
            List<String> vs = new ArrayList<>(values(q, f[0]));
            if (f[0].equals(toggleParam)) {
                if (!vs.remove(toggleValue)) {
                    vs.add(toggleValue);
                }
            }
            vs.forEach(v -> u.append('&').append(f[0]).append('=').append(Html.url(v)));
        }
        q.statuses().forEach(v -> u.append("&status=").append(Html.url(v)));
        if (q.from() != null) {
            u.append("&from=").append(q.from());
        }
        if (q.to() != null) {
            u.append("&to=").append(q.to());
        }
        if (q.sort() != SearchQuery.Sort.relevance) {
            u.append("&sort=").append(q.sort().name());
        }
        if (page > 1) {
            u.append("&page=").append(page);
        }
        return u.toString();
    }

    private static List<String> values(SearchQuery q, String param) {
        return switch (param) {
            case "type" -> q.types();
            case "kind" -> q.kinds();
            case "body" -> q.bodies();
            case "year" -> q.years();
            case "organisation" -> q.organisations();
            case "redaction" -> q.redactions();
            default -> List.of();
        };
    }

    private static LocalDate date(String s, String name) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("'" + name + "' must be a date like 2025-01-31, got '" + s + "'");
        }
    }

    private static int intParam(String s, int dflt) {
        if (s == null || s.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("'" + s + "' is not a number");
        }
    }

}
