package nl.gremium.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** What a signed-in user may do. Every role reads; the others add one duty each. */
public enum Role {
    /** Board member: reads. */
    board(Set.of(Permission.read)),
    /** Controller: reads and sets recommendation and commitment statuses. */
    controller(Set.of(Permission.read, Permission.set_status)),
    /** Secretariat: reads, uploads, and corrects metadata and confidentiality marking. */
    secretariat(Set.of(Permission.read, Permission.upload, Permission.mark)),
    /** Administrator: reads and manages users. */
    admin(Set.of(Permission.read, Permission.manage_users));

    /** One thing a request may need. */
    public enum Permission { read, set_status, upload, mark, manage_users }

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission p) {
        return permissions.contains(p);
    }

    /** "Controller" → controller; an unknown name is an error listing the roles. */
    public static Role parse(String s) {
        String key = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(key)).findFirst()
                .orElseThrow(() -> new AccountRejected(AccountRejected.Reason.UNKNOWN_ROLE, "unknown role '" + s + "'; one of "
                        + Arrays.toString(values()), s));
    }
}
