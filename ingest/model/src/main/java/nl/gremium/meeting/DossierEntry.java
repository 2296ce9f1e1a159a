package nl.gremium.meeting;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.Decision;

/**
 * One step of a dossier: an agenda item of a meeting (with what was decided), or a document outside any
 * meeting (a letter, a report) that cites the same reference.
 *
 * @param meetingId the meeting, or null for a document outside a meeting
 * @param number    the agenda item number, or null for a document
 * @param docId     the document the item or the document itself is in
 */
public record DossierEntry(LocalDate date, String body, String meetingId, String number, String title, String docId,
                           String itemId, List<Decision> decisions, List<String> references) {

    public DossierEntry {
        decisions = List.copyOf(decisions);
        references = List.copyOf(references);
    }
}
