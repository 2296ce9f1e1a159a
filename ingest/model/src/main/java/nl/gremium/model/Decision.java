package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A formal decision of a body, as recorded, with the agenda item it belongs to.
 *
 * @param outcome     normalised outcome, null for a document's own dictum ("Het college besluit")
 * @param outcomeText the outcome as printed ("aangenomen", "conform", "Verworpen (19-26)"), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Decision(String id, String text, String agendaItem, String agendaTitle, String body,
                       LocalDate date, String proposal, Outcome outcome, int page, String outcomeText) {
    /** The same decision under another id: taggers number decisions once their reading order is known. */
    public Decision withId(String newId) {
        return new Decision(newId, text, agendaItem, agendaTitle, body, date, proposal, outcome, page, outcomeText);
    }
}
