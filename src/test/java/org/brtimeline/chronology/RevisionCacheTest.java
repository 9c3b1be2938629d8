package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.brtimeline.MovingClock;
import org.junit.jupiter.api.Test;

class RevisionCacheTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private final AtomicInteger computed = new AtomicInteger();

    private String answer() {
        return "answer " + computed.incrementAndGet();
    }

    @Test
    void an_answer_is_kept_while_its_revision_stays_the_latest_once_that_revision_has_settled() {
        MovingClock clock = new MovingClock(NOW);
        RevisionCache<String, String> cache = new RevisionCache<>(clock, SETTLE, 1_000, String::length);

        assertThat(cache.get("window", 3, this::answer)).isEqualTo("answer 1");
        assertThat(cache.get("window", 3, this::answer)).isEqualTo("answer 2");
        clock.pass(SETTLE);
        assertThat(cache.get("window", 3, this::answer)).isEqualTo("answer 3");
        assertThat(cache.get("window", 3, this::answer)).isEqualTo("answer 3");
    }

    @Test
    void a_new_revision_is_answered_afresh() {
        MovingClock clock = new MovingClock(NOW);
        RevisionCache<String, String> cache = new RevisionCache<>(clock, SETTLE, 1_000, String::length);
        cache.settled(3);
        clock.pass(SETTLE);
        cache.get("window", 3, this::answer);

        assertThat(cache.get("window", 4, this::answer)).isEqualTo("answer 2");
        assertThat(cache.find("window")).isNull();
    }

    @Test
    void an_answer_computed_under_an_older_revision_is_not_kept() {
        MovingClock clock = new MovingClock(NOW);
        RevisionCache<String, String> cache = new RevisionCache<>(clock, SETTLE, 1_000, String::length);
        cache.settled(3);
        clock.pass(SETTLE);
        cache.settled(4);
        cache.keep("window", 3, "stale");

        assertThat(cache.find("window")).isNull();
    }

    @Test
    void after_a_restore_the_same_revision_is_answered_afresh_until_it_has_settled_again() {
        MovingClock clock = new MovingClock(NOW);
        RevisionCache<String, String> cache = new RevisionCache<>(clock, SETTLE, 1_000, String::length);
        cache.settled(3);
        clock.pass(SETTLE);
        cache.get("window", 3, this::answer);

        cache.clear();

        assertThat(cache.find("window")).isNull();
        assertThat(cache.get("window", 3, this::answer)).isEqualTo("answer 2");
        assertThat(cache.get("window", 3, this::answer)).isEqualTo("answer 3");
        clock.pass(SETTLE);
        assertThat(cache.get("window", 3, this::answer)).isEqualTo("answer 4");
        assertThat(cache.get("window", 3, this::answer)).isEqualTo("answer 4");
    }
}
