package nl.gremium.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;

/**
 * One recommendation with its current status, as the UI lists it.
 *
 * @param date           the report's date (null when the report states none)
 * @param ageDays        days from {@code date} to the report's {@code asOf}, null without a date
 * @param status         the current status: the controller's when set, else the evidence's, else open
 * @param statusSource   controller | evidence | none
 * @param controller     the controller's latest entry (who/when/why), or null
 * @param evidenceStatus the strongest status the evidence supports, or null without evidence
 * @param evidence       follow-up evidence, oldest first
 * @param statusRule     why the status is what it is: the controller's entry, the rule of the evidence that gave
 *                       it, or that nothing follows the report up
 * @param due            when the follow-up is due (the controller's latest due date), or null
 * @param overdue        true when {@code due} has passed and the recommendation is not closed (as of the report's day)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecommendationView(String id, String docId, String source, String number, String text, String issuer,
                                 String addressee, String reportTitle, String theme, LocalDate date, Long ageDays,
                                 RecommendationStatus status, String statusSource, StatusEntry controller,
                                 RecommendationStatus evidenceStatus, List<Evidence> evidence,
                                 String statusRule, LocalDate due, Boolean overdue) {

    static final String RULE_CONTROLLER = "set by a controller";
    static final String RULE_NONE = "no later document follows the report up";

    /** Whether a recommendation due on {@code due} with this status is overdue on {@code day}; null without a due date. */
    public static Boolean overdue(LocalDate due, RecommendationStatus status, LocalDate day) {
        return due == null ? null : !status.settled() && due.isBefore(day);
    }

    /** The rule behind a status: the controller's, else the strongest evidence's (its first piece), else none. */
    public static String ruleOf(StatusEntry controller, RecommendationStatus fromEvidence, List<Evidence> evidence) {
        if (controller != null) {
            return RULE_CONTROLLER;
        }
        return evidence.stream().filter(e -> e.suggests() == fromEvidence).map(Evidence::rule)
                .filter(r -> r != null).findFirst().orElse(RULE_NONE);
    }
}
