package nl.gremium.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import nl.gremium.analytics.BodyOutcomes;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Outcome;

/** Decisions by body and meeting, filterable, each linked to its agenda item, its proposal and its place in the text. */
final class DecisionsPage {
    /** One decision with where it was taken and what it links to; the JSON API returns these. */
    record Row(String id, String text, String outcome, String body, LocalDate date, String agendaItem, String agendaTitle,
               String docId, String title, String kind, String source, int page, Link agendaLink, Link proposalLink) {}

    record Link(String docId, String title, String anchor) {
        String href() {
            return "/documents/" + Html.url(docId) + (anchor == null ? "" : "#" + anchor);
        }
    }

    private DecisionsPage() {}

    static List<Row> rows(Library library) {
        List<LogicalDocument> docs = List.copyOf(library.all());
        List<Row> out = new ArrayList<>();
        for (LogicalDocument d : docs) {
            for (Decision x : d.tags().decisions()) {
                String body = x.body() != null ? x.body() : d.metadata() == null ? null : d.metadata().body();
                LocalDate date = x.date() != null ? x.date() : d.metadata() == null ? null : d.metadata().date();
                String agendaTitle = x.agendaTitle() != null ? x.agendaTitle() : itemTitle(d, x.agendaItem());
                out.add(new Row(x.id(), x.text(), x.outcome() == null ? null : x.outcome().name(), body, date, x.agendaItem(),
                        agendaTitle, d.id(), DocumentPage.titleOf(d), d.kind() == null ? null : d.kind().name(), d.source().fileName(), x.page(),
                        agendaLink(docs, d, x.agendaItem(), body, date), proposalLink(docs, x, agendaTitle, date).orElse(null)));
            }
        }
        out.sort(Comparator.comparing(Row::body, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Row::docId)
                .thenComparing(Row::agendaItem, Comparator.nullsLast(RecommendationsTracker.NumberOrder.INSTANCE)));
        return out;
    }

    static List<Row> filter(List<Row> rows, String body, String year, String outcome, String q) {
        return rows.stream()
                .filter(r -> Html.blank(body) || body.equals(r.body()))
                .filter(r -> Html.blank(year) || (r.date() != null && String.valueOf(r.date().getYear()).equals(year.strip())))
                .filter(r -> Html.blank(outcome) || outcome.equals(r.outcome()))
                .filter(r -> Html.blank(q) || Html.contains(r.text(), q) || Html.contains(r.agendaTitle(), q) || Html.contains(r.title(), q))
                .toList();
    }

    /** The agenda item in the agenda of the same meeting when there is one, else in the decision's own document. */
    private static Link agendaLink(List<LogicalDocument> docs, LogicalDocument own, String item, String body, LocalDate date) {
        if (item == null) {
            return null;
        }
        String anchor = "item-" + Html.anchor(item);
        for (LogicalDocument d : docs) {
            if (d.kind() == DocKind.agenda && d != own && d.metadata() != null && date != null && date.equals(d.metadata().meetingDate())
                    && (body == null || d.metadata().body() == null || body.equals(d.metadata().body()))
                    && d.agendaItems().stream().anyMatch(a -> item.equals(a.number()))) {
                return new Link(d.id(), DocumentPage.titleOf(d), anchor);
            }
        }
        boolean ownHasItem = own.agendaItems().stream().anyMatch(a -> item.equals(a.number()));
        return ownHasItem ? new Link(own.id(), DocumentPage.titleOf(own), anchor) : null;
    }

    /**
     * The proposal the decision was taken on: a proposal document whose id or title the decision names,
     * or failing that one of the same meeting whose title shares the agenda item's title.
     */
    private static Optional<Link> proposalLink(List<LogicalDocument> docs, Decision x, String agendaTitle, LocalDate date) {
        List<LogicalDocument> proposals = docs.stream().filter(d -> d.kind() == DocKind.proposal).toList();
        String named = norm(x.proposal());
        String item = norm(agendaTitle);
        LogicalDocument best = null;
        for (LogicalDocument p : proposals) {
            String title = norm(p.title());
            if (!named.isEmpty() && (p.id().equals(x.proposal()) || (!title.isEmpty() && (title.contains(named) || named.contains(title))))) {
                best = p;
                break;
            }
            LocalDate pd = p.metadata() == null ? null : p.metadata().meetingDate();
            boolean sameMeeting = date == null || pd == null || date.equals(pd);
            if (best == null && sameMeeting && item.length() > 3 && !title.isEmpty() && (title.contains(item) || item.contains(title))) {
                best = p;
            }
        }
        return Optional.ofNullable(best).map(p -> new Link(p.id(), DocumentPage.titleOf(p), null));
    }

    private static String itemTitle(LogicalDocument d, String number) {
        return number == null ? null : d.agendaItems().stream().filter(a -> number.equals(a.number())).map(AgendaItem::title)
                .findFirst().orElse(null);
    }

    static String render(List<Row> all, List<Row> shown, String body, String year, String outcome, String q,
                         Optional<List<BodyOutcomes>> outcomes) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(20_000);
        h.append("<h1>").append(m.get("dec.title")).append("</h1>");
        h.append("<form class=\"search\" method=\"get\" action=\"/decisions\" role=\"search\" aria-label=\"").append(m.get("dec.filter.label"))
                .append("\"><div class=\"field\"><label for=\"dq\">").append(m.get("rec.filter.text"))
                .append("</label><input type=\"search\" id=\"dq\" name=\"q\" value=\"").append(Html.esc(q)).append("\"></div>");
        select(h, "db", "body", m.get("dec.body"), all.stream().map(Row::body).filter(b -> b != null).distinct().sorted().toList(), body,
                o -> o);
        select(h, "dy", "year", m.get("dec.year"), all.stream().filter(r -> r.date() != null).map(r -> String.valueOf(r.date().getYear()))
                .distinct().sorted(Comparator.reverseOrder()).toList(), year, o -> o);
        select(h, "do", "outcome", m.get("dec.outcome"), all.stream().map(Row::outcome).filter(o -> o != null).distinct().sorted().toList(),
                outcome, DecisionsPage::outcomeLabel);
        String query = "body=" + Html.url(body) + "&amp;year=" + Html.url(year) + "&amp;outcome=" + Html.url(outcome) + "&amp;q=" + Html.url(q);
        h.append("<button type=\"submit\">").append(m.get("filter.submit")).append("</button>")
                .append("<a class=\"button secondary\" id=\"export-csv\" href=\"/decisions.csv?").append(query).append("\">")
                .append(m.get("export.csv")).append("</a>")
                .append("<a class=\"button secondary\" id=\"export-xlsx\" href=\"/decisions.xlsx?").append(query).append("\">")
                .append(m.get("export.xlsx")).append("</a></form>");
        outcomes.ifPresent(o -> h.append(outcomesTable(o)));
        if (shown.isEmpty()) {
            return h.append("<p>").append(m.get("dec.none")).append("</p>").toString();
        }
        h.append("<p class=\"muted\">").append(m.get("dec.shown", shown.size(), all.size())).append("</p>");
        // body → meeting (date + document) → decisions
        Map<String, Map<String, List<Row>>> grouped = new LinkedHashMap<>();
        for (Row r : shown) {
            grouped.computeIfAbsent(r.body() == null ? m.get("dec.bodyUnknown") : r.body(), k -> new LinkedHashMap<>())
                    .computeIfAbsent((r.date() == null ? "" : r.date().toString()) + "|" + r.docId(), k -> new ArrayList<>()).add(r);
        }
        grouped.forEach((b, meetings) -> {
            h.append("<section class=\"body-group\"><h2>").append(Html.esc(b)).append("</h2>");
            meetings.values().forEach(rows -> {
                Row first = rows.get(0);
                h.append("<h3>").append(first.date() == null ? m.get("dec.dateUnknown") : m.get("dec.meetingOf", m.date(first.date()))).append(" · <a href=\"/documents/")
                        .append(Html.url(first.docId())).append("\">").append(Html.esc(first.title())).append("</a> <span class=\"muted\">")
                        .append(Html.esc(first.kind() == null ? "" : m.get("kind." + first.kind()))).append(" · ")
                        .append(Html.esc(first.source())).append("</span></h3>")
                        .append("<ol class=\"hits decisions\">");
                for (Row r : rows) {
                    h.append("<li class=\"decision\"><div class=\"hit-title\" lang=\"nl\">")
                            .append(r.agendaItem() != null ? Html.esc(r.agendaItem()) + ". " : "")
                            .append(Html.esc(r.agendaTitle() != null ? r.agendaTitle() : m.get("dec.decision"))).append("</div>")
                            .append("<p class=\"snippet\" lang=\"nl\"><a class=\"decision-link\" href=\"/documents/").append(Html.url(r.docId()))
                            .append("#rec-").append(Html.esc(Html.anchor(r.id()))).append("\">").append(Html.esc(r.text())).append("</a></p>")
                            .append("<div class=\"hit-meta\">").append(r.outcome() != null ? "<span class=\"badge decision\">" + Html.esc(outcomeLabel(r.outcome())) + "</span> " : "");
                    if (r.agendaLink() != null) {
                        h.append("<a href=\"").append(r.agendaLink().href()).append("\">").append(m.get("dec.agendaItem", Html.esc(r.agendaItem()))).append("</a> ");
                    }
                    if (r.proposalLink() != null) {
                        h.append("· <a href=\"").append(r.proposalLink().href()).append("\">").append(m.get("dec.proposal")).append(": ")
                                .append(Html.esc(Html.truncate(r.proposalLink().title(), 70))).append("</a> ");
                    }
                    h.append("· ").append(m.get("dec.page", r.page())).append("</div></li>");
                }
                h.append("</ol>");
            });
            h.append("</section>");
        });
        return h.toString();
    }

    /** Outcomes per body of these decisions, counted as the analytics job counts them (by body, sorted). */
    static List<BodyOutcomes> outcomes(List<Row> rows) {
        Map<String, List<Row>> byBody = new TreeMap<>();
        for (Row r : rows) {
            String body = r.body() == null || r.body().isBlank() ? BodyOutcomes.UNKNOWN_BODY : r.body().strip();
            byBody.computeIfAbsent(body, k -> new ArrayList<>()).add(r);
        }
        List<BodyOutcomes> out = new ArrayList<>();
        byBody.forEach((body, rs) -> out.add(BodyOutcomes.of(body, rs.size(),
                rs.stream().filter(r -> Outcome.noted.name().equals(r.outcome())).count(),
                rs.stream().filter(r -> Outcome.adopted.name().equals(r.outcome())).count())));
        return out;
    }

    private static String outcomesTable(List<BodyOutcomes> perBody) {
        if (perBody == null || perBody.isEmpty()) {
            return "";
        }
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder("<details><summary>").append(m.get("dec.perBody")).append("</summary><table class=\"data\"><thead><tr>")
                .append("<th scope=\"col\">").append(m.get("dec.body")).append("</th><th scope=\"col\" class=\"num\">").append(m.get("dec.total"))
                .append("</th><th scope=\"col\" class=\"num\">").append(m.get("dec.noted")).append("</th><th scope=\"col\" class=\"num\">")
                .append(m.get("dec.decided")).append("</th><th scope=\"col\" class=\"num\">").append(m.get("dec.asProposed"))
                .append("</th></tr></thead><tbody>");
        for (BodyOutcomes b : perBody) {
            h.append("<tr><th scope=\"row\">").append(Html.esc(b.body())).append("</th><td class=\"num\">").append(m.number(b.total()))
                    .append("</td><td class=\"num\">").append(m.number(b.noted())).append("</td><td class=\"num\">").append(m.number(b.decided()))
                    .append("</td><td class=\"num\">").append(m.number(b.adoptedAsProposed()))
                    .append(b.shareAdoptedAsProposed() == null ? "" : " (" + m.decimal(100 * b.shareAdoptedAsProposed(), 0) + "%)")
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></details>").toString();
    }

    static void select(StringBuilder h, String id, String name, String label, List<String> options, String selected,
                       Function<String, String> shown) {
        h.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(label).append("</label><select id=\"").append(id)
                .append("\" name=\"").append(name).append("\"><option value=\"\">").append(Messages.current().get("filter.any")).append("</option>");
        for (String o : options) {
            h.append("<option value=\"").append(Html.esc(o)).append('"').append(o.equals(selected) ? " selected" : "").append('>')
                    .append(Html.esc(shown.apply(o))).append("</option>");
        }
        h.append("</select></div>");
    }

    /** An outcome in the reader's words ("vastgesteld"), the stored name when the bundle has none. */
    static String outcomeLabel(String outcome) {
        String key = "outcome." + outcome;
        String label = Messages.current().get(key);
        return label.equals(key) ? outcome.replace('_', ' ') : label;
    }

    /** The export: the same columns in CSV and XLSX, named as in the JSON. */
    static Exports.Table table(List<Row> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(Arrays.asList(r.id(), r.body(), r.date(), r.agendaItem(), r.agendaTitle(), r.text(), r.outcome(), r.title(), r.kind(),
                    r.source(), r.page(), r.docId(), r.proposalLink() == null ? null : r.proposalLink().title()));
        }
        return new Exports.Table("decisions", List.of("id", "body", "date", "agendaItem", "agendaTitle", "text", "outcome", "title", "kind",
                "source", "page", "docId", "proposal"), out);
    }

    private static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

}
