package nl.gremium.analytics;

import java.util.List;

/** {@code analytics/decisions.json}: decision counts per body per month and quarter, outcomes, recurring topics. */
public record DecisionReport(List<PeriodCount> perMonth, List<PeriodCount> perQuarter, List<BodyOutcomes> perBody,
                             List<RecurringTopic> recurringTopics) {}
