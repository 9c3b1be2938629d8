package org.brtimeline.chronology;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes an {@link EventDate} the way an English-language chronology would. */
final class DateLabels {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    private DateLabels() {}

    static String label(EventDate date) {
        String plain = plain(date);
        if (date.qualifier() == null) {
            return plain;
        }
        return switch (date.qualifier()) {
            case EARLY -> "early " + plain;
            case MID -> "mid-" + plain;
            case LATE -> "late " + plain;
            case ABOUT -> "about " + plain;
            case BEFORE -> "before " + plain;
            case AFTER -> "after " + plain;
        };
    }

    private static String plain(EventDate date) {
        LocalDate start = date.start();
        LocalDate end = date.end();
        return switch (date.precision()) {
            case DAY -> end == null ? start.format(DAY_MONTH_YEAR) : dayRange(start, end);
            case WEEK -> end == null ? "week of " + start.format(DAY_MONTH_YEAR) : dayRange(start, end.plusDays(6));
            case MONTH -> end == null ? start.format(MONTH_YEAR) : monthRange(start, end);
            case YEAR -> end == null ? String.valueOf(start.getYear()) : start.getYear() + "–" + end.getYear();
        };
    }

    private static String dayRange(LocalDate start, LocalDate end) {
        if (start.getYear() != end.getYear()) {
            return start.format(DAY_MONTH_YEAR) + " – " + end.format(DAY_MONTH_YEAR);
        }
        if (start.getMonth() != end.getMonth()) {
            return start.format(DAY_MONTH) + " – " + end.format(DAY_MONTH_YEAR);
        }
        return start.getDayOfMonth() + "–" + end.format(DAY_MONTH_YEAR);
    }

    private static String monthRange(LocalDate start, LocalDate end) {
        if (start.getYear() != end.getYear()) {
            return start.format(MONTH_YEAR) + " – " + end.format(MONTH_YEAR);
        }
        return start.format(MONTH) + "–" + end.format(MONTH_YEAR);
    }
}
