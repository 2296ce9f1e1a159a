package nl.gremium.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.gremium.store.DataStore;

/**
 * The JSON outputs the UI reads, in {@link DataStore#analyticsDir()}. Each is one record, written
 * whole (atomically) by the analytics run, readable with {@code nl.gremium.store.Json}:
 * <pre>
 *   recommendations.json  {@link RecommendationsReport}
 *   funding.json          {@link FundingReport}
 *   decisions.json        {@link DecisionReport}
 *   motions.json          {@link MotionReport}
 * </pre>
 * The same results are written for users as Parquet ({@code analytics/parquet/<table>/}) and CSV
 * ({@code analytics/csv/<table>.csv}, with a header).
 */
public final class AnalyticsFiles {
    public static final String RECOMMENDATIONS = "recommendations.json";
    public static final String FUNDING = "funding.json";
    public static final String DECISIONS = "decisions.json";
    public static final String MOTIONS = "motions.json";

    private AnalyticsFiles() {}

    public static Optional<RecommendationsReport> recommendations(DataStore store) {
        return read(store, RECOMMENDATIONS, RecommendationsReport.class);
    }

    /**
     * The statuses the follow-up analysis computed from evidence (recommendation id → status name), for the
     * search index to show what the tracker shows; empty before the first run.
     */
    public static Map<String, String> evidenceStatuses(DataStore store) {
        Map<String, String> out = new HashMap<>();
        recommendations(store).ifPresent(r -> r.recommendations().stream().filter(v -> v.evidenceStatus() != null)
                .forEach(v -> out.put(v.id(), v.evidenceStatus().name())));
        return out;
    }

    public static Optional<FundingReport> funding(DataStore store) {
        return read(store, FUNDING, FundingReport.class);
    }

    public static Optional<DecisionReport> decisions(DataStore store) {
        return read(store, DECISIONS, DecisionReport.class);
    }

    public static Optional<MotionReport> motions(DataStore store) {
        return read(store, MOTIONS, MotionReport.class);
    }

    /** Empty when the analytics job has not run yet. */
    private static <T> Optional<T> read(DataStore store, String name, Class<T> type) {
        Path p = store.analyticsDir().resolve(name);
        return Files.isRegularFile(p) ? Optional.of(store.readJson(p, type)) : Optional.empty();
    }
}
