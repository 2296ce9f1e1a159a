package nl.gremium.web;

import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.gremium.analytics.AnalyticsFiles;
import nl.gremium.analytics.Evidence;
import nl.gremium.analytics.RecommendationView;
import nl.gremium.analytics.RecommendationsReport;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Recommendation;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;
import nl.gremium.store.StatusStore;

/**
 * The controllers' list: the analytics job's recommendations (status from evidence) with the
 * controllers' statuses laid over them live from the {@link StatusStore}, so a change shows at once,
 * before analytics runs again. Before the first analytics run the list comes straight from the
 * documents, without evidence. Ages count to today. The list is computed once per data change.
 */
final class RecommendationsTracker {
    private final Library library;
    private final StatusStore statuses;
    private final DataVersion version;
    private final Derived<Snapshot> views;

    /** The list in display order (by report, then by number as printed) and the same indexed by id. */
    private record Snapshot(List<RecommendationView> list, Map<String, RecommendationView> byId,
                            Optional<Freshness> freshness) {}

    RecommendationsTracker(Library library, DataVersion version) {
        this.library = library;
        this.statuses = new StatusStore(library.store());
        this.version = version;
        this.views = new Derived<>(version, this::compute);
    }

    /**
     * When the statuses were computed and whether documents arrived since (an ingest or upload rewrites the
     * source registry), so the page can say its statuses are stale instead of silently showing old ones.
     */
    record Freshness(Instant computedAt, Instant lastIngest) {
        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .withZone(ZoneOffset.UTC);

        boolean stale() {
            return computedAt == null || lastIngest != null && lastIngest.isAfter(computedAt);
        }

        String computedAtText() {
            return computedAt == null ? "an unknown time" : SHOWN.format(computedAt);
        }

        String lastIngestText() {
            return lastIngest == null ? "unknown" : SHOWN.format(lastIngest);
        }
    }

    /** When the analytics job computed the statuses and when documents last arrived; empty before its first run. */
    Optional<Freshness> freshness() {
        return views.get().freshness();
    }

    /** Whether the analytics job has run (else there is no evidence yet). */
    boolean analysed() {
        return freshness().isPresent();
    }

    private Instant lastIngest() {
        try {
            Path sources = library.store().sourcesFile();
            return Files.isRegularFile(sources) ? Files.getLastModifiedTime(sources).toInstant() : null;
        } catch (IOException e) {
            return null;
        }
    }

    List<RecommendationView> list() {
        return views.get().list();
    }

    Optional<RecommendationView> get(String id) {
        return Optional.ofNullable(views.get().byId().get(id));
    }

    private Snapshot compute() {
        Map<String, StatusEntry> latest = statuses.latest();
        Optional<RecommendationsReport> analysed = AnalyticsFiles.recommendations(library.store());
        List<RecommendationView> base = analysed.map(RecommendationsReport::recommendations).orElseGet(this::fromDocuments);
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        List<RecommendationView> out = new ArrayList<>(base.size());
        for (RecommendationView v : base) {
            if (library.get(v.docId()).isEmpty()) {
                continue; // in a document this user may not see (or no longer stored)
            }
            StatusEntry c = latest.get(v.id());
            RecommendationStatus status = c != null ? c.status()
                    : v.evidenceStatus() != null ? v.evidenceStatus() : RecommendationStatus.open;
            String source = c != null ? "controller" : v.evidenceStatus() != null ? "evidence" : "none";
            // the report's own title and date when the record does not carry them
            Optional<LogicalDocument> doc = v.reportTitle() == null || v.date() == null ? library.get(v.docId()) : Optional.empty();
            String report = v.reportTitle() != null ? v.reportTitle() : doc.map(DocumentPage::titleOf).orElse(v.source());
            LocalDate date = v.date() != null ? v.date() : doc.map(d -> d.metadata() == null ? null : d.metadata().date()).orElse(null);
            Long age = date == null ? null : ChronoUnit.DAYS.between(date, today);
            // a controller's due date, else the one the report prints (carried by the analysed view)
            LocalDate due = c != null && c.due() != null ? c.due() : v.due();
            List<Evidence> evidence = v.evidence() == null ? List.of()
                    : v.evidence().stream().filter(e -> library.get(e.docId()).isPresent()).toList();
            out.add(new RecommendationView(v.id(), v.docId(), v.source(), v.number(), v.text(), v.issuer(), v.addressee(),
                    report, v.theme(), date, age, status, source, c, v.evidenceStatus(), evidence,
                    RecommendationView.ruleOf(c, v.evidenceStatus(), evidence), due,
                    RecommendationView.overdue(due, status, today)));
        }
        out.sort(Comparator.comparing(RecommendationView::reportTitle, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RecommendationView::number, Comparator.nullsLast(NumberOrder.INSTANCE))
                .thenComparing(RecommendationView::id));
        Map<String, RecommendationView> byId = new LinkedHashMap<>();
        out.forEach(v -> byId.putIfAbsent(v.id(), v));
        return new Snapshot(List.copyOf(out), byId,
                analysed.map(r -> new Freshness(r.computedAt(), lastIngest())));
    }

    List<StatusEntry> history(String id) {
        return statuses.history(id);
    }

    StatusEntry set(String id, RecommendationStatus status, String owner, LocalDate due, String note, String who) {
        if (get(id).isEmpty()) {
            throw new NotFoundResponse("recommendation " + id + " not found");
        }
        return StatusSetter.set(statuses, version, id, status, owner, due, note, who);
    }

    private List<RecommendationView> fromDocuments() {
        List<RecommendationView> out = new ArrayList<>();
        for (LogicalDocument d : library.all()) {
            for (Recommendation r : d.tags().recommendations()) {
                out.add(new RecommendationView(r.id(), d.id(), d.source().fileName(), r.number(), r.text(), r.issuer(),
                        r.addressee(), r.reportTitle(), r.theme(), r.date(), null,
                        RecommendationStatus.open, "none", null, null, List.of(), "statuses not computed yet", r.due(),
                        RecommendationView.overdue(r.due(), RecommendationStatus.open, LocalDate.now(ZoneId.systemDefault()))));
            }
        }
        return out;
    }

    /** "2" before "10", "3.2" after "3.1": numbers as printed, compared part by part. */
    enum NumberOrder implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            String[] x = a.split("\\D+"), y = b.split("\\D+");
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                if (!x[i].isEmpty() && !y[i].isEmpty()) {
                    int c = Long.compare(Long.parseLong(x[i].length() > 18 ? "0" : x[i]), Long.parseLong(y[i].length() > 18 ? "0" : y[i]));
                    if (c != 0) {
                        return c;
                    }
                }
            }
            return a.compareTo(b);
        }
    }
}
