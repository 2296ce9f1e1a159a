package nl.gremium.analytics;

/**
 * Motions or amendments ({@code motionKind}) of one group, a body's month ({@code body}, {@code period}
 * "2025-03") or a submitting party ({@code party}), by outcome. {@code adopted} includes adopted as
 * amended; {@code other} is held, deferred, a tie or no recorded outcome.
 */
public record MotionCount(String body, String period, String party, String motionKind, long total, long adopted,
                          long rejected, long withdrawn, long other) {}
