package nl.gremium.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.gremium.analytics.Evidence;
import nl.gremium.model.Outcome;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.text.Csv;

/** The motions and commitments registers: the pages (in Dutch), their filters, and the table shared by CSV and XLSX. */
final class RegistersPage {
    static final List<String> MOTION_HEADER = List.of("id", "soort", "nummer", "titel", "indieners", "partijen", "orgaan",
            "datum", "uitkomst", "uitkomst zoals gedrukt", "stemming per partij", "opvolging", "bron status", "regel", "bewijs");
    static final List<String> COMMITMENT_HEADER = List.of("id", "document", "orgaan", "datum", "pagina", "toezegging", "wie",
            "aan wie", "termijn zoals gedrukt", "uiterste datum", "te laat", "eigenaar", "status", "bron status", "regel", "bewijs");

    private RegistersPage() {}

    static List<MotionRow> filterMotions(List<MotionRow> all, String outcome, String status, String q) {
        return all.stream()
                .filter(r -> Html.blank(outcome) || r.outcome() != null && r.outcome().name().equals(outcome))
                .filter(r -> Html.blank(status) || r.status() != null && r.status().name().equals(status))
                .filter(r -> Html.blank(q) || Html.contains(r.title(), q) || Html.contains(String.join(" ", r.submitters()), q)
                        || Html.contains(String.join(" ", r.parties()), q) || Html.contains(r.number(), q))
                .toList();
    }

    static List<CommitmentRow> filterCommitments(List<CommitmentRow> all, String status, String overdue, String q) {
        return all.stream()
                .filter(r -> Html.blank(status) || r.status().name().equals(status))
                .filter(r -> Html.blank(overdue) || r.overdue())
                .filter(r -> Html.blank(q) || Html.contains(r.text(), q) || Html.contains(r.who(), q) || Html.contains(r.toWhom(), q))
                .toList();
    }

    static String motions(List<MotionRow> all, List<MotionRow> shown, String outcome, String status, String q, boolean mayEdit) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(16_000);
        h.append("<h1>").append(m.get("reg.motions.title")).append("</h1><p>")
                .append(m.get("reg.motions.summary", all.size(), all.stream().filter(r -> r.status() != null).count())).append("</p>");
        h.append("<form class=\"search\" method=\"get\" action=\"/moties\" role=\"search\" aria-label=\"").append(m.get("reg.motions.filter"))
                .append("\">").append(field("mq", "q", m.get("reg.motions.q"), q))
                .append("<div class=\"field\"><label for=\"mo\">").append(m.get("reg.col.outcome"))
                .append("</label><select id=\"mo\" name=\"outcome\"><option value=\"\">").append(m.get("reg.all")).append("</option>");
        for (Outcome o : Outcome.values()) {
            h.append(option(o.name(), outcome(o), o.name().equals(outcome)));
        }
        h.append("</select></div>").append(statusSelect("ms", status)).append("<button type=\"submit\">").append(m.get("reg.filter"))
                .append("</button></form>");
        h.append("<p><a href=\"/moties.csv").append(query(outcome, status, q, "outcome")).append("\">CSV</a> · <a href=\"/moties.xlsx")
                .append(query(outcome, status, q, "outcome")).append("\">Excel</a> · <a href=\"/api/moties\">JSON</a></p>");
        h.append("<table class=\"register motions\"><caption>").append(m.get("reg.shown", shown.size())).append("</caption><thead><tr>")
                .append(headers("number", "title", "submitters", "meeting", "outcome", "votes", "followUp")).append("</tr></thead><tbody>");
        for (MotionRow r : shown) {
            h.append("<tr id=\"").append(Html.esc(Html.anchor(r.id()))).append("\"><td>").append(Html.esc(r.number()))
                    .append("</td><td><a href=\"/documents/").append(Html.url(r.docId())).append("\">").append(Html.esc(r.title()))
                    .append("</a>").append("amendment".equals(r.kind()) ? " <span class=\"muted\">(" + m.get("reg.amendment") + ")</span>" : "")
                    .append("</td><td>").append(Html.esc(String.join(", ", r.submitters())))
                    .append(r.parties().isEmpty() ? "" : " <span class=\"muted\">(" + Html.esc(String.join(", ", r.parties())) + ")</span>")
                    .append("</td><td>").append(Html.esc(r.body())).append(' ').append(Html.date(r.date())).append("</td><td>")
                    .append(r.outcome() == null ? "<span class=\"muted\">" + m.get("reg.unknown") + "</span>" : outcome(r.outcome()));
            if (r.outcomeSource() != null) {
                String doc = r.outcomeSource().contains("#") ? r.outcomeSource().substring(0, r.outcomeSource().indexOf('#')) : r.outcomeSource();
                h.append(" <a class=\"outcome-source\" href=\"/documents/").append(Html.url(doc)).append("#rec-")
                        .append(Html.esc(Html.anchor(r.outcomeSource()))).append("\">").append(m.get("reg.source.link")).append("</a>");
            }
            h.append("</td><td>").append(Html.esc(votes(r.votes()))).append("</td><td>");
            if (r.status() != null) {
                h.append(followUp(r.status(), r.rule(), r.evidence()));
                if (mayEdit) {
                    h.append(statusForm("/moties/" + Html.url(r.id()), r.id(), r.status(), false));
                }
            }
            h.append("</td></tr>");
        }
        return h.append("</tbody></table>").toString();
    }

    static String commitments(List<CommitmentRow> all, List<CommitmentRow> shown, String status, String overdue, String q,
                              boolean mayEdit) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(16_000);
        h.append("<h1>").append(m.get("reg.commitments.title")).append("</h1><p>")
                .append(m.get("reg.commitments.summary", all.size(), all.stream().filter(CommitmentRow::overdue).count())).append("</p>");
        h.append("<form class=\"search\" method=\"get\" action=\"/toezeggingen\" role=\"search\" aria-label=\"")
                .append(m.get("reg.commitments.filter")).append("\">")
                .append(field("tq", "q", m.get("reg.commitments.q"), q)).append(statusSelect("ts", status))
                .append("<div class=\"field\"><label for=\"to\">").append(m.get("reg.overdue"))
                .append("</label><input type=\"checkbox\" id=\"to\" name=\"overdue\" value=\"1\"")
                .append(Html.blank(overdue) ? "" : " checked").append("></div><button type=\"submit\">").append(m.get("reg.filter"))
                .append("</button></form>");
        h.append("<p><a href=\"/toezeggingen.csv").append(query(overdue, status, q, "overdue")).append("\">CSV</a> · <a href=\"/toezeggingen.xlsx")
                .append(query(overdue, status, q, "overdue")).append("\">Excel</a> · <a href=\"/api/toezeggingen\">JSON</a></p>");
        h.append("<table class=\"register commitments\"><caption>").append(m.get("reg.shown", shown.size())).append("</caption><thead><tr>")
                .append(headers("commitment", "who", "toWhom", "due", "source", "status")).append("</tr></thead><tbody>");
        for (CommitmentRow r : shown) {
            h.append("<tr id=\"").append(Html.esc(Html.anchor(r.id()))).append("\"").append(r.overdue() ? " class=\"is-overdue\"" : "")
                    .append("><td>").append(Html.esc(Html.truncate(r.text(), 400))).append("</td><td>").append(Html.esc(r.who()))
                    .append("</td><td>").append(Html.esc(r.toWhom())).append("</td><td>").append(Html.esc(r.dueText()))
                    .append(r.due() == null ? "" : " <span class=\"muted\">(" + Html.date(r.due()) + ")</span>")
                    .append(r.overdue() ? " <strong class=\"late\">" + m.get("reg.late") + "</strong>" : "")
                    .append(r.owner() == null ? "" : "<br>" + m.get("reg.ownerIs", Html.esc(r.owner())))
                    .append("</td><td><a href=\"/documents/").append(Html.url(r.docId())).append("\">").append(Html.esc(r.docTitle()))
                    .append("</a> ").append(m.get("reg.page", r.page())).append(' ').append(Html.date(r.date())).append("</td><td>")
                    .append(followUp(r.status(), r.rule(), r.evidence()));
            if (mayEdit) {
                h.append(statusForm("/toezeggingen/" + Html.url(r.id()), r.id(), r.status(), true));
            }
            h.append("</td></tr>");
        }
        return h.append("</tbody></table>").toString();
    }

    static List<List<String>> motionTable(List<MotionRow> rows) {
        List<List<String>> out = new ArrayList<>();
        for (MotionRow r : rows) {
            out.add(cells(r.id(), r.kind(), r.number(), r.title(), String.join(", ", r.submitters()), String.join(", ", r.parties()),
                    r.body(), iso(r.date()), r.outcome() == null ? null : r.outcome().name(), r.outcomeText(), votes(r.votes()),
                    r.status() == null ? null : r.status().name(), r.statusSource(), r.rule(), evidence(r.evidence())));
        }
        return out;
    }

    static List<List<String>> commitmentTable(List<CommitmentRow> rows) {
        List<List<String>> out = new ArrayList<>();
        for (CommitmentRow r : rows) {
            out.add(cells(r.id(), r.docTitle(), r.body(), iso(r.date()), String.valueOf(r.page()), r.text(), r.who(), r.toWhom(),
                    r.dueText(), iso(r.due()), r.overdue() ? "ja" : "nee", r.owner(), r.status().name(), r.statusSource(), r.rule(),
                    evidence(r.evidence())));
        }
        return out;
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(Csv.BOM).append(Csv.row(header));
        rows.forEach(r -> s.append(Csv.row(r)));
        return s.toString();
    }

    /** A motion's or commitment's follow-up status in the reader's words ("in uitvoering", "afgedaan"). */
    static String statusLabel(RecommendationStatus s) {
        return Messages.current().get("reg.status." + s.name());
    }

    /** A motion's outcome in the reader's words: a motion is "aangenomen", where a proposal is "vastgesteld". */
    static String outcome(Outcome o) {
        return Messages.current().get("reg.outcome." + o.name());
    }

    /** Column headers of a register table, by their message keys under {@code reg.col.}. */
    private static String headers(String... keys) {
        StringBuilder h = new StringBuilder();
        for (String k : keys) {
            h.append("<th scope=\"col\">").append(Messages.current().get("reg.col." + k)).append("</th>");
        }
        return h.toString();
    }

    private static String followUp(RecommendationStatus s, String rule, List<Evidence> evidence) {
        StringBuilder h = new StringBuilder("<span class=\"status ").append(s.name()).append("\">").append(statusLabel(s))
                .append("</span><br><span class=\"muted rule\">").append(Html.esc(rule)).append("</span>");
        for (Evidence e : evidence) {
            h.append("<blockquote class=\"evidence\"><a href=\"/documents/").append(Html.url(e.docId())).append("\">")
                    .append(Html.esc(e.title())).append("</a> ").append(Html.date(e.date())).append(": ")
                    .append(Html.esc(Html.truncate(e.snippet(), 200))).append("</blockquote>");
        }
        return h.toString();
    }

    private static String statusForm(String action, String id, RecommendationStatus current, boolean withOwner) {
        String key = Html.esc(Html.anchor(id));
        StringBuilder h = new StringBuilder("<form class=\"status-form\" method=\"post\" action=\"").append(action).append("\">")
                .append("<label for=\"s-").append(key).append("\">").append(Messages.current().get("reg.col.status"))
                .append("</label><select id=\"s-").append(key).append("\" name=\"status\">");
        for (RecommendationStatus s : RecommendationStatus.values()) {
            h.append(option(s.name(), statusLabel(s), s == current));
        }
        h.append("</select>");
        if (withOwner) {
            h.append("<label for=\"o-").append(key).append("\">").append(Messages.current().get("reg.owner")).append("</label><input id=\"o-")
                    .append(key).append("\" name=\"owner\">")
                    .append("<label for=\"d-").append(key).append("\">").append(Messages.current().get("reg.dueDate"))
                    .append("</label><input type=\"date\" id=\"d-").append(key).append("\" name=\"due\">");
        }
        return h.append("<label for=\"n-").append(key).append("\">").append(Messages.current().get("reg.note")).append("</label><input id=\"n-")
                .append(key).append("\" name=\"note\">")
                .append("<button type=\"submit\">").append(Messages.current().get("reg.save")).append("</button></form>").toString();
    }

    private static String statusSelect(String id, String status) {
        StringBuilder h = new StringBuilder("<div class=\"field\"><label for=\"").append(id).append("\">")
                .append(Messages.current().get("reg.col.status")).append("</label><select id=\"")
                .append(id).append("\" name=\"status\"><option value=\"\">").append(Messages.current().get("reg.all")).append("</option>");
        for (RecommendationStatus s : RecommendationStatus.values()) {
            h.append(option(s.name(), statusLabel(s), s.name().equals(status)));
        }
        return h.append("</select></div>").toString();
    }

    private static String field(String id, String name, String label, String value) {
        return "<div class=\"field\"><label for=\"" + id + "\">" + label + "</label><input type=\"search\" id=\"" + id + "\" name=\""
                + name + "\" value=\"" + Html.esc(value) + "\"></div>";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + value + "\"" + (selected ? " selected" : "") + ">" + Html.esc(label) + "</option>";
    }

    private static String query(String first, String status, String q, String firstName) {
        List<String> parts = new ArrayList<>();
        if (!Html.blank(first)) {
            parts.add(firstName + "=" + Html.url(first));
        }
        if (!Html.blank(status)) {
            parts.add("status=" + Html.url(status));
        }
        if (!Html.blank(q)) {
            parts.add("q=" + Html.url(q));
        }
        return parts.isEmpty() ? "" : Html.esc("?" + String.join("&", parts));
    }

    private static String votes(List<PartyVotes.Side> votes) {
        return votes.stream().map(v -> v.vote() + ": " + String.join(", ", v.parties())).collect(Collectors.joining("; "));
    }

    private static String evidence(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.title() + " (" + iso(e.date()) + "): " + e.snippet()).collect(Collectors.joining(" | "));
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static List<String> cells(String... values) {
        List<String> out = new ArrayList<>(values.length);
        for (String v : values) {
            out.add(v);
        }
        return out;
    }
}
