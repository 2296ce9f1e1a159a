package nl.gremium.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Events per key within a sliding time window: the counter behind sign-in and upload limits. */
final class RecentEvents {
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final Duration window;
    private final Clock clock;

    RecentEvents(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    int count(String key) {
        Deque<Instant> q = events.get(key);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            prune(q);
            return q.size();
        }
    }

    void add(String key) {
        Deque<Instant> q = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(clock.instant());
        }
    }

    /** Adds an event unless {@code max} are in the window already; true when it was added. */
    boolean addIfBelow(String key, int max) {
        Deque<Instant> q = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q);
            if (q.size() >= max) {
                return false;
            }
            q.addLast(clock.instant());
            return true;
        }
    }

    void clear(String key) {
        events.remove(key);
    }

    private void prune(Deque<Instant> q) {
        Instant since = clock.instant().minus(window);
        while (!q.isEmpty() && q.peekFirst().isBefore(since)) {
            q.pollFirst();
        }
    }
}
