package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;
import org.junit.jupiter.api.Test;

class DateNotationTest {

    @Test
    void the_form_of_the_notation_sets_the_precision() {
        assertThat(DateNotation.parse("2020-08-09"))
                .isEqualTo(new DateNotation.Parsed(LocalDate.of(2020, 8, 9), DatePrecision.DAY));
        assertThat(DateNotation.parse("2020-08"))
                .isEqualTo(new DateNotation.Parsed(LocalDate.of(2020, 8, 1), DatePrecision.MONTH));
        assertThat(DateNotation.parse("1999"))
                .isEqualTo(new DateNotation.Parsed(LocalDate.of(1999, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void an_iso_week_starts_on_its_monday() {
        assertThat(DateNotation.parse("2020-W35").firstDay()).isEqualTo(LocalDate.of(2020, 8, 24));
        assertThat(DateNotation.parse("2022-W50").firstDay()).isEqualTo(LocalDate.of(2022, 12, 12));
        assertThat(DateNotation.parse("2020-W01").firstDay()).isEqualTo(LocalDate.of(2019, 12, 30));
    }

    @Test
    void impossible_dates_and_weeks_are_rejected() {
        assertThatThrownBy(() -> DateNotation.parse("2020-02-30")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> DateNotation.parse("2021-W53")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> DateNotation.parse("late 2020")).hasMessageContaining("2020-08-09, 2020-W35");
    }
}
