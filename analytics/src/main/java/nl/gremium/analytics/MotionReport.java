package nl.gremium.analytics;

import java.util.List;

/** {@code analytics/motions.json}: motions and amendments per body per month and per submitting party, by outcome. */
public record MotionReport(List<MotionCount> perMonth, List<MotionCount> perParty) {}
