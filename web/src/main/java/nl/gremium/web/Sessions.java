package nl.gremium.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, kept in memory (a restart signs everyone out). The id is 256 random bits, a new
 * one at every sign-in; a session ends after {@link #IDLE} without a request or {@link #ABSOLUTE} after
 * sign-in, whichever comes first. Each carries its own CSRF token for the forms it is shown.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    static final class Session {
        final String id = random();
        final String csrf = random();
        final Principal user;
        /** Signed in through the identity provider: not in the local user store, its role from the token. */
        final boolean external;
        final Instant started;
        volatile Instant lastSeen;
        /** When the user last gave their password (or the provider signed them in): user management wants it recent. */
        volatile Instant confirmed;

        Session(Principal user, boolean external, Instant now) {
            this.user = user;
            this.external = external;
            this.started = now;
            this.lastSeen = now;
            this.confirmed = now;
        }
    }

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    Session start(Principal user, boolean external) {
        Instant now = clock.instant();
        byId.values().removeIf(s -> expired(s, now));
        Session s = new Session(user, external, now);
        byId.put(s.id, s);
        return s;
    }

    /** The live session with this id, its idle clock restarted; expired ones are dropped. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        Instant now = clock.instant();
        if (s == null || expired(s, now)) {
            if (s != null) {
                byId.remove(id);
            }
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    void end(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Ends every session of a user (password changed or account removed elsewhere). */
    void endAllOf(String name) {
        byId.values().removeIf(s -> s.user.name().equals(name));
    }

    private static boolean expired(Session s, Instant now) {
        return now.isAfter(s.lastSeen.plus(IDLE)) || now.isAfter(s.started.plus(ABSOLUTE));
    }

    static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
