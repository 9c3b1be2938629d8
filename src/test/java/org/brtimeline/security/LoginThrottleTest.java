package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-22T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void failTimes(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void a_few_failures_are_free() {
        failTimes(4, "alice", "10.0.0.1");

        assertThat(throttle.mustWait("alice", "10.0.0.1")).isFalse();
    }

    @Test
    void repeated_failures_slow_down_that_account_from_that_address_only() {
        failTimes(5, "alice", "10.0.0.1");

        assertThat(throttle.mustWait("alice", "10.0.0.1")).isTrue();
        assertThat(throttle.mustWait("alice", "10.0.0.2"))
                .as("the owner, elsewhere")
                .isFalse();
        assertThat(throttle.mustWait("bob", "10.0.0.1")).as("another account").isFalse();
        now = now.plusSeconds(2);
        assertThat(throttle.mustWait("alice", "10.0.0.1")).isFalse();
    }

    @Test
    void an_address_that_tries_many_accounts_is_slowed_down_for_every_account() {
        for (int i = 0; i < LoginThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }

        assertThat(throttle.mustWait("bob", "10.0.0.1")).isTrue();
        assertThat(throttle.mustWait("bob", "10.0.0.2")).isFalse();
    }

    @Test
    void each_further_failure_doubles_the_wait() {
        failTimes(8, "alice", "10.0.0.1");

        now = now.plusSeconds(7);
        assertThat(throttle.mustWait("alice", "10.0.0.1")).isTrue();
        now = now.plusSeconds(2);
        assertThat(throttle.mustWait("alice", "10.0.0.1")).isFalse();
    }

    @Test
    void a_flood_of_made_up_names_and_addresses_keeps_a_bounded_number_of_keys() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS; i++) {
            throttle.failed("name" + i, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }

        assertThat(throttle.keys()).isEqualTo(LoginThrottle.MAX_KEYS);
    }

    @Test
    void failures_are_forgotten_after_a_quiet_quarter_hour_or_a_success() {
        failTimes(20, "alice", "10.0.0.1");
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.mustWait("alice", "10.0.0.1")).isFalse();

        failTimes(6, "bob", "10.0.0.2");
        throttle.succeeded("bob", "10.0.0.2");
        assertThat(throttle.mustWait("bob", "10.0.0.2")).isFalse();
    }
}
