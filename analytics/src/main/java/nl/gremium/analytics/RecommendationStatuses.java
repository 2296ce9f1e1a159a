package nl.gremium.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gremium.export.ExportRow;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;

/**
 * Turns recommendations, their evidence and the controllers' statuses into the report: a
 * controller's latest status always wins; without one, the strongest status the evidence supports;
 * without evidence, open. The trend replays the same rule at each month's end, using only evidence
 * dated by then and controller entries made by then (undated evidence counts from the report's date).
 */
final class RecommendationStatuses {
    static final String UNKNOWN = BodyOutcomes.UNKNOWN_BODY;
    /** Evidence links kept per recommendation: the best per document, at most this many. */
    static final int MAX_EVIDENCE = 10;

    private RecommendationStatuses() {}

    static RecommendationsReport report(List<ExportRow.Recommendation> recs, List<EvidenceRow> evidence, List<StatusEntry> controller,
                                        LocalDate asOf) {
        Map<String, List<EvidenceRow>> byRec = evidence.stream()
                .collect(Collectors.groupingBy(EvidenceRow::recommendation, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<StatusEntry>> entries = new LinkedHashMap<>();
        controller.stream().sorted(Comparator.comparing(StatusEntry::when))
                .forEach(e -> entries.computeIfAbsent(e.recommendation(), k -> new ArrayList<>()).add(e));
        List<RecommendationView> views = new ArrayList<>();
        for (ExportRow.Recommendation r : recs) {
            List<EvidenceRow> ev = RecommendationJob.sorted(bestPerDocument(byRec.getOrDefault(r.id(), List.of())));
            List<StatusEntry> hist = entries.getOrDefault(r.id(), List.of());
            StatusEntry latest = hist.isEmpty() ? null : hist.get(hist.size() - 1);
            RecommendationStatus fromEvidence = RecommendationJob.strongest(ev);
            RecommendationStatus status = latest != null ? latest.status()
                    : fromEvidence != null ? fromEvidence : RecommendationStatus.open;
            String source = latest != null ? "controller" : ev.isEmpty() ? "none" : "evidence";
            Long age = r.date() == null ? null : ChronoUnit.DAYS.between(r.date(), asOf);
            List<Evidence> evs = ev.stream().map(EvidenceRow::toEvidence).toList();
            // the controller's due date wins over the one the report prints
            LocalDate due = latest != null && latest.due() != null ? latest.due() : r.due();
            views.add(new RecommendationView(r.id(), r.docId(), r.source(), r.number(), r.text(), r.issuer(),
                    r.addressee(), r.reportTitle() != null ? r.reportTitle() : r.title(), r.theme(), r.date(), age,
                    status, source, latest, fromEvidence, evs, RecommendationView.ruleOf(latest, fromEvidence, evs),
                    due, RecommendationView.overdue(due, status, asOf)));
        }
        views.sort(Comparator.comparing(RecommendationView::date, Comparator.nullsLast(LocalDate::compareTo))
                .thenComparing(RecommendationView::docId).thenComparing(RecommendationView::id));
        return new RecommendationsReport(asOf, Instant.now(), views, counts(views, RecommendationView::issuer),
                counts(views, RecommendationView::addressee), counts(views, RecommendationView::theme),
                trend(views, byRec, entries, asOf));
    }

    private static List<EvidenceRow> bestPerDocument(List<EvidenceRow> ev) {
        Map<String, EvidenceRow> best = new LinkedHashMap<>();
        Comparator<EvidenceRow> strength = Comparator
                .comparing((EvidenceRow e) -> RecommendationStatus.parse(e.suggests()).ordinal())
                .thenComparing(EvidenceRow::score).thenComparing(e -> String.valueOf(e.recordId()),
                        Comparator.reverseOrder());
        for (EvidenceRow e : ev) {
            best.merge(e.docId(), e, (a, b) -> strength.compare(a, b) >= 0 ? a : b);
        }
        // the same passage twice (a document on its own and inside a meeting bundle) is one piece of evidence
        Map<List<Object>, EvidenceRow> distinct = new LinkedHashMap<>();
        best.values().stream().sorted(strength.reversed())
                .forEach(e -> distinct.putIfAbsent(Arrays.asList(e.recordType(), e.date(), e.snippet()), e));
        return distinct.values().stream().limit(MAX_EVIDENCE).toList();
    }

    static List<StatusCount> counts(List<RecommendationView> views, Function<RecommendationView, String> key) {
        Map<String, long[]> m = new TreeMap<>();
        for (RecommendationView v : views) {
            String k = key.apply(v) == null || key.apply(v).isBlank() ? UNKNOWN : key.apply(v).strip();
            m.computeIfAbsent(k, x -> new long[RecommendationStatus.values().length])[v.status().ordinal()]++;
        }
        return m.entrySet().stream().map(e -> {
            long[] c = e.getValue();
            return new StatusCount(e.getKey(), c[0], c[1], c[2], c[3], c[0] + c[1] + c[2] + c[3]);
        }).toList();
    }

    private static List<MonthStatus> trend(List<RecommendationView> views, Map<String, List<EvidenceRow>> evidence,
                                           Map<String, List<StatusEntry>> entries, LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf);
        YearMonth first = views.stream().map(RecommendationView::date).filter(d -> d != null).map(YearMonth::from)
                .min(Comparator.naturalOrder()).orElse(last);
        if (first.isAfter(last)) {
            first = last;
        }
        List<MonthStatus> out = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate end = m.equals(last) ? asOf : m.atEndOfMonth();
            long[] c = new long[RecommendationStatus.values().length];
            for (RecommendationView v : views) {
                // undated recommendations cannot be placed in time: they count from the current month only
                if (v.date() == null ? !m.equals(last) : v.date().isAfter(end)) {
                    continue;
                }
                c[statusAt(v, evidence.getOrDefault(v.id(), List.of()), entries.getOrDefault(v.id(), List.of()),
                        end).ordinal()]++;
            }
            out.add(new MonthStatus(m.toString(), c[0], c[1], c[2], c[3]));
        }
        return out;
    }

    static RecommendationStatus statusAt(RecommendationView v, List<EvidenceRow> ev, List<StatusEntry> hist,
                                         LocalDate day) {
        Instant dayEnd = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        StatusEntry byController = null;
        for (StatusEntry e : hist) {
            if (e.when().isBefore(dayEnd)) {
                byController = e;
            }
        }
        if (byController != null) {
            return byController.status();
        }
        RecommendationStatus s = RecommendationStatus.open;
        for (EvidenceRow e : ev) {
            LocalDate d = e.date() != null ? e.date() : v.date();
            RecommendationStatus x = RecommendationStatus.parse(e.suggests());
            if ((d == null || !d.isAfter(day)) && x.ordinal() > s.ordinal()) {
                s = x;
            }
        }
        return s;
    }
}
