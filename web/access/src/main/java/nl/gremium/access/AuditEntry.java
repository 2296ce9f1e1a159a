package nl.gremium.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param seq     1 for the first entry, then one more each
 * @param user    the authenticated user (or the name tried, for a failed sign-in; "cli" for the local operator)
 * @param address the client's address, or "local"
 * @param action  what happened: sign-in, sign-in-failed, upload, status, confidentiality, user-add, …
 * @param target  what it happened to (a document or recommendation id, a user name), or null
 * @param detail  a short free text, or null
 * @param prev    the hash of the previous entry ("" for the first)
 * @param hash    SHA-256 over this entry with {@code hash} left out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(long seq, Instant time, String user, String address, String action, String target,
                         String detail, String prev, String hash) {
    AuditEntry withHash(String h) {
        return new AuditEntry(seq, time, user, address, action, target, detail, prev, h);
    }
}
