package org.brtimeline.base;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The years a date of the chronology may lie in: years of four digits. An event or an article dated outside could be
 * stored but not shown (the browser's date picker threw "Invalid time value" on years 1 to 9), so none is taken.
 */
public final class CalendarYears {

    public static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);

    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private CalendarYears() {}

    public static boolean contain(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** What is wrong with the day, said for a form or an API answer; empty when it lies in these years. */
    public static Optional<String> problemWith(LocalDate day) {
        return contain(day)
                ? Optional.empty()
                : Optional.of(
                        "a date from the year " + FIRST_DAY.getYear() + " to " + LAST_DAY.getYear() + ", not " + day);
    }

    /** The day, or an {@link InvalidValueException} naming the field when it lies outside these years. */
    public static LocalDate require(String field, LocalDate day) {
        problemWith(day).ifPresent(problem -> {
            throw new InvalidValueException(field, problem);
        });
        return day;
    }
}
