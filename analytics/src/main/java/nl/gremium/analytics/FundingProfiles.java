package nl.gremium.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.gremium.export.ExportRow;

/**
 * The funding profiles: from the letters' funding statements to one series per organisation and regulation
 * stream, the one computation behind both the analytics job ({@code funding.json}, Parquet, CSV) and the web
 * page (which runs it over the documents its user may see).
 *
 * <p>Letters are ordered by date (undated first, then by id, so a dated letter always counts as newer). A
 * letter's line gives, per year, the stream's amount as that letter states it: of its statements for the
 * year, not the corrections (they are changes, not amounts), preferring a definitive amount, then an
 * allocation, then a forecast; among those the stream as such, then a total component ("Totaal"), then the
 * largest, since components are parts of it. A revision is a letter whose amount for a year differs from the
 * previous letter's; the latest known value is the newest letter's. The same letter ingested twice (same
 * title, date and values, e.g. on its own and inside a meeting bundle) counts once.
 */
public final class FundingProfiles {
    static final String UNKNOWN_STREAM = "(onbekend)";
    private static final Pattern TOTAL = Pattern.compile("(?i)\\btota(a|le)l?\\b|\\bin\\s+totaal\\b");
    private static final List<String> KIND_ORDER = List.of("definitive", "allocation", "forecast");

    private FundingProfiles() {}

    /** The profiles and the flat tables written beside them. */
    public record Result(FundingReport report, List<FundingStatementRow> statements, List<FundingRevisionRow> revisions) {}

    /** Builds the profiles from funding records (export rows); records without organisation, year or value are left out. */
    public static Result build(List<ExportRow.Funding> records) {
        Set<List<Object>> seen = new HashSet<>();
        List<FundingStatementRow> rows = new ArrayList<>();
        records.stream().sorted(Comparator.comparing(ExportRow.Funding::docId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ExportRow.Funding::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .filter(f -> f.organisation() != null && !f.organisation().isBlank() && f.year() != null && f.value() != null)
                .forEach(f -> {
                    String org = f.organisation().strip();
                    String stream = f.stream() == null || f.stream().isBlank() ? UNKNOWN_STREAM : f.stream().strip();
                    String component = f.component() == null || f.component().isBlank() ? null : f.component().strip();
                    BigDecimal value = f.value().stripTrailingZeros().scale() < 0 ? f.value().setScale(0) : f.value().stripTrailingZeros();
                    // one letter ingested twice (on its own and inside a meeting bundle) states each value once
                    if (seen.add(Arrays.asList(org, stream, component, f.year(), f.title(), f.date(), f.fundingKind(), value))) {
                        rows.add(new FundingStatementRow(org, stream, f.year(), f.docId(), f.title(), f.date(), f.fundingKind(),
                                value, f.tableId(), f.page(), false, component));
                    }
                });
        Map<List<String>, List<FundingStatementRow>> grouped = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        rows.forEach(r -> grouped.computeIfAbsent(List.of(r.organisation(), r.stream()), k -> new ArrayList<>()).add(r));
        List<FundingSeries> series = new ArrayList<>();
        List<FundingStatementRow> statements = new ArrayList<>();
        List<FundingRevisionRow> revisions = new ArrayList<>();
        grouped.forEach((key, st) -> series.add(series(key.get(0), key.get(1), st, statements, revisions)));
        return new Result(new FundingReport(List.copyOf(series)), List.copyOf(statements), List.copyOf(revisions));
    }

    private static final Comparator<FundingStatementRow> LETTER_ORDER = Comparator
            .comparing(FundingStatementRow::docDate, Comparator.nullsFirst(LocalDate::compareTo))
            .thenComparing(FundingStatementRow::docId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static FundingSeries series(String org, String stream, List<FundingStatementRow> st,
                                        List<FundingStatementRow> allStatements, List<FundingRevisionRow> allRevisions) {
        List<FundingStatementRow> sorted = new ArrayList<>(st);
        sorted.sort(Comparator.comparing(FundingStatementRow::year).thenComparing(LETTER_ORDER)
                .thenComparing(s -> s.page() == null ? 0 : s.page()));
        // the letters, oldest first, and each one's amount per year
        Map<String, FundingStatementRow> letters = new LinkedHashMap<>();
        st.stream().sorted(LETTER_ORDER).forEach(s -> letters.putIfAbsent(s.docId(), s));
        Map<String, TreeMap<Integer, FundingStatementRow>> lines = new LinkedHashMap<>();
        letters.keySet().forEach(id -> lines.put(id, new TreeMap<>()));
        for (FundingStatementRow s : st) {
            if (KIND_ORDER.contains(s.kind()) || s.kind() == null) {
                lines.get(s.docId()).merge(s.year(), s, (a, b) -> rank().compare(a, b) <= 0 ? a : b);
            }
        }
        List<FundingLetter> letterLines = new ArrayList<>();
        lines.forEach((id, points) -> {
            FundingStatementRow l = letters.get(id);
            if (!points.isEmpty()) {
                letterLines.add(new FundingLetter(id, l.title(), l.docDate(), points.values().stream()
                        .map(p -> new FundingPoint(p.year(), p.value(), p.kind())).toList()));
            }
        });
        // revisions between consecutive letters, and the newest letter's amount per year
        TreeMap<Integer, FundingStatementRow> latest = new TreeMap<>();
        List<FundingRevision> revisions = new ArrayList<>();
        TreeMap<Integer, FundingStatementRow> previous = new TreeMap<>();
        for (TreeMap<Integer, FundingStatementRow> points : lines.values()) {
            for (FundingStatementRow to : points.values()) {
                FundingStatementRow from = previous.get(to.year());
                if (from != null && from.value().compareTo(to.value()) != 0) {
                    FundingRevisionRow r = new FundingRevisionRow(org, stream, to.year(), from.docId(), from.title(), from.docDate(),
                            from.value(), to.docId(), to.title(), to.docDate(), to.value(), to.kind(), to.value().subtract(from.value()));
                    allRevisions.add(r);
                    revisions.add(r.toRevision());
                }
                previous.put(to.year(), to);
                latest.put(to.year(), to);
            }
        }
        revisions.sort(Comparator.comparing(FundingRevision::year)
                .thenComparing(FundingRevision::toDate, Comparator.nullsFirst(LocalDate::compareTo)));
        Map<Integer, List<FundingStatement>> perYear = new TreeMap<>();
        for (FundingStatementRow s : sorted) {
            boolean isLatest = latest.get(s.year()) == s;
            allStatements.add(isLatest ? new FundingStatementRow(s.organisation(), s.stream(), s.year(), s.docId(), s.title(),
                    s.docDate(), s.kind(), s.value(), s.tableId(), s.page(), true, s.component()) : s);
            perYear.computeIfAbsent(s.year(), y -> new ArrayList<>()).add(new FundingStatement(s.docId(), s.title(), s.docDate(),
                    s.kind(), s.value(), s.tableId(), s.page(), s.component()));
        }
        List<FundingYear> years = new ArrayList<>();
        perYear.forEach((y, list) -> {
            FundingStatementRow l = latest.get(y);
            years.add(new FundingYear(y, l == null ? null : l.value(), l == null ? null : l.kind(), l == null ? null : l.docId(),
                    l == null ? null : l.docDate(), List.copyOf(list)));
        });
        List<String> components = st.stream().map(FundingStatementRow::component).filter(Objects::nonNull).distinct().sorted().toList();
        return new FundingSeries(org, stream, List.copyOf(letterLines), List.copyOf(years), List.copyOf(revisions), components);
    }

    /** Which of a letter's statements for a year is the stream's amount: the smaller one under this order. */
    private static Comparator<FundingStatementRow> rank() {
        return Comparator.comparingInt((FundingStatementRow s) -> s.kind() == null ? 1 : KIND_ORDER.indexOf(s.kind()))
                .thenComparingInt(s -> s.component() == null ? 0 : TOTAL.matcher(s.component()).find() ? 1 : 2)
                .thenComparing(s -> s.value().abs(), Comparator.reverseOrder());
    }

    /** The series per organisation: each organisation's funding profile, organisations sorted. */
    public static Map<String, List<FundingSeries>> byOrganisation(List<FundingSeries> series) {
        Map<String, List<FundingSeries>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        series.forEach(s -> out.computeIfAbsent(s.organisation(), k -> new ArrayList<>()).add(s));
        return out;
    }

    /** The latest known amount per organisation and year in one stream: the comparison across organisations. */
    public static Map<String, TreeMap<Integer, BigDecimal>> comparison(List<FundingSeries> series, String stream) {
        Map<String, TreeMap<Integer, BigDecimal>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        series.stream().filter(s -> s.stream().equalsIgnoreCase(stream)).forEach(s -> s.years().forEach(y -> {
            if (y.latest() != null) {
                out.computeIfAbsent(s.organisation(), k -> new TreeMap<>()).put(y.year(), y.latest());
            }
        }));
        return out;
    }

    /** The stream most organisations have (the one to compare them on), if any. */
    public static Optional<String> mainStream(List<FundingSeries> series) {
        Map<String, Long> count = new TreeMap<>();
        series.forEach(s -> count.merge(s.stream().toLowerCase(Locale.ROOT).equals(UNKNOWN_STREAM) ? "" : s.stream(), 1L, Long::sum));
        count.remove("");
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
