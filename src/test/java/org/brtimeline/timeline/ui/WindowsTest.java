package org.brtimeline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WindowsTest {

    private static Windows window(String from, String to) {
        return new Windows(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void a_window_the_chart_draws_is_left_as_it_is() {
        Windows autumn = window("2020-08-01", "2020-09-30");

        assertThat(autumn.drawable()).isEqualTo(autumn);
    }

    @Test
    void all_of_time_becomes_the_widest_window_around_the_middle_of_what_the_chart_draws() {
        Windows drawn = window("1000-01-01", "9999-12-31").drawable();

        assertThat(drawn.days()).isEqualTo(Windows.MAX_DAYS);
        assertThat(drawn.from()).isAfter(Windows.FIRST_DAY);
        assertThat(drawn.to()).isBefore(Windows.LAST_DAY);
        assertThat(drawn.from().plusDays(drawn.days() / 2).getYear()).isEqualTo(2000);
    }

    @Test
    void a_window_reaching_past_the_last_year_keeps_its_part_inside() {
        assertThat(window("2090-01-01", "2150-12-31").drawable()).isEqualTo(window("2090-01-01", "2099-12-31"));
    }

    @Test
    void a_window_wholly_before_1900_becomes_one_as_wide_from_the_first_day() {
        assertThat(window("1500-01-01", "1500-12-31").drawable()).isEqualTo(window("1900-01-01", "1900-12-31"));
    }

    @Test
    void a_window_wholly_after_2099_becomes_one_as_wide_up_to_the_last_day() {
        assertThat(window("3000-03-01", "3000-03-10").drawable()).isEqualTo(window("2099-12-22", "2099-12-31"));
    }

    @Test
    void a_single_day_widens_to_three_around_it_and_stays_inside_at_the_edge() {
        assertThat(window("2020-01-01", "2020-01-01").drawable()).isEqualTo(window("2019-12-31", "2020-01-02"));
        assertThat(window("1900-01-01", "1900-01-01").drawable()).isEqualTo(window("1900-01-01", "1900-01-03"));
    }

    @Test
    void zooming_out_never_goes_past_what_the_chart_draws_once_drawable() {
        Windows widest = window("1940-01-01", "2059-12-31").zoomed(2).drawable();

        assertThat(widest.days()).isEqualTo(Windows.MAX_DAYS);
    }
}
