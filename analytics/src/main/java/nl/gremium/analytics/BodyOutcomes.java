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
                           Double shareAdoptedAsProposed) {}
