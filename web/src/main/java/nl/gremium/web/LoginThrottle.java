package nl.gremium.web;

import java.time.Clock;
import java.time.Duration;

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

    private final RecentEvents failures;

    LoginThrottle(Clock clock) {
        this.failures = new RecentEvents(WINDOW, clock);
    }

    boolean blocked(String account, String address) {
        return failures.count("user:" + account) >= MAX_FAILURES || failures.count("addr:" + address) >= MAX_FAILURES_PER_ADDRESS;
    }

    void failed(String account, String address) {
        failures.add("user:" + account);
        failures.add("addr:" + address);
    }

    void succeeded(String account) {
        failures.clear("user:" + account);
    }
}
