package nl.gremium.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.gremium.access.Role;
import nl.gremium.analytics.Evidence;
import nl.gremium.analytics.RecommendationView;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;

/**
 * The recommendations tracker: the filterable list grouped per report (date, age, due date, overdue), one
 * recommendation with its status form and history, and the CSV/XLSX export. Words through {@link Messages}.
 */
final class RecommendationsPage {
    private RecommendationsPage() {}

    /** What the page says about the statuses' age: when computed, whether documents came after, whether a run is under way. */
    record Computed(Optional<RecommendationsTracker.Freshness> freshness, boolean recomputing, boolean failed) {}

    static List<RecommendationView> filter(List<RecommendationView> all, String status, String addressee, String q) {
        return all.stream()
                .filter(v -> Html.blank(status) || v.status().name().equals(status)
                        || "overdue".equals(status) && Boolean.TRUE.equals(v.overdue()))
                .filter(v -> Html.blank(addressee) || addressee.equals(v.addressee()))
                .filter(v -> Html.blank(q) || Html.contains(v.text(), q) || Html.contains(v.reportTitle(), q) || Html.contains(v.theme(), q))
                .toList();
    }

    static String list(List<RecommendationView> all, List<RecommendationView> shown, String status, String addressee, String q,
                       Computed computed) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(16_000);
        h.append("<h1>").append(m.get("rec.title")).append("</h1>");
        Map<RecommendationStatus, Long> counts = new TreeMap<>();
        all.forEach(v -> counts.merge(v.status(), 1L, Long::sum));
        long overdue = all.stream().filter(v -> Boolean.TRUE.equals(v.overdue())).count();
        h.append("<p class=\"counts\">").append(m.get("rec.count", all.size())).append(": ");
        for (RecommendationStatus s : RecommendationStatus.values()) {
            h.append(statusBadge(s)).append(' ').append(m.number(counts.getOrDefault(s, 0L))).append(" &nbsp; ");
        }
        if (overdue > 0) {
            h.append("<span class=\"overdue\">").append(m.get("rec.overdue")).append("</span> ").append(m.number(overdue));
        }
        h.append("</p>");
        freshness(h, computed, m);
        h.append("<form class=\"search\" method=\"get\" action=\"/recommendations\" role=\"search\" aria-label=\"")
                .append(m.get("rec.filter.label")).append("\">")
                .append("<div class=\"field\"><label for=\"rq\">").append(m.get("rec.filter.text"))
                .append("</label><input type=\"search\" id=\"rq\" name=\"q\" value=\"").append(Html.esc(q)).append("\"></div>")
                .append("<div class=\"field\"><label for=\"rs\">").append(m.get("rec.status")).append("</label><select id=\"rs\" name=\"status\">")
                .append("<option value=\"\">").append(m.get("filter.any")).append("</option>");
        for (RecommendationStatus s : RecommendationStatus.values()) {
            h.append("<option value=\"").append(s.name()).append('"').append(s.name().equals(status) ? " selected" : "")
                    .append('>').append(label(s)).append("</option>");
        }
        h.append("<option value=\"overdue\"").append("overdue".equals(status) ? " selected" : "").append('>')
                .append(m.get("rec.overdue")).append("</option>");
        h.append("</select></div><div class=\"field\"><label for=\"ra\">").append(m.get("rec.addressee"))
                .append("</label><select id=\"ra\" name=\"addressee\"><option value=\"\">").append(m.get("filter.any")).append("</option>");
        all.stream().map(RecommendationView::addressee).filter(a -> a != null && !a.isBlank()).distinct().sorted().forEach(a ->
                h.append("<option value=\"").append(Html.esc(a)).append('"').append(a.equals(addressee) ? " selected" : "")
                        .append('>').append(Html.esc(a)).append("</option>"));
        String query = query(status, addressee, q);
        h.append("</select></div><button type=\"submit\">").append(m.get("filter.submit")).append("</button>")
                .append("<a class=\"button secondary\" id=\"export-csv\" href=\"/recommendations.csv?").append(query).append("\">")
                .append(m.get("export.csv")).append("</a>")
                .append("<a class=\"button secondary\" id=\"export-xlsx\" href=\"/recommendations.xlsx?").append(query).append("\">")
                .append(m.get("export.xlsx")).append("</a></form>");
        if (shown.isEmpty()) {
            return h.append("<p>").append(m.get("rec.none")).append("</p>").toString();
        }
        h.append("<p class=\"muted\">").append(m.get("rec.shown", shown.size(), byReport(shown).size())).append("</p>");
        h.append("<div id=\"recommendations\">");
        for (List<RecommendationView> group : byReport(shown).values()) {
            report(h, group, m);
        }
        return h.append("</div>").toString();
    }

    /** One report: its title, date and age, then its recommendations in printed order. */
    private static void report(StringBuilder h, List<RecommendationView> group, Messages m) {
        RecommendationView first = group.get(0);
        h.append("<section class=\"report\"><h2 lang=\"nl\"><a href=\"/documents/").append(Html.url(first.docId())).append("\">")
                .append(Html.esc(Objects.requireNonNullElse(first.reportTitle(), first.source()))).append("</a></h2><p class=\"muted\">");
        if (first.issuer() != null) {
            h.append(Html.esc(first.issuer())).append(" · ");
        }
        h.append(first.date() == null ? m.get("rec.undated") : m.get("rec.dated", m.date(first.date()),
                first.ageDays() == null ? "" : m.number(first.ageDays())));
        h.append("</p><div class=\"table-wrap\"><table class=\"data list recs\"><thead><tr><th scope=\"col\">")
                .append(m.get("rec.number")).append("</th><th scope=\"col\">").append(m.get("rec.recommendation"))
                .append("</th><th scope=\"col\">").append(m.get("rec.addressee")).append("</th><th scope=\"col\">")
                .append(m.get("rec.status")).append("</th><th scope=\"col\">").append(m.get("rec.ownerDue"))
                .append("</th><th scope=\"col\">").append(m.get("rec.evidence")).append("</th></tr></thead><tbody>");
        for (RecommendationView v : group) {
            StatusEntry c = v.controller();
            boolean late = Boolean.TRUE.equals(v.overdue());
            h.append("<tr id=\"r-").append(Html.esc(Html.anchor(v.id()))).append('"').append(late ? " class=\"is-overdue\"" : "")
                    .append("><td>").append(Html.esc(v.number())).append("</td>")
                    .append("<td lang=\"nl\"><a href=\"/recommendations/").append(Html.url(v.id())).append("\">")
                    .append(Html.esc(Html.truncate(v.text(), 160))).append("</a></td>")
                    .append("<td lang=\"nl\">").append(Html.esc(v.addressee())).append("</td>")
                    .append("<td>").append(statusBadge(v.status())).append("<br><span class=\"muted\">").append(sourceLabel(v.statusSource()))
                    .append("</span></td><td>").append(c == null ? "" : Html.esc(c.owner()));
            if (v.due() != null) {
                h.append("<br>").append(m.get("rec.dueOn", m.date(v.due())));
            }
            if (late) {
                h.append(" <span class=\"overdue\">").append(m.get("rec.overdue")).append("</span>");
            }
            h.append("</td><td>");
            List<Evidence> ev = v.evidence() == null ? List.of() : v.evidence();
            for (int i = 0; i < Math.min(3, ev.size()); i++) {
                h.append(i > 0 ? "<br>" : "").append(evidenceLink(ev.get(i)));
            }
            if (ev.size() > 3) {
                h.append("<br><span class=\"muted\">").append(m.get("rec.more", ev.size() - 3)).append("</span>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table></div></section>");
    }

    /** When the statuses were computed, whether later documents are not yet counted, and the recompute button. */
    private static void freshness(StringBuilder h, Computed computed, Messages m) {
        boolean controller = Principal.current().may(Role.Permission.set_status);
        if (computed.recomputing()) {
            h.append("<p class=\"notice updating\" role=\"status\" id=\"freshness\">").append(m.get("rec.updating")).append("</p>");
            return;
        }
        h.append("<div class=\"freshness\" id=\"freshness\">");
        Optional<RecommendationsTracker.Freshness> f = computed.freshness();
        if (f.isEmpty()) {
            h.append("<p class=\"notice\">").append(m.get("rec.notComputed")).append("</p>");
        } else if (f.get().stale()) {
            h.append("<p class=\"notice stale\" role=\"status\">").append(m.get("rec.stale", m.dateTime(f.get().computedAt()),
                    m.dateTime(f.get().lastIngest()))).append("</p>");
        } else {
            h.append("<p class=\"muted computed\">").append(m.get("rec.computed", m.dateTime(f.get().computedAt()))).append("</p>");
        }
        if (computed.failed()) {
            h.append("<p class=\"error-box\">").append(m.get("rec.recomputeFailed")).append("</p>");
        }
        if (controller) {
            h.append("<form method=\"post\" action=\"/recommendations/recompute\" class=\"recompute\"><button type=\"submit\" class=\"secondary\"")
                    .append(" id=\"recompute\">").append(m.get("rec.recompute")).append("</button></form>");
        }
        h.append("</div>");
    }

    /** Recommendations per report, in list order (the tracker sorts by report, then number). */
    static Map<String, List<RecommendationView>> byReport(List<RecommendationView> rows) {
        Map<String, List<RecommendationView>> out = new LinkedHashMap<>();
        rows.forEach(v -> out.computeIfAbsent(v.docId(), k -> new ArrayList<>()).add(v));
        return out;
    }

    static String detail(RecommendationView v, List<StatusEntry> history, String message) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(8000);
        h.append("<p class=\"crumbs\"><a href=\"/recommendations\">").append(m.get("nav.recommendations")).append("</a> › ")
                .append(Html.esc(v.number())).append("</p>");
        h.append("<h1>").append(m.get("rec.one", Html.esc(Objects.toString(v.number(), "")))).append("</h1>");
        if (message != null) {
            h.append("<p class=\"notice\" role=\"status\">").append(Html.esc(message)).append("</p>");
        }
        h.append("<blockquote lang=\"nl\">").append(Html.esc(v.text())).append("</blockquote>")
                .append(SavedSearchPage.followButton("recommendation:" + v.id(), m.get("rec.followName", Objects.toString(v.number(), v.id()))))
                .append("<dl class=\"meta\">");
        dd(h, m.get("rec.status"), statusBadge(v.status()) + " <span class=\"muted\">" + sourceLabel(v.statusSource()) + "</span>"
                + (v.statusRule() == null ? "" : "<br><span class=\"rule\">" + m.get("rec.rule") + ": <span lang=\"en\">"
                + Html.esc(v.statusRule()) + "</span></span>"));
        dd(h, m.get("rec.report"), "<a href=\"/documents/" + Html.url(v.docId()) + "#rec-" + Html.esc(Html.anchor(v.id())) + "\">"
                + Html.esc(v.reportTitle() != null ? v.reportTitle() : v.source()) + "</a>");
        dd(h, m.get("rec.issuer"), Html.esc(v.issuer()));
        dd(h, m.get("rec.addressee"), Html.esc(v.addressee()));
        dd(h, m.get("rec.theme"), Html.esc(v.theme()));
        dd(h, m.get("rec.date"), m.date(v.date()));
        dd(h, m.get("rec.age"), v.ageDays() == null ? "" : m.get("rec.days", m.number(v.ageDays())));
        dd(h, m.get("rec.due"), v.due() == null ? "" : m.date(v.due())
                + (Boolean.TRUE.equals(v.overdue()) ? " <span class=\"overdue\">" + m.get("rec.overdue") + "</span>" : ""));
        h.append("</dl>");
        StatusEntry c = v.controller();
        if (Principal.current().may(Role.Permission.set_status)) {
            statusForm(h, v, c, m);
        }
        h.append("<h2>").append(m.get("rec.history")).append("</h2>");
        if (history.isEmpty()) {
            h.append("<p>").append(m.get("rec.noHistory")).append("</p>");
        } else {
            h.append("<table class=\"data\" id=\"history\"><thead><tr><th scope=\"col\">").append(m.get("rec.when"))
                    .append("</th><th scope=\"col\">").append(m.get("rec.who")).append("</th><th scope=\"col\">").append(m.get("rec.status"))
                    .append("</th><th scope=\"col\">").append(m.get("rec.owner")).append("</th><th scope=\"col\">").append(m.get("rec.due"))
                    .append("</th><th scope=\"col\">").append(m.get("rec.note")).append("</th></tr></thead><tbody>");
            for (int i = history.size() - 1; i >= 0; i--) {
                StatusEntry e = history.get(i);
                h.append("<tr><td>").append(m.dateTime(e.when())).append("</td><td>").append(Html.esc(e.who()))
                        .append("</td><td>").append(statusBadge(e.status())).append("</td><td>").append(Html.esc(e.owner()))
                        .append("</td><td>").append(m.date(e.due())).append("</td><td>").append(Html.esc(e.note())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("<h2>").append(m.get("rec.followUp")).append("</h2>");
        List<Evidence> ev = v.evidence() == null ? List.of() : v.evidence();
        if (ev.isEmpty()) {
            h.append("<p>").append(m.get("rec.noEvidence")).append("</p>");
        } else {
            h.append("<ul class=\"evidence\">");
            for (Evidence e : ev) {
                h.append("<li>").append(evidenceLink(e)).append(e.suggests() != null ? " " + statusBadge(e.suggests()) : "")
                        .append("<br><q lang=\"nl\">").append(Html.esc(e.snippet())).append("</q>")
                        .append(e.rule() == null ? "" : "<br><span class=\"muted rule\">" + m.get("rec.rule") + ": <span lang=\"en\">"
                                + Html.esc(e.rule()) + "</span></span>");
                if (e.matched() != null && !e.matched().isEmpty()) {
                    h.append("<br><span class=\"muted\">").append(m.get("rec.matched")).append(": ")
                            .append(Html.esc(String.join(", ", e.matched()))).append("</span>");
                }
                h.append("</li>");
            }
            h.append("</ul>");
        }
        return h.toString();
    }

    /** The export: the same columns in CSV and XLSX, named as in the JSON. */
    static Exports.Table table(List<RecommendationView> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (RecommendationView v : rows) {
            StatusEntry s = v.controller();
            String evidence = v.evidence() == null ? "" : String.join(" ; ", v.evidence().stream()
                    .map(e -> (e.date() != null ? e.date() + " " : "") + e.title() + " (" + e.docId() + ")").toList());
            out.add(Arrays.asList(v.id(), v.number(), v.text(), v.issuer(), v.addressee(), v.reportTitle(), v.date(), v.ageDays(),
                    v.status().name(), v.statusSource(), s == null ? null : s.owner(), v.due(), v.overdue(),
                    s == null ? null : s.note(), s == null ? null : s.who(), s == null || s.when() == null ? null : s.when().toString(),
                    v.statusRule(), evidence));
        }
        return new Exports.Table("recommendations", List.of("id", "number", "text", "issuer", "addressee", "report", "date",
                "age_days", "status", "status_source", "owner", "due", "overdue", "note", "set_by", "set_at", "status_rule", "evidence"), out);
    }

    private static String evidenceLink(Evidence e) {
        String anchor = e.recordId() == null ? "" : "decision".equals(e.recordType()) || "action".equals(e.recordType())
                ? "#rec-" + Html.anchor(e.recordId()) : "agenda_item".equals(e.recordType()) ? "#item-" + Html.anchor(e.recordId()) : "";
        return "<a href=\"/documents/" + Html.url(e.docId()) + Html.esc(anchor) + "\" lang=\"nl\">" + Html.esc(Html.truncate(e.title(), 60))
                + "</a>" + (e.date() != null ? " <span class=\"muted\">" + Html.date(e.date()) + "</span>" : "");
    }

    /** The controller's form; the signed-in user is recorded as who set the status. */
    private static void statusForm(StringBuilder h, RecommendationView v, StatusEntry c, Messages m) {
        h.append("<h2>").append(m.get("rec.setStatus")).append("</h2><form method=\"post\" action=\"/recommendations/")
                .append(Html.url(v.id())).append("\" class=\"status-form\" id=\"status-form\">")
                .append("<div class=\"field\"><label for=\"status\">").append(m.get("rec.status"))
                .append("</label><select id=\"status\" name=\"status\" required>");
        for (RecommendationStatus s : RecommendationStatus.values()) {
            h.append("<option value=\"").append(s.name()).append('"').append(s == v.status() ? " selected" : "").append('>')
                    .append(label(s)).append("</option>");
        }
        h.append("</select></div>")
                .append(input("owner", m.get("rec.ownerLabel"), "text", c == null ? "" : c.owner()))
                .append(input("due", m.get("rec.dueLabel"), "date", c == null || c.due() == null ? "" : c.due().toString()))
                .append("<div class=\"field wide\"><label for=\"note\">").append(m.get("rec.noteLabel"))
                .append("</label><textarea id=\"note\" name=\"note\" rows=\"3\"></textarea></div><div><button type=\"submit\">")
                .append(m.get("rec.save")).append("</button></div></form>");
    }

    private static String input(String name, String label, String type, String value) {
        return "<div class=\"field\"><label for=\"" + name + "\">" + label + "</label><input type=\"" + type + "\" id=\"" + name
                + "\" name=\"" + name + "\" value=\"" + Html.esc(value) + "\"></div>";
    }

    private static void dd(StringBuilder h, String k, String v) {
        if (v != null && !v.isBlank()) {
            h.append("<dt>").append(k).append("</dt><dd>").append(v).append("</dd>");
        }
    }

    static String statusBadge(RecommendationStatus s) {
        return "<span class=\"status " + s.name() + "\">" + label(s) + "</span>";
    }

    static String label(RecommendationStatus s) {
        return Messages.current().get("status." + s.name());
    }

    private static String sourceLabel(String source) {
        return Messages.current().get("rec.source." + (source == null ? "none" : source));
    }

    private static String query(String status, String addressee, String q) {
        return "status=" + Html.url(status) + "&amp;addressee=" + Html.url(addressee) + "&amp;q=" + Html.url(q);
    }
}
