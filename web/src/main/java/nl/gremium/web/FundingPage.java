package nl.gremium.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.gremium.analytics.FundingLetter;
import nl.gremium.analytics.FundingProfiles;
import nl.gremium.analytics.FundingRevision;
import nl.gremium.analytics.FundingSeries;
import nl.gremium.analytics.FundingStatement;
import nl.gremium.analytics.FundingStatementRow;
import nl.gremium.analytics.FundingYear;
import nl.gremium.export.ExportRow;
import nl.gremium.export.ExportRows;
import nl.gremium.model.FundingFact;
import nl.gremium.model.LogicalDocument;

/**
 * Funding profiles: per organisation, one chart per regulation with a line per letter over the years, the
 * amounts beneath, the revisions between letters, the components as a drill-down, and a comparison of the
 * organisations in that regulation. Computed by {@link FundingProfiles} (the analytics job's own computation)
 * over the documents the user may see, so a confidential letter never shows through.
 */
final class FundingPage {
    private FundingPage() {}

    /** The page's words, from the message bundle ({@code funding.*}). */
    static final class Text {
        private Text() {}

        static String get(String key) {
            return Messages.current().get("funding." + key);
        }

        /** allocation → toekenning, …: the kinds as a reader names them. */
        static String kind(String kind) {
            return kind == null ? "" : List.of("allocation", "forecast", "correction", "definitive").contains(kind)
                    ? get("kind." + kind) : kind;
        }

        static List<String> exportHeader() {
            return List.of(get("export.header").split(";"));
        }
    }

    /** The profiles of the documents the current user may see. */
    static FundingProfiles.Result profiles(Library library) {
        List<ExportRow.Funding> records = new ArrayList<>();
        for (LogicalDocument d : library.all()) {
            for (FundingFact f : d.tags().funding()) {
                records.add(ExportRows.funding(d, f));
            }
        }
        return FundingProfiles.build(records);
    }

    /**
     * The organisation shown first: the board's own (one named in the documents' organisation metadata;
     * a ministry's table lists every region alike), else the one with the most statements.
     */
    static String defaultOrganisation(List<FundingSeries> all, Library library) {
        Map<String, Integer> statements = new LinkedHashMap<>();
        all.forEach(s -> statements.merge(s.organisation(), s.years().stream().mapToInt(y -> y.statements().size()).sum(), Integer::sum));
        List<String> own = library.all().stream().map(d -> d.metadata() == null ? null : d.metadata().organisation())
                .filter(Objects::nonNull).distinct().toList();
        return statements.keySet().stream().max(Comparator.comparingInt((String o) -> own.stream().anyMatch(x -> x.contains(o)) ? 1 : 0)
                .thenComparingInt(statements::get)
                .thenComparing(Comparator.<String>reverseOrder())).orElse(null);
    }

    /** The series a request asks for: one organisation's (all when blank), one regulation's (all when blank). */
    static List<FundingSeries> filter(List<FundingSeries> all, String organisation, String stream) {
        return all.stream().filter(s -> Html.blank(organisation) || s.organisation().equals(organisation))
                .filter(s -> Html.blank(stream) || s.stream().equals(stream)).toList();
    }

    /** The export's rows: every statement of the requested series, the latest known marked. */
    static List<List<Object>> exportRows(List<FundingStatementRow> statements, String organisation, String stream) {
        return statements.stream().filter(s -> Html.blank(organisation) || s.organisation().equals(organisation))
                .filter(s -> Html.blank(stream) || s.stream().equals(stream))
                .map(s -> Arrays.<Object>asList(s.organisation(), s.stream(), s.component(), s.year(), Text.kind(s.kind()), s.value(),
                        s.title(), s.docDate(), s.docId(), s.tableId(), s.page(), Boolean.TRUE.equals(s.latest())))
                .toList();
    }

    static String render(List<FundingSeries> all, String organisation, String stream, String fallbackOrganisation) {
        StringBuilder h = new StringBuilder(20_000);
        h.append("<h1>").append(Text.get("title")).append("</h1>");
        if (all.isEmpty()) {
            return h.append("<p>").append(Text.get("none")).append("</p>").toString();
        }
        h.append("<p class=\"muted\">").append(Html.esc(Text.get("intro"))).append("</p>");
        List<String> orgs = new ArrayList<>(FundingProfiles.byOrganisation(all).keySet());
        String org = organisation != null && orgs.contains(organisation) ? organisation
                : fallbackOrganisation != null && orgs.contains(fallbackOrganisation) ? fallbackOrganisation : orgs.get(0);
        List<FundingSeries> ofOrg = filter(all, org, null);
        String regulation = ofOrg.stream().anyMatch(s -> s.stream().equals(stream)) ? stream : null;
        h.append("<form class=\"search\" method=\"get\" action=\"/funding\" aria-label=\"").append(Text.get("organisation")).append("\">")
                .append("<div class=\"field\"><label for=\"org\">").append(Text.get("organisation"))
                .append("</label><select id=\"org\" name=\"organisation\">");
        for (String o : orgs) {
            option(h, o, o, o.equals(org));
        }
        h.append("</select></div><div class=\"field\"><label for=\"regeling\">").append(Text.get("regulation"))
                .append("</label><select id=\"regeling\" name=\"stream\">");
        option(h, "", Text.get("all"), regulation == null);
        ofOrg.stream().map(FundingSeries::stream).distinct().forEach(s -> option(h, s, s, s.equals(regulation)));
        h.append("</select></div><button type=\"submit\">").append(Text.get("show")).append("</button></form>");
        String query = "?organisation=" + Html.url(org) + (regulation == null ? "" : "&amp;stream=" + Html.url(regulation));
        h.append("<p class=\"exports\">").append(Text.get("download")).append(" <a id=\"funding-csv\" href=\"/funding.csv").append(query)
                .append("\">CSV</a> · <a id=\"funding-xlsx\" href=\"/funding.xlsx").append(query).append("\">Excel (XLSX)</a></p>");

        List<FundingSeries> mine = filter(all, org, regulation);
        h.append("<h2 id=\"profiel\">").append(Html.esc(org)).append("</h2>");
        int n = 0;
        for (FundingSeries s : mine) {
            h.append(series(s, "chart-" + n++));
        }
        String compared = regulation != null ? regulation
                : FundingProfiles.mainStream(ofOrg).orElse(FundingProfiles.mainStream(all).orElse(null));
        if (compared != null) {
            h.append(comparison(all, compared, org));
        }
        return h.toString();
    }

    private static void option(StringBuilder h, String value, String label, boolean selected) {
        h.append("<option value=\"").append(Html.esc(value)).append('"').append(selected ? " selected" : "").append('>')
                .append(Html.esc(label)).append("</option>");
    }

    private static String series(FundingSeries s, String chartId) {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"chart-block funding-series\" id=\"s-").append(Html.esc(Html.anchor(s.stream()))).append("\"><h3>")
                .append(Html.esc(s.stream())).append(" <span class=\"muted\">(").append(s.letters().size()).append(' ')
                .append(Text.get("letters")).append(")</span></h3>");
        List<SvgChart.Series> lines = new ArrayList<>();
        for (FundingLetter l : s.letters()) {
            TreeMap<Integer, BigDecimal> points = new TreeMap<>();
            l.points().forEach(p -> points.put(p.year(), p.value()));
            lines.add(new SvgChart.Series(letterLabel(l.title(), l.docDate(), l.docId()), points));
        }
        h.append(SvgChart.render(chartId, s.organisation() + " — " + s.stream() + ": " + Text.get("chart"), lines));
        // the table beneath: years down, letters across, each letter's amount for the stream
        boolean latest = s.years().stream().anyMatch(y -> y.latest() != null);
        h.append("<div class=\"table-wrap\"><table class=\"data funding\"><caption>").append(Html.esc(s.stream())).append(' ')
                .append(Text.get("per.year")).append("</caption><thead><tr><th scope=\"col\">").append(Text.get("year")).append("</th>");
        for (FundingLetter l : s.letters()) {
            h.append("<th scope=\"col\"><a href=\"/documents/").append(Html.url(l.docId())).append("\">")
                    .append(Html.esc(letterLabel(l.title(), l.docDate(), l.docId()))).append("</a></th>");
        }
        if (latest) {
            h.append("<th scope=\"col\">").append(Text.get("latest")).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (FundingYear y : s.years()) {
            h.append("<tr><th scope=\"row\">").append(y.year()).append("</th>");
            for (FundingLetter l : s.letters()) {
                var p = l.points().stream().filter(x -> x.year() == y.year()).findFirst();
                h.append("<td class=\"num\">").append(p.map(x -> Html.esc(Html.euro(x.value()))
                        + (x.kind() != null && !"allocation".equals(x.kind()) ? " <span class=\"muted\">(" + Text.kind(x.kind()) + ")</span>" : ""))
                        .orElse("")).append("</td>");
            }
            if (latest) {
                h.append("<td class=\"num\"><strong>").append(Html.esc(Html.euro(y.latest()))).append("</strong></td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table></div>");
        if (!s.revisions().isEmpty()) {
            h.append("<h4>").append(Text.get("revisions")).append("</h4><div class=\"table-wrap\"><table class=\"data revisions\"><thead><tr>")
                    .append("<th scope=\"col\">").append(Text.get("year")).append("</th><th scope=\"col\">").append(Text.get("from"))
                    .append("</th><th scope=\"col\">").append(Text.get("to")).append("</th><th scope=\"col\" class=\"num\">").append(Text.get("old"))
                    .append("</th><th scope=\"col\" class=\"num\">").append(Text.get("new")).append("</th><th scope=\"col\" class=\"num\">")
                    .append(Text.get("change")).append("</th></tr></thead><tbody>");
            for (FundingRevision r : s.revisions()) {
                h.append("<tr><td>").append(r.year()).append("</td><td><a href=\"/documents/").append(Html.url(r.fromDoc())).append("\">")
                        .append(Html.esc(letterLabel(r.fromTitle(), r.fromDate(), r.fromDoc()))).append("</a></td><td><a href=\"/documents/")
                        .append(Html.url(r.toDoc())).append("\">").append(Html.esc(letterLabel(r.toTitle(), r.toDate(), r.toDoc())))
                        .append("</a></td><td class=\"num\">").append(Html.esc(Html.euro(r.fromValue()))).append("</td><td class=\"num\">")
                        .append(Html.esc(Html.euro(r.toValue()))).append("</td><td class=\"num\">")
                        .append(r.delta() != null && r.delta().signum() > 0 ? "+" : "").append(Html.esc(Html.euro(r.delta()))).append("</td></tr>");
            }
            h.append("</tbody></table></div>");
        }
        h.append(components(s));
        return h.append("</section>").toString();
    }

    /** The drill-down: every statement per component (column header, distribution key, correction), per year and letter. */
    private static String components(FundingSeries s) {
        List<String[]> rows = new ArrayList<>();
        for (FundingYear y : s.years()) {
            for (FundingStatement st : y.statements()) {
                if (st.component() != null || "correction".equals(st.kind())) {
                    rows.add(new String[] {Objects.toString(st.component(), s.stream()), String.valueOf(y.year()),
                            letterLabel(st.title(), st.docDate(), st.docId()), Text.kind(st.kind()),
                            (st.value().signum() > 0 && "correction".equals(st.kind()) ? "+" : "") + Html.euro(st.value()), st.docId()});
                }
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        rows.sort(Comparator.comparing((String[] r) -> r[0]).thenComparing(r -> r[1]));
        StringBuilder h = new StringBuilder("<details class=\"components\"><summary>").append(Text.get("components")).append(" (")
                .append(Html.esc(String.join(", ", new TreeSet<>(rows.stream().map(r -> r[0]).toList())))).append(")</summary>")
                .append("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th scope=\"col\">").append(Text.get("component"))
                .append("</th><th scope=\"col\">").append(Text.get("year")).append("</th><th scope=\"col\">").append(Text.get("letter"))
                .append("</th><th scope=\"col\">").append(Text.get("kind")).append("</th><th scope=\"col\" class=\"num\">").append(Text.get("amount"))
                .append("</th></tr></thead><tbody>");
        for (String[] r : rows) {
            h.append("<tr><td>").append(Html.esc(r[0])).append("</td><td>").append(r[1]).append("</td><td><a href=\"/documents/")
                    .append(Html.url(r[5])).append("\">").append(Html.esc(r[2])).append("</a></td><td>").append(Html.esc(r[3]))
                    .append("</td><td class=\"num\">").append(Html.esc(r[4])).append("</td></tr>");
        }
        return h.append("</tbody></table></div></details>").toString();
    }

    /** The latest amount per year of every organisation in one regulation, the chosen organisation first in bold. */
    private static String comparison(List<FundingSeries> all, String stream, String org) {
        Map<String, TreeMap<Integer, BigDecimal>> rows = FundingProfiles.comparison(all, stream);
        if (rows.size() < 2) {
            return "";
        }
        TreeSet<Integer> years = new TreeSet<>();
        rows.values().forEach(r -> years.addAll(r.keySet()));
        StringBuilder h = new StringBuilder("<section class=\"comparison\" id=\"vergelijking\"><h2>").append(Text.get("comparison"))
                .append(": ").append(Html.esc(stream)).append("</h2><p class=\"muted\">").append(Text.get("comparison.note")).append("</p>")
                .append("<div class=\"table-wrap\"><table class=\"data comparison\"><thead><tr><th scope=\"col\">")
                .append(Text.get("organisation")).append("</th>");
        years.forEach(y -> h.append("<th scope=\"col\" class=\"num\">").append(y).append("</th>"));
        h.append("</tr></thead><tbody>");
        rows.forEach((o, values) -> {
            boolean current = o.equals(org);
            h.append(current ? "<tr class=\"current\">" : "<tr>").append("<th scope=\"row\"><a href=\"/funding?organisation=")
                    .append(Html.url(o)).append("&amp;stream=").append(Html.url(stream)).append("\">")
                    .append(current ? "<strong>" + Html.esc(o) + "</strong>" : Html.esc(o)).append("</a></th>");
            years.forEach(y -> h.append("<td class=\"num\">").append(Html.esc(Html.euro(values.get(y)))).append("</td>"));
            h.append("</tr>");
        });
        return h.append("</tbody></table></div></section>").toString();
    }

    private static String letterLabel(String title, LocalDate date, String docId) {
        String t = title != null && !title.isBlank() ? title : docId;
        return (date != null ? Html.date(date) : Text.get("undated")) + " · " + Html.truncate(t, 60);
    }
}
