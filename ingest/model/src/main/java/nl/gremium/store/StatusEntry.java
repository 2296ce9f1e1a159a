package nl.gremium.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One status a controller set for one recommendation: a line of the append-only status history.
 *
 * @param recommendation the recommendation id ({@code Recommendation.id()})
 * @param owner          who is to follow it up, or null
 * @param due            when the follow-up is due, or null
 * @param note           why (the controller's explanation), or null
 * @param who            who set it (user name)
 * @param when           when it was set
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusEntry(String recommendation, RecommendationStatus status, String owner, LocalDate due,
                          String note, String who, Instant when) {}
