package nl.gremium.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.analytics.Evidence;
import nl.gremium.model.Outcome;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;

/**
 * One motion or amendment of the register, with its follow-up.
 *
 * @param meeting        the body and date of the meeting (of the document that records the outcome, else the motion's)
 * @param votes          the vote per party where a decision list or minutes print it
 * @param status         the follow-up (adopted motions only; null otherwise): open, in_progress, not_adopted (decided against), closed (done)
 * @param statusSource   controller | evidence | none
 * @param rule           why this status, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MotionRow(String id, String docId, String kind, String number, String title, List<String> submitters,
                 List<String> parties, String body, LocalDate date, Outcome outcome, String outcomeText,
                 String outcomeSource, List<PartyVotes.Side> votes, RecommendationStatus status, String statusSource,
                 String rule, List<Evidence> evidence, StatusEntry controller) {}
