package nl.gremium.web;

import io.javalin.http.BadRequestResponse;
import java.time.LocalDate;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;
import nl.gremium.store.StatusStore;

/** A controller's status for a register record, kept in the one append-only status history (the audit of who and why). */
final class StatusSetter {
    private StatusSetter() {}

    static StatusEntry set(StatusStore statuses, DataVersion version, String id, RecommendationStatus status, String owner,
                           LocalDate due, String note, String who) {
        try {
            return statuses.set(id, status, owner, due, note, who);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        } finally {
            version.changed();
        }
    }
}
