package org.brtimeline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FREE_FAILURES} failed logins for one account or one
 * address, each further attempt must wait twice as long as the last (1 s, 2 s, 4 s … up to 15
 * minutes). Failures are forgotten after 15 quiet minutes or a successful login.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a login for this user name from this address must wait before it is even checked. */
    public boolean mustWait(String username, String address) {
        Instant now = clock.instant();
        return waiting(key("user", username), now) || waiting(key("address", address), now);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {key("user", username), key("address", address)}) {
            failures.compute(
                    key,
                    (k, f) -> f == null || expired(f, now) ? new Failures(1, now) : new Failures(f.count() + 1, now));
        }
    }

    public void succeeded(String username, String address) {
        failures.remove(key("user", username));
        failures.remove(key("address", address));
    }

    private boolean waiting(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < FREE_FAILURES) {
            return false;
        }
        if (expired(f, now)) {
            failures.remove(key, f);
            return false;
        }
        long seconds = 1L << Math.min(f.count() - FREE_FAILURES, 10);
        Duration delay = Duration.ofSeconds(seconds).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : Duration.ofSeconds(seconds);
        return now.isBefore(f.last().plus(delay));
    }

    private static boolean expired(Failures f, Instant now) {
        return now.isAfter(f.last().plus(FORGET_AFTER));
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.strip().toLowerCase());
    }
}
