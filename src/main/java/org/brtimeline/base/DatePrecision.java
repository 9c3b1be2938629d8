package org.brtimeline.base;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How exactly a date is known: the calendar unit it names. Shared by events and publication dates. */
public enum DatePrecision {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /** The first day of the unit that contains {@code day}. */
    public LocalDate firstDayOfUnit(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the unit that contains {@code day}. */
    public LocalDate lastDayOfUnit(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** Whether {@code day} is where a unit of this precision starts (a month-precision date is the 1st). */
    public boolean isAligned(LocalDate day) {
        return firstDayOfUnit(day).equals(day);
    }

    /** The unit's name as editors see it: "Day", "Month". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The lower-case code the API, the URLs and the corpus documentation use. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
