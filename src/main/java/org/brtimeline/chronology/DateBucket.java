package org.brtimeline.chronology;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many events start (by their earliest possible day) within {@code [start, end]}. */
public record DateBucket(LocalDate start, LocalDate end, long count) {

    /** Counts per day summed into the year, month or day that holds each day, in date order. */
    static List<DateBucket> rollUp(Map<LocalDate, Long> perDay, BucketSize size) {
        TreeMap<LocalDate, Long> perBucket = new TreeMap<>();
        perDay.forEach((day, count) -> perBucket.merge(firstDayOf(day, size), count, Long::sum));
        return perBucket.entrySet().stream()
                .map(e -> new DateBucket(e.getKey(), lastDayOf(e.getKey(), size), e.getValue()))
                .toList();
    }

    private static LocalDate firstDayOf(LocalDate day, BucketSize size) {
        return switch (size) {
            case YEAR -> day.withDayOfYear(1);
            case MONTH -> day.withDayOfMonth(1);
            case DAY -> day;
        };
    }

    private static LocalDate lastDayOf(LocalDate first, BucketSize size) {
        return switch (size) {
            case YEAR -> first.plusYears(1).minusDays(1);
            case MONTH -> first.plusMonths(1).minusDays(1);
            case DAY -> first;
        };
    }
}
