package org.brtimeline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing without locking the owner out. Failures are counted per account <em>and</em> address (after
 * {@value #FREE_FAILURES} of them, each further attempt from that address for that account must wait twice as long as
 * the last: 1 s, 2 s, 4 s … up to 15 minutes) and per address over all accounts (after {@value #FREE_ADDRESS_FAILURES},
 * so one address cannot try many accounts). Failures elsewhere never slow down the owner's own address: an attacker
 * who keeps failing for "admin" slows down only himself. Failures are forgotten after 15 quiet minutes or a successful
 * login; at most {@value #MAX_KEYS} keys are kept (the least recently used go first), so a flood of made-up names or
 * addresses cannot fill the memory.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 20;
    static final int MAX_KEYS = 100_000;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_KEYS;
        }
    };
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a login for this user name from this address must wait (it is refused whatever the password). */
    public synchronized boolean mustWait(String username, String address) {
        Instant now = clock.instant();
        return waiting(pair(username, address), FREE_FAILURES, now)
                || waiting(address(address), FREE_ADDRESS_FAILURES, now);
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {pair(username, address), address(address)}) {
            failures.compute(
                    key,
                    (k, f) -> f == null || expired(f, now) ? new Failures(1, now) : new Failures(f.count() + 1, now));
        }
    }

    /** A login succeeded: this account's failures from this address are forgotten (the address's others are not). */
    public synchronized void succeeded(String username, String address) {
        failures.remove(pair(username, address));
    }

    synchronized int keys() {
        return failures.size();
    }

    private boolean waiting(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free) {
            return false;
        }
        if (expired(f, now)) {
            failures.remove(key);
            return false;
        }
        long seconds = 1L << Math.min(f.count() - free, 10);
        Duration delay = Duration.ofSeconds(seconds).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : Duration.ofSeconds(seconds);
        return now.isBefore(f.last().plus(delay));
    }

    private static boolean expired(Failures f, Instant now) {
        return now.isAfter(f.last().plus(FORGET_AFTER));
    }

    private static String pair(String username, String address) {
        return "user:" + normal(username) + "@" + normal(address);
    }

    private static String address(String address) {
        return "address:" + normal(address);
    }

    private static String normal(String value) {
        return value == null ? "" : value.strip().toLowerCase();
    }
}
