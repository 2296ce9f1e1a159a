package nl.gremium.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.gremium.access.Role;
import nl.gremium.analytics.Evidence;
import nl.gremium.analytics.RecommendationView;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;
import nl.gremium.text.Csv;

/** The recommendations tracker: the filterable list, one recommendation with its status form and history, CSV. */
final class RecommendationsPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private RecommendationsPage() {}

    static List<RecommendationView> filter(List<RecommendationView> all, String status, String addressee, String q) {
        return all.stream()
                .filter(v -> Html.blank(status) || v.status().name().equals(status))
                .filter(v -> Html.blank(addressee) || addressee.equals(v.addressee()))
                .filter(v -> Html.blank(q) || Html.contains(v.text(), q) || Html.contains(v.reportTitle(), q) || Html.contains(v.theme(), q))
                .toList();
    }

    static String list(List<RecommendationView> all, List<RecommendationView> shown, String status, String addressee, String q,
                       Optional<RecommendationsTracker.Freshness> computed) {
        StringBuilder h = new StringBuilder(16_000);
        h.append("<h1>Recommendations tracker</h1>");
        Map<RecommendationStatus, Long> counts = new TreeMap<>();
        all.forEach(v -> counts.merge(v.status(), 1L, Long::sum));
        h.append("<p>").append(all.size()).append(" recommendations: ");
        for (RecommendationStatus s : RecommendationStatus.values()) {
            h.append(statusBadge(s)).append(' ').append(counts.getOrDefault(s, 0L)).append(" &nbsp; ");
        }
        h.append("</p>");
        if (computed.isEmpty()) {
            h.append("<p class=\"notice\">The analytics job has not run yet: statuses come from controllers only and follow-up evidence is not shown. Run <code>./gremium analytics</code>.</p>");
        } else if (computed.get().stale()) {
            h.append("<p class=\"notice stale\" role=\"status\">Statuses computed at ").append(Html.esc(computed.get().computedAtText()))
                    .append("; documents were added after that (last at ").append(Html.esc(computed.get().lastIngestText()))
                    .append("), so evidence in them is not yet counted. Run <code>./gremium analytics</code> to recompute.</p>");
        } else {
            h.append("<p class=\"muted computed\">Statuses computed at ").append(Html.esc(computed.get().computedAtText()))
                    .append(", after the last document was added.</p>");
        }
        h.append("<form class=\"search\" method=\"get\" action=\"/recommendations\" role=\"search\" aria-label=\"Filter recommendations\">")
                .append("<div class=\"field\"><label for=\"rq\">Text</label><input type=\"search\" id=\"rq\" name=\"q\" value=\"")
                .append(Html.esc(q)).append("\"></div>")
                .append("<div class=\"field\"><label for=\"rs\">Status</label><select id=\"rs\" name=\"status\"><option value=\"\">any</option>");
        for (RecommendationStatus s : RecommendationStatus.values()) {
            h.append("<option value=\"").append(s.name()).append('"').append(s.name().equals(status) ? " selected" : "")
                    .append('>').append(label(s)).append("</option>");
        }
        h.append("</select></div><div class=\"field\"><label for=\"ra\">Addressee</label><select id=\"ra\" name=\"addressee\"><option value=\"\">any</option>");
        all.stream().map(RecommendationView::addressee).filter(a -> a != null && !a.isBlank()).distinct().sorted().forEach(a ->
                h.append("<option value=\"").append(Html.esc(a)).append('"').append(a.equals(addressee) ? " selected" : "")
                        .append('>').append(Html.esc(a)).append("</option>"));
        h.append("</select></div><button type=\"submit\">Filter</button>")
                .append("<a class=\"button secondary\" href=\"/recommendations.csv?").append(query(status, addressee, q))
                .append("\">Export CSV</a></form>");
        if (shown.isEmpty()) {
            return h.append("<p>No recommendations match.</p>").toString();
        }
        h.append("<div class=\"table-wrap\"><table class=\"data list\" id=\"recommendations\"><caption class=\"muted\">")
                .append(shown.size()).append(" shown</caption><thead><tr><th scope=\"col\">Nr</th><th scope=\"col\">Recommendation</th>")
                .append("<th scope=\"col\">Addressee</th><th scope=\"col\">Report</th><th scope=\"col\">Age (days)</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\">Owner · due</th><th scope=\"col\">Evidence</th></tr></thead><tbody>");
        for (RecommendationView v : shown) {
            StatusEntry c = v.controller();
            h.append("<tr id=\"r-").append(Html.esc(Html.anchor(v.id()))).append("\"><td>").append(Html.esc(v.number())).append("</td>")
                    .append("<td lang=\"nl\"><a href=\"/recommendations/").append(Html.url(v.id())).append("\">")
                    .append(Html.esc(Html.truncate(v.text(), 160))).append("</a></td>")
                    .append("<td lang=\"nl\">").append(Html.esc(v.addressee())).append("</td>")
                    .append("<td lang=\"nl\"><a href=\"/documents/").append(Html.url(v.docId())).append("#rec-").append(Html.esc(Html.anchor(v.id())))
                    .append("\">").append(Html.esc(Html.truncate(v.reportTitle(), 60))).append("</a>")
                    .append(v.date() != null ? "<br><span class=\"muted\">" + v.date() + "</span>" : "").append("</td>")
                    .append("<td class=\"num\">").append(v.ageDays() == null ? "" : v.ageDays()).append("</td>")
                    .append("<td>").append(statusBadge(v.status())).append("<br><span class=\"muted\">").append(sourceLabel(v.statusSource()))
                    .append("</span></td><td>").append(c == null ? "" : Html.esc(c.owner()) + (c.due() != null ? "<br>due " + c.due() : ""))
                    .append("</td><td>");
            List<Evidence> ev = v.evidence() == null ? List.of() : v.evidence();
            for (int i = 0; i < Math.min(3, ev.size()); i++) {
                h.append(i > 0 ? "<br>" : "").append(evidenceLink(ev.get(i)));
            }
            if (ev.size() > 3) {
                h.append("<br><span class=\"muted\">+").append(ev.size() - 3).append(" more</span>");
            }
            h.append("</td></tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }

    static String detail(RecommendationView v, List<StatusEntry> history, String message) {
        StringBuilder h = new StringBuilder(8000);
        h.append("<p class=\"crumbs\"><a href=\"/recommendations\">Recommendations</a> › ").append(Html.esc(v.number())).append("</p>");
        h.append("<h1>Recommendation ").append(Html.esc(v.number())).append("</h1>");
        if (message != null) {
            h.append("<p class=\"notice\" role=\"status\">").append(Html.esc(message)).append("</p>");
        }
        h.append("<blockquote lang=\"nl\">").append(Html.esc(v.text())).append("</blockquote><dl class=\"meta\">");
        dd(h, "Status", statusBadge(v.status()) + " <span class=\"muted\">" + sourceLabel(v.statusSource()) + "</span>"
                + (v.statusRule() == null ? "" : "<br><span class=\"rule\">Rule: " + Html.esc(v.statusRule()) + "</span>"));
        dd(h, "Report", "<a href=\"/documents/" + Html.url(v.docId()) + "#rec-" + Html.esc(Html.anchor(v.id())) + "\">"
                + Html.esc(v.reportTitle() != null ? v.reportTitle() : v.source()) + "</a>");
        dd(h, "Issuer", Html.esc(v.issuer()));
        dd(h, "Addressee", Html.esc(v.addressee()));
        dd(h, "Theme", Html.esc(v.theme()));
        dd(h, "Date", Html.esc(v.date()));
        dd(h, "Age", v.ageDays() == null ? "" : v.ageDays() + " days");
        h.append("</dl>");
        StatusEntry c = v.controller();
        if (Principal.current().may(Role.Permission.set_status)) {
            statusForm(h, v, c);
        }
        h.append("<h2>History</h2>");
        if (history.isEmpty()) {
            h.append("<p>No status set by a controller yet.</p>");
        } else {
            h.append("<table class=\"data\" id=\"history\"><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Who</th>")
                    .append("<th scope=\"col\">Status</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Note</th></tr></thead><tbody>");
            for (int i = history.size() - 1; i >= 0; i--) {
                StatusEntry e = history.get(i);
                h.append("<tr><td>").append(e.when() == null ? "" : WHEN.format(e.when())).append("</td><td>").append(Html.esc(e.who()))
                        .append("</td><td>").append(statusBadge(e.status())).append("</td><td>").append(Html.esc(e.owner()))
                        .append("</td><td>").append(Html.esc(e.due())).append("</td><td>").append(Html.esc(e.note())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("<h2>Follow-up evidence</h2>");
        List<Evidence> ev = v.evidence() == null ? List.of() : v.evidence();
        if (ev.isEmpty()) {
            h.append("<p>No follow-up found in later documents.</p>");
        } else {
            h.append("<ul class=\"evidence\">");
            for (Evidence e : ev) {
                h.append("<li>").append(evidenceLink(e)).append(e.suggests() != null ? " " + statusBadge(e.suggests()) : "")
                        .append("<br><q lang=\"nl\">").append(Html.esc(e.snippet())).append("</q>")
                        .append(e.rule() == null ? "" : "<br><span class=\"muted rule\">" + Html.esc(e.rule()) + "</span>");
                if (e.matched() != null && !e.matched().isEmpty()) {
                    h.append("<br><span class=\"muted\">matched: ").append(Html.esc(String.join(", ", e.matched()))).append("</span>");
                }
                h.append("</li>");
            }
            h.append("</ul>");
        }
        return h.toString();
    }

    static String csv(List<RecommendationView> rows) {
        StringBuilder c = new StringBuilder(Csv.row(List.of("id", "number", "text", "issuer", "addressee", "report", "date",
                "age_days", "status", "status_source", "owner", "due", "note", "set_by", "set_at", "evidence")));
        for (RecommendationView v : rows) {
            StatusEntry s = v.controller();
            String evidence = v.evidence() == null ? "" : String.join(" ; ", v.evidence().stream()
                    .map(e -> (e.date() != null ? e.date() + " " : "") + e.title() + " (" + e.docId() + ")").toList());
            String[] cells = {v.id(), v.number(), v.text(), v.issuer(), v.addressee(), v.reportTitle(),
                    v.date() == null ? null : v.date().toString(), v.ageDays() == null ? null : v.ageDays().toString(),
                    v.status().name(), v.statusSource(), s == null ? null : s.owner(), s == null || s.due() == null ? null : s.due().toString(),
                    s == null ? null : s.note(), s == null ? null : s.who(), s == null || s.when() == null ? null : s.when().toString(), evidence};
            c.append(Csv.row(Arrays.asList(cells)));
        }
        return c.toString();
    }

    private static String evidenceLink(Evidence e) {
        String anchor = e.recordId() == null ? "" : "decision".equals(e.recordType()) || "action".equals(e.recordType())
                ? "#rec-" + Html.anchor(e.recordId()) : "agenda_item".equals(e.recordType()) ? "#item-" + Html.anchor(e.recordId()) : "";
        return "<a href=\"/documents/" + Html.url(e.docId()) + Html.esc(anchor) + "\">" + Html.esc(Html.truncate(e.title(), 60)) + "</a>"
                + (e.date() != null ? " <span class=\"muted\">" + e.date() + "</span>" : "");
    }

    /** The controller's form; the signed-in user is recorded as who set the status. */
    private static void statusForm(StringBuilder h, RecommendationView v, StatusEntry c) {
        h.append("<h2>Set status</h2><form method=\"post\" action=\"/recommendations/").append(Html.url(v.id()))
                .append("\" class=\"status-form\" id=\"status-form\">")
                .append("<div class=\"field\"><label for=\"status\">Status</label><select id=\"status\" name=\"status\" required>");
        for (RecommendationStatus s : RecommendationStatus.values()) {
            h.append("<option value=\"").append(s.name()).append('"').append(s == v.status() ? " selected" : "").append('>')
                    .append(label(s)).append("</option>");
        }
        h.append("</select></div>")
                .append(input("owner", "Owner (who follows it up)", "text", c == null ? "" : c.owner(), false))
                .append(input("due", "Due date", "date", c == null || c.due() == null ? "" : c.due().toString(), false))
                .append("<div class=\"field wide\"><label for=\"note\">Note (why)</label><textarea id=\"note\" name=\"note\" rows=\"3\">")
                .append("</textarea></div><div><button type=\"submit\">Save status</button></div></form>");
    }

    private static String input(String name, String label, String type, String value, boolean required) {
        return "<div class=\"field\"><label for=\"" + name + "\">" + label + "</label><input type=\"" + type + "\" id=\"" + name
                + "\" name=\"" + name + "\" value=\"" + Html.esc(value) + "\"" + (required ? " required" : "") + "></div>";
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
        return s.name().replace('_', ' ');
    }

    private static String sourceLabel(String source) {
        return switch (source == null ? "none" : source) {
            case "controller" -> "set by controller";
            case "evidence" -> "from evidence";
            default -> "default";
        };
    }

    private static String query(String status, String addressee, String q) {
        return "status=" + Html.url(status) + "&amp;addressee=" + Html.url(addressee) + "&amp;q=" + Html.url(q);
    }

}
