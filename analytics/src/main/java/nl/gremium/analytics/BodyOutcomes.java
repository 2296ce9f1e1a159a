package nl.gremium.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * All decisions of one body: noted versus decided, and the share of decided items adopted as proposed.
 *
 * @param decided                everything not merely noted
 * @param shareAdoptedAsProposed adoptedAsProposed / decided, null when nothing was decided
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BodyOutcomes(String body, long total, long noted, long decided, long adoptedAsProposed,
                           Double shareAdoptedAsProposed) {
    /** The body decisions without one count under. */
    public static final String UNKNOWN_BODY = "(onbekend)";

    /** From the counts of all, noted and adopted-as-proposed decisions. */
    public static BodyOutcomes of(String body, long total, long noted, long adoptedAsProposed) {
        long decided = total - noted;
        return new BodyOutcomes(body, total, noted, decided, adoptedAsProposed,
                decided == 0 ? null : (double) adoptedAsProposed / decided);
    }
}
