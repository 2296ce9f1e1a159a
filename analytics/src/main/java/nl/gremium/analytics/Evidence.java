package nl.gremium.analytics;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.store.RecommendationStatus;

/**
 * A passage of a later document that refers to a recommendation's report: follow-up evidence.
 *
 * @param recordType decision | action | agenda_item | document (what the passage is)
 * @param recordId   the decision/action id, the agenda item number, or null for a whole document
 * @param snippet    the sentence that best shows the reference (at most about 300 characters)
 * @param suggests   the status this passage supports: closed (stated as implemented), not_adopted (declined),
 *                   in_progress (taken over, decided on, acted upon), open (only mentioned)
 * @param matched    the report/issuer/theme terms found in the passage, to show why it matched
 * @param rule       the rule that gave {@code suggests} (or held it to open), in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String docId, String title, @JsonAlias("docKind") String kind, LocalDate date, String recordType,
                       String recordId, String snippet, RecommendationStatus suggests, List<String> matched,
                       String rule) {}
