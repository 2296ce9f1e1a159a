package nl.gremium.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.analytics.Evidence;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;

/**
 * One commitment (toezegging) of the register, with its follow-up.
 *
 * @param due      the deadline as reckoned from the text, or the owner's due date set by a controller
 * @param overdue  whether the deadline passed and it is not done
 * @param owner    who is to follow it up (set by a controller), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommitmentRow(String id, String docId, String docTitle, String body, LocalDate date, int page, String text,
                     String who, String toWhom, String dueText, LocalDate due, boolean overdue, String owner,
                     RecommendationStatus status, String statusSource, String rule, String cue, List<Evidence> evidence,
                     StatusEntry controller) {}
