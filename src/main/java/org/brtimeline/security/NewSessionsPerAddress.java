package org.brtimeline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many new sessions each client address may open: {@code perMinute} at once, then one more every
 * {@code 60 / perMinute} seconds (a bucket that refills continuously). A reader opens one session per visit, a script
 * thousands. At most {@value #MAX_KEYS} addresses are remembered, the least recently seen going first, so that a flood
 * from made-up addresses cannot fill the memory either. {@code perMinute} 0 turns the limit off.
 */
final class NewSessionsPerAddress {

    static final int MAX_KEYS = 100_000;
    private static final double MILLIS_PER_MINUTE = Duration.ofMinutes(1).toMillis();

    private record Bucket(double left, Instant filled) {}

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_KEYS;
        }
    };

    NewSessionsPerAddress(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one of the address's new sessions; false when it has none left for now. */
    synchronized boolean take(String address) {
        if (perMinute <= 0) {
            return true;
        }
        Instant now = clock.instant();
        Bucket bucket = buckets.get(address);
        double left = bucket == null
                ? perMinute
                : Math.min(
                        perMinute,
                        bucket.left()
                                + perMinute
                                        * Duration.between(bucket.filled(), now).toMillis()
                                        / MILLIS_PER_MINUTE);
        boolean allowed = left >= 1;
        buckets.put(address, new Bucket(allowed ? left - 1 : left, now));
        return allowed;
    }

    synchronized int addresses() {
        return buckets.size();
    }
}
