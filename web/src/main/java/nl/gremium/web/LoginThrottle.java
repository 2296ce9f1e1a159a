package nl.gremium.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, limited per account and per address: after {@link #MAX_FAILURES} failures for one
 * account, or {@link #MAX_FAILURES_PER_ADDRESS} from one address (several people may share one), within
 * {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window (guessing
 * slows to a crawl; the rightful user waits minutes, not forever).
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String account, String address) {
        return count("user:" + account) >= MAX_FAILURES || count("addr:" + address) >= MAX_FAILURES_PER_ADDRESS;
    }

    void failed(String account, String address) {
        add("user:" + account);
        add("addr:" + address);
    }

    void succeeded(String account) {
        failures.remove("user:" + account);
    }

    private int count(String key) {
        Deque<Instant> q = failures.get(key);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            Instant since = clock.instant().minus(WINDOW);
            while (!q.isEmpty() && q.peekFirst().isBefore(since)) {
                q.pollFirst();
            }
            return q.size();
        }
    }

    private void add(String key) {
        Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(clock.instant());
        }
    }
}
