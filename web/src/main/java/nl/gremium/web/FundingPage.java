package nl.gremium.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.gremium.analytics.AnalyticsFiles;
import nl.gremium.analytics.FundingRevision;
import nl.gremium.analytics.FundingSeries;
import nl.gremium.analytics.FundingStatement;
import nl.gremium.analytics.FundingYear;
import nl.gremium.model.FundingFact;
import nl.gremium.model.LogicalDocument;

/** Funding history: per organisation and stream, a chart of each letter's amounts per year and the table beneath. */
final class FundingPage {
    private FundingPage() {}

    /**
     * The analytics job's series; before its first run, the letters' funding facts grouped the same way
     * (without latest values' revisions, which only the job computes).
     */
    static List<FundingSeries> series(Library library) {
        return AnalyticsFiles.funding(library.store()).map(r -> withTitles(r.series(), library)).orElseGet(() -> fromDocuments(library));
    }

    /** Letters the job could not title are named by their document's title and date, as the pages show them. */
    private static List<FundingSeries> withTitles(List<FundingSeries> series, Library library) {
        return series.stream().map(s -> new FundingSeries(s.organisation(), s.stream(), s.years().stream()
                .map(y -> new FundingYear(y.year(), y.latest(), y.latestKind(), y.latestDoc(), y.latestDate(), y.statements().stream()
                        .map(st -> st.title() != null && st.docDate() != null ? st : library.get(st.docId())
                                .map(d -> new FundingStatement(st.docId(), st.title() != null ? st.title() : DocumentPage.titleOf(d),
                                        st.docDate() != null ? st.docDate() : d.metadata() == null ? null : d.metadata().date(),
                                        st.kind(), st.value(), st.tableId(), st.page()))
                                .orElse(st))
                        .toList()))
                .toList(), s.revisions())).toList();
    }

    private static List<FundingSeries> fromDocuments(Library library) {
        Map<List<String>, TreeMap<Integer, List<FundingStatement>>> grouped = new TreeMap<>(
                Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (LogicalDocument d : library.all()) {
            for (FundingFact f : d.tags().funding()) {
                LocalDate date = f.docDate() != null ? f.docDate() : d.metadata() == null ? null : d.metadata().date();
                grouped.computeIfAbsent(List.of(String.valueOf(f.organisation()), String.valueOf(f.stream())), k -> new TreeMap<>())
                        .computeIfAbsent(f.year(), y -> new ArrayList<>())
                        .add(new FundingStatement(d.id(), f.title() != null ? f.title() : d.title(), date,
                                f.kind() == null ? null : f.kind().name(), f.value(), f.tableId(), f.page()));
            }
        }
        List<FundingSeries> out = new ArrayList<>();
        grouped.forEach((k, years) -> {
            List<FundingYear> ys = new ArrayList<>();
            years.forEach((y, st) -> {
                st.sort(Comparator.comparing(FundingStatement::docDate, Comparator.nullsFirst(Comparator.naturalOrder())));
                ys.add(new FundingYear(y, null, null, null, null, List.copyOf(st)));
            });
            out.add(new FundingSeries(k.get(0), k.get(1), ys, List.of()));
        });
        return out;
    }

    /**
     * The organisation shown first: the board's own (one named in the documents' organisation metadata;
     * a ministry's table lists every region alike), else the one with the most statements.
     */
    static String defaultOrganisation(List<FundingSeries> all, Library library) {
        Map<String, Integer> statements = new LinkedHashMap<>();
        all.forEach(s -> statements.merge(s.organisation(), s.years().stream().mapToInt(y -> y.statements().size()).sum(), Integer::sum));
        List<String> own = library.all().stream().map(d -> d.metadata() == null ? null : d.metadata().organisation())
                .filter(o -> o != null).distinct().toList();
        return statements.keySet().stream().max(Comparator.comparingInt((String o) -> own.stream().anyMatch(x -> x.contains(o)) ? 1 : 0)
                .thenComparingInt(statements::get)
                .thenComparing(Comparator.<String>reverseOrder())).orElse(null);
    }

    static String render(List<FundingSeries> all, String organisation, String stream, boolean analysed, String fallbackOrganisation) {
        StringBuilder h = new StringBuilder(20_000);
        h.append("<h1>Funding history</h1>");
        if (all.isEmpty()) {
            return h.append("<p>No funding figures found in the letters ingested so far.</p>").toString();
        }
        if (!analysed) {
            h.append("<p class=\"notice\">The analytics job has not run yet: the letters' figures are shown without latest values and revisions. Run <code>./gremium analytics</code>.</p>");
        }
        List<String> orgs = all.stream().map(FundingSeries::organisation).distinct().toList();
        String org = organisation != null && orgs.contains(organisation) ? organisation
                : fallbackOrganisation != null ? fallbackOrganisation : orgs.get(0);
        h.append("<form class=\"search\" method=\"get\" action=\"/funding\" aria-label=\"Choose organisation\">")
                .append("<div class=\"field\"><label for=\"org\">Organisation / region</label><select id=\"org\" name=\"organisation\">");
        for (String o : orgs) {
            h.append("<option value=\"").append(Html.esc(o)).append('"').append(o.equals(org) ? " selected" : "").append('>')
                    .append(Html.esc(o)).append("</option>");
        }
        h.append("</select></div><button type=\"submit\">Show</button></form>");
        List<FundingSeries> mine = all.stream().filter(s -> s.organisation().equals(org))
                .filter(s -> stream == null || stream.isBlank() || s.stream().equals(stream)).toList();
        h.append("<h2>").append(Html.esc(org)).append("</h2>");
        if (mine.size() > 1) {
            h.append("<p>Streams: ");
            mine.forEach(s -> h.append("<a href=\"#s-").append(Html.esc(Html.anchor(s.stream()))).append("\">").append(Html.esc(s.stream())).append("</a> · "));
            h.setLength(h.length() - 3);
            h.append("</p>");
        }
        int n = 0;
        for (FundingSeries s : mine) {
            h.append(series(s, "chart-" + n++));
        }
        return h.toString();
    }

    private static String series(FundingSeries s, String chartId) {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"chart-block\" id=\"s-").append(Html.esc(Html.anchor(s.stream()))).append("\"><h3>")
                .append(Html.esc(s.stream())).append("</h3>");
        // one line per letter: the amounts it states per year
        Map<String, FundingStatement> letters = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, BigDecimal>> perLetter = new LinkedHashMap<>();
        List<FundingStatement> allStatements = new ArrayList<>();
        s.years().forEach(y -> y.statements().forEach(allStatements::add));
        allStatements.sort(Comparator.comparing(FundingStatement::docDate, Comparator.nullsFirst(Comparator.naturalOrder())));
        allStatements.forEach(st -> letters.putIfAbsent(st.docId(), st));
        for (FundingYear y : s.years()) {
            for (FundingStatement st : y.statements()) {
                perLetter.computeIfAbsent(st.docId(), k -> new TreeMap<>()).put(y.year(), st.value());
            }
        }
        List<SvgChart.Series> lines = new ArrayList<>();
        letters.forEach((id, st) -> lines.add(new SvgChart.Series(letterLabel(st), perLetter.get(id))));
        h.append(SvgChart.render(chartId, s.organisation() + " — " + s.stream() + ": amounts per year per letter", lines));
        // the table beneath: years down, letters across
        boolean latest = s.years().stream().anyMatch(y -> y.latest() != null);
        h.append("<div class=\"table-wrap\"><table class=\"data funding\"><caption>").append(Html.esc(s.stream()))
                .append(" per year (€)</caption><thead><tr><th scope=\"col\">Year</th>");
        letters.values().forEach(st -> h.append("<th scope=\"col\"><a href=\"/documents/").append(Html.url(st.docId()))
                .append(st.tableId() != null ? "#table-" + Html.esc(Html.anchor(st.tableId())) : "").append("\">")
                .append(Html.esc(letterLabel(st))).append("</a></th>"));
        if (latest) {
            h.append("<th scope=\"col\">Latest</th>");
        }
        h.append("</tr></thead><tbody>");
        for (FundingYear y : s.years()) {
            h.append("<tr><th scope=\"row\">").append(y.year()).append("</th>");
            for (String id : letters.keySet()) {
                FundingStatement st = y.statements().stream().filter(x -> x.docId().equals(id)).findFirst().orElse(null);
                h.append("<td class=\"num\">").append(st == null ? "" : Html.esc(Html.euro(st.value()))
                        + (st.kind() != null && !"allocation".equals(st.kind()) ? " <span class=\"muted\">(" + Html.esc(st.kind()) + ")</span>" : ""))
                        .append("</td>");
            }
            if (latest) {
                h.append("<td class=\"num\"><strong>").append(Html.esc(Html.euro(y.latest()))).append("</strong></td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table></div>");
        if (s.revisions() != null && !s.revisions().isEmpty()) {
            h.append("<h4>Revisions between letters</h4><div class=\"table-wrap\"><table class=\"data\"><thead><tr>")
                    .append("<th scope=\"col\">Year</th><th scope=\"col\">From</th><th scope=\"col\">To</th>")
                    .append("<th scope=\"col\" class=\"num\">Old</th><th scope=\"col\" class=\"num\">New</th><th scope=\"col\" class=\"num\">Change</th></tr></thead><tbody>");
            for (FundingRevision r : s.revisions()) {
                h.append("<tr><td>").append(r.year()).append("</td><td><a href=\"/documents/").append(Html.url(r.fromDoc())).append("\">")
                        .append(Html.esc(Html.truncate(r.fromTitle(), 50))).append("</a></td><td><a href=\"/documents/")
                        .append(Html.url(r.toDoc())).append("\">").append(Html.esc(Html.truncate(r.toTitle(), 50))).append("</a></td><td class=\"num\">")
                        .append(Html.esc(Html.euro(r.fromValue()))).append("</td><td class=\"num\">").append(Html.esc(Html.euro(r.toValue())))
                        .append("</td><td class=\"num\">").append(r.delta() != null && r.delta().signum() > 0 ? "+" : "")
                        .append(Html.esc(Html.euro(r.delta()))).append("</td></tr>");
            }
            h.append("</tbody></table></div>");
        }
        return h.append("</section>").toString();
    }

    private static String letterLabel(FundingStatement st) {
        String t = st.title() != null ? st.title() : st.docId();
        return (st.docDate() != null ? st.docDate() + " · " : "") + Html.truncate(t, 60);
    }
}
