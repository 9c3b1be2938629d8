package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.junit.jupiter.api.Test;

class EventDateTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_single_day_is_its_own_earliest_and_latest_day() {
        EventDate date = EventDate.of(day("2020-08-09"), DatePrecision.DAY);

        assertThat(date.earliest()).isEqualTo(day("2020-08-09"));
        assertThat(date.latest()).isEqualTo(day("2020-08-09"));
        assertThat(date.label()).isEqualTo("9 August 2020");
        assertThat(date.isFuzzy()).isFalse();
    }

    @Test
    void a_date_lies_in_a_year_of_four_digits_which_the_date_fields_can_show() {
        assertThatThrownBy(() -> EventDate.of(day("0005-03-01"), DatePrecision.MONTH))
                .hasMessage("start: a date from the year 1000 to 9999, not 0005-03-01");
        assertThatThrownBy(() -> EventDate.of(day("2020-01-01"), LocalDate.of(10_000, 1, 1), DatePrecision.DAY, null))
                .hasMessageStartingWith("end: a date from the year 1000 to 9999");
        assertThat(EventDate.of(day("1000-01-01"), DatePrecision.YEAR).label()).isEqualTo("1000");
    }

    @Test
    void a_range_of_days_runs_from_its_start_to_its_end() {
        EventDate date = EventDate.of(day("2023-04-26"), day("2023-04-28"), DatePrecision.DAY, null);

        assertThat(date.isRange()).isTrue();
        assertThat(date.earliest()).isEqualTo(day("2023-04-26"));
        assertThat(date.latest()).isEqualTo(day("2023-04-28"));
        assertThat(date.label()).isEqualTo("26–28 April 2023");
    }

    @Test
    void late_november_is_the_last_third_of_the_month_not_its_last_day() {
        EventDate date = EventDate.of(day("2022-11-01"), null, DatePrecision.MONTH, DateQualifier.LATE);

        assertThat(date.earliest()).isEqualTo(day("2022-11-21"));
        assertThat(date.latest()).isEqualTo(day("2022-11-30"));
        assertThat(date.label()).isEqualTo("late November 2022");
        assertThat(date.isFuzzy()).isTrue();
        assertThat(date.isRange()).isFalse();
    }

    @Test
    void early_and_mid_month_are_the_first_and_middle_thirds() {
        EventDate early = EventDate.of(day("2020-08-01"), null, DatePrecision.MONTH, DateQualifier.EARLY);
        EventDate mid = EventDate.of(day("2020-08-01"), null, DatePrecision.MONTH, DateQualifier.MID);

        assertThat(early.earliest()).isEqualTo(day("2020-08-01"));
        assertThat(early.latest()).isEqualTo(day("2020-08-10"));
        assertThat(mid.earliest()).isEqualTo(day("2020-08-11"));
        assertThat(mid.latest()).isEqualTo(day("2020-08-20"));
        assertThat(mid.label()).isEqualTo("mid-August 2020");
    }

    @Test
    void early_mid_and_late_divide_a_year_into_thirds() {
        assertThat(EventDate.of(day("2020-01-01"), null, DatePrecision.YEAR, DateQualifier.EARLY)
                        .latest())
                .isEqualTo(day("2020-04-30"));
        EventDate mid = EventDate.of(day("2020-01-01"), null, DatePrecision.YEAR, DateQualifier.MID);
        assertThat(mid.earliest()).isEqualTo(day("2020-05-01"));
        assertThat(mid.latest()).isEqualTo(day("2020-08-31"));
        EventDate late = EventDate.of(day("2020-01-01"), null, DatePrecision.YEAR, DateQualifier.LATE);
        assertThat(late.earliest()).isEqualTo(day("2020-09-01"));
        assertThat(late.latest()).isEqualTo(day("2020-12-31"));
        assertThat(late.label()).isEqualTo("late 2020");
    }

    @Test
    void a_week_runs_from_monday_to_sunday() {
        EventDate date = EventDate.of(day("2020-08-24"), DatePrecision.WEEK);

        assertThat(date.earliest()).isEqualTo(day("2020-08-24"));
        assertThat(date.latest()).isEqualTo(day("2020-08-30"));
        assertThat(date.label()).isEqualTo("week of 24 August 2020");
    }

    @Test
    void a_month_and_a_year_cover_all_their_days() {
        EventDate month = EventDate.of(day("2020-02-01"), DatePrecision.MONTH);
        EventDate year = EventDate.of(day("1999-01-01"), DatePrecision.YEAR);

        assertThat(month.latest()).isEqualTo(day("2020-02-29"));
        assertThat(month.label()).isEqualTo("February 2020");
        assertThat(year.earliest()).isEqualTo(day("1999-01-01"));
        assertThat(year.latest()).isEqualTo(day("1999-12-31"));
        assertThat(year.label()).isEqualTo("1999");
    }

    @Test
    void about_widens_the_unit_on_both_sides() {
        EventDate aboutDay = EventDate.of(day("2020-08-24"), null, DatePrecision.DAY, DateQualifier.ABOUT);
        EventDate aboutYear = EventDate.of(day("1994-01-01"), null, DatePrecision.YEAR, DateQualifier.ABOUT);

        assertThat(aboutDay.earliest()).isEqualTo(day("2020-08-21"));
        assertThat(aboutDay.latest()).isEqualTo(day("2020-08-27"));
        assertThat(aboutDay.label()).isEqualTo("about 24 August 2020");
        assertThat(aboutYear.earliest()).isEqualTo(day("1993-07-01"));
        assertThat(aboutYear.latest()).isEqualTo(day("1995-06-30"));
    }

    @Test
    void before_and_after_lie_entirely_outside_the_named_unit() {
        EventDate before = EventDate.of(day("2020-08-09"), null, DatePrecision.DAY, DateQualifier.BEFORE);
        EventDate after = EventDate.of(day("2020-08-01"), null, DatePrecision.MONTH, DateQualifier.AFTER);

        assertThat(before.latest()).isEqualTo(day("2020-08-08"));
        assertThat(before.earliest()).isEqualTo(day("2020-07-10"));
        assertThat(before.label()).isEqualTo("before 9 August 2020");
        assertThat(after.earliest()).isEqualTo(day("2020-09-01"));
        assertThat(after.latest()).isEqualTo(day("2020-11-30"));
    }

    @Test
    void some_day_in_late_november_is_distinguishable_from_a_range_of_days() {
        EventDate fuzzy = EventDate.of(day("2022-11-01"), null, DatePrecision.MONTH, DateQualifier.LATE);
        EventDate range = EventDate.of(day("2022-11-21"), day("2022-11-30"), DatePrecision.DAY, null);

        assertThat(fuzzy.earliest()).isEqualTo(range.earliest());
        assertThat(fuzzy.latest()).isEqualTo(range.latest());
        assertThat(fuzzy.isRange()).isFalse();
        assertThat(range.isRange()).isTrue();
        assertThat(fuzzy.label()).isNotEqualTo(range.label());
    }

    @Test
    void ranges_across_months_and_years_say_both_ends() {
        assertThat(EventDate.of(day("2023-04-30"), day("2023-05-02"), DatePrecision.DAY, null)
                        .label())
                .isEqualTo("30 April – 2 May 2023");
        assertThat(EventDate.of(day("2022-12-30"), day("2023-01-02"), DatePrecision.DAY, null)
                        .label())
                .isEqualTo("30 December 2022 – 2 January 2023");
        assertThat(EventDate.of(day("2020-04-01"), day("2020-06-01"), DatePrecision.MONTH, null)
                        .label())
                .isEqualTo("April–June 2020");
        assertThat(EventDate.of(day("1999-01-01"), day("2001-01-01"), DatePrecision.YEAR, null)
                        .label())
                .isEqualTo("1999–2001");
    }

    @Test
    void a_month_precision_date_must_be_the_first_of_its_month() {
        assertThatThrownBy(() -> EventDate.of(day("2022-11-30"), DatePrecision.MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("start:")
                .hasMessageContaining("2022-11-01");
    }

    @Test
    void a_week_precision_date_must_be_a_monday() {
        assertThatThrownBy(() -> EventDate.of(day("2020-08-26"), DatePrecision.WEEK))
                .hasMessageContaining("2020-08-24");
    }

    @Test
    void an_end_before_the_start_is_rejected() {
        assertThatThrownBy(() -> EventDate.of(day("2023-04-28"), day("2023-04-26"), DatePrecision.DAY, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("end:");
    }

    @Test
    void an_end_equal_to_the_start_is_a_single_date() {
        assertThat(EventDate.of(day("2023-04-28"), day("2023-04-28"), DatePrecision.DAY, null)
                        .isRange())
                .isFalse();
    }

    @Test
    void late_makes_no_sense_for_a_single_day_or_a_range() {
        assertThatThrownBy(() -> EventDate.of(day("2020-08-09"), null, DatePrecision.DAY, DateQualifier.LATE))
                .hasMessageStartingWith("qualifier:");
        assertThatThrownBy(() ->
                        EventDate.of(day("2020-08-01"), day("2020-10-01"), DatePrecision.MONTH, DateQualifier.LATE))
                .hasMessageStartingWith("qualifier:");
    }

    @Test
    void the_wording_and_basis_travel_with_the_date() {
        EventDate date = EventDate.of(day("2020-08-24"), DatePrecision.WEEK)
                .describedAs("last week", DateBasis.RESOLVED, "The week before the article of 3 September 2020.");

        assertThat(date.wording()).isEqualTo("last week");
        assertThat(date.basis()).isEqualTo(DateBasis.RESOLVED);
        assertThat(date.note()).contains("3 September 2020");
        assertThat(date.latest()).isEqualTo(day("2020-08-30"));
    }
}
