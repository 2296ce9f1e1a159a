package nl.gremium.web;

import java.util.function.Supplier;
import nl.gremium.access.Role;
import nl.gremium.access.User;

/**
 * Who a request runs as: the signed-in user (by session or API token). {@link #current()} is set by
 * {@link Access} at the start of every request on the request's thread, so the document library and the
 * search can leave out what this user may not see without every handler passing it along.
 */
record Principal(String name, Role role, boolean confidential) {
    private static final ThreadLocal<Principal> CURRENT = new ThreadLocal<>();
    /** When no user was set (outside the checked routes): no clearance, read only; fails closed. */
    static final Principal NOBODY = new Principal("nobody", Role.board, false);
    /** A reader who did not sign in, under {@code --public}: reads what is not confidential, nothing else. */
    static final Principal ANONYMOUS = new Principal("anonymous", Role.board, false);

    static Principal of(User u) {
        return new Principal(u.name(), u.role(), u.confidential());
    }

    static Principal current() {
        Principal p = CURRENT.get();
        return p == null ? NOBODY : p;
    }

    /** Computes {@code work} as a user of this clearance would see the data, then restores the request's user. */
    static <T> T viewing(boolean confidential, Supplier<T> work) {
        Principal before = CURRENT.get();
        CURRENT.set(new Principal("view", Role.board, confidential));
        try {
            return work.get();
        } finally {
            CURRENT.set(before);
        }
    }

    static void set(Principal p) {
        CURRENT.set(p);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** False for {@link #ANONYMOUS} (and outside a request): no name to show, no sign-out. */
    boolean signedIn() {
        return this != ANONYMOUS && this != NOBODY;
    }

    boolean may(Role.Permission permission) {
        return role.may(permission);
    }
}
