package org.brtimeline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DateWindowsTest {

    private record Dated(String name, LocalDate earliest, LocalDate latest) {}

    private static Dated on(String name, String day) {
        return new Dated(name, LocalDate.parse(day), LocalDate.parse(day));
    }

    private static List<DateWindows.Window<Dated>> windows(List<Dated> items) {
        return DateWindows.of(items, Dated::earliest, Dated::latest);
    }

    @Test
    void candidates_a_few_days_apart_share_a_window_in_date_order() {
        List<DateWindows.Window<Dated>> windows =
                windows(List.of(on("talks", "2020-09-14"), on("visit", "2020-09-03"), on("call", "2020-09-10")));

        assertThat(windows).hasSize(1);
        assertThat(windows.get(0).members()).extracting(Dated::name).containsExactly("visit", "call", "talks");
        assertThat(windows.get(0).earliest()).isEqualTo("2020-09-03");
        assertThat(windows.get(0).latest()).isEqualTo("2020-09-14");
    }

    @Test
    void a_window_spans_at_most_a_month_and_a_long_range_is_a_window_of_its_own() {
        List<DateWindows.Window<Dated>> windows = windows(List.of(
                on("election", "2020-08-09"),
                on("rally", "2020-08-16"),
                new Dated("protests", LocalDate.parse("2020-08-10"), LocalDate.parse("2020-12-31")),
                on("summit", "2020-09-14"),
                on("treaty", "1999-12-08")));

        assertThat(windows)
                .extracting(w -> w.members().stream().map(Dated::name).toList())
                .containsExactly(
                        List.of("treaty"), List.of("election"), List.of("protests"), List.of("rally", "summit"));
        assertThat(windows)
                .allSatisfy(w -> assertThat(w.members())
                        .allSatisfy(d -> assertThat(d.earliest()).isBetween(w.earliest(), w.latest())));
    }

    @Test
    void a_crowded_day_is_split_into_windows_of_at_most_the_maximum_size() {
        List<Dated> crowded = IntStream.range(0, 250)
                .mapToObj(i -> on("event " + i, "2022-12-19"))
                .toList();

        assertThat(windows(crowded))
                .extracting(w -> w.members().size())
                .containsExactly(DateWindows.MAX_SIZE, DateWindows.MAX_SIZE, 50);
    }

    @Test
    void no_candidates_make_no_windows() {
        assertThat(windows(List.of())).isEmpty();
    }
}
