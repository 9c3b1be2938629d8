package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameEventTest {

    private static final LocalDate DAY = LocalDate.of(2020, 8, 9);

    @Test
    void two_articles_reporting_the_election_with_its_winner_are_the_same_event_with_a_reason() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement and tv3-neliupsiene-putin-does-not-want-such-an-example
        var rt = new SameEvent.Report(
                DAY,
                DAY,
                List.of("Alexander Lukashenko"),
                "In general, Lukashenka suited Ukraine before the August 9 presidential elections.");
        var tv3 = new SameEvent.Report(
                DAY,
                DAY,
                List.of("Alexander Lukashenko", "Belarus"),
                "Protests in Belarus over the presidential elections on August 9, which were declared won by Lukashenko.");

        var match = SameEvent.match(rt, tv3).orElseThrow();

        assertThat(match.score()).isGreaterThanOrEqualTo(SameEvent.THRESHOLD);
        assertThat(match.reason())
                .contains("Alexander Lukashenko")
                .contains("election")
                .contains("presidential");
    }

    @Test
    void without_overlapping_dates_or_a_shared_actor_they_stay_apart() {
        var a = new SameEvent.Report(DAY, DAY, List.of("Alexander Lukashenko"), "presidential elections were held");
        var later = new SameEvent.Report(
                DAY.plusYears(1),
                DAY.plusYears(1),
                List.of("Alexander Lukashenko"),
                "presidential elections were held");
        var nobody = new SameEvent.Report(DAY, DAY, List.of(), "presidential elections were held");

        assertThat(SameEvent.match(a, later)).isEmpty();
        assertThat(SameEvent.match(a, nobody)).isEmpty();
    }

    @Test
    void before_the_words_are_read_the_same_day_and_actors_rank_above_a_month_or_another_actor() {
        var day = new SameEvent.Report(DAY, DAY, List.of("Vladimir Putin", "Alexander Lukashenko"), "");
        var sameDay = new SameEvent.Report(DAY, DAY, List.of("Alexander Lukashenko", "Vladimir Putin"), "");
        var month = new SameEvent.Report(
                DAY.withDayOfMonth(1), DAY.withDayOfMonth(DAY.lengthOfMonth()), List.of("Vladimir Putin"), "");
        var otherActor = new SameEvent.Report(DAY, DAY, List.of("Sergei Lavrov"), "");

        assertThat(SameEvent.datesAndActors(day, sameDay)).isEqualTo(0.6);
        assertThat(SameEvent.datesAndActors(day, month)).isBetween(0.3, 0.4);
        assertThat(SameEvent.datesAndActors(day, otherActor)).isZero();
    }
}
