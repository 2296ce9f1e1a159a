package nl.gremium.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code analytics/recommendations.json}: every recommendation with status and evidence, counts per
 * issuer/addressee/theme (key "(onbekend)" when the text names none), and the month-by-month trend.
 *
 * @param asOf       the day ages and the trend run to (the run date)
 * @param computedAt when the statuses were computed: documents stored after it are not yet taken into account
 */
public record RecommendationsReport(LocalDate asOf, Instant computedAt, List<RecommendationView> recommendations,
                                    List<StatusCount> byIssuer, List<StatusCount> byAddressee,
                                    List<StatusCount> byTheme, List<MonthStatus> trend) {}
