package nl.gremium.analytics;

import java.util.List;

/** {@code analytics/funding.json}: one series per organisation and regulation stream, sorted by both. */
public record FundingReport(List<FundingSeries> series) {}
