package org.brtimeline.extraction;

import java.util.Locale;

/**
 * A time of day as TIMEX3 writes it after the T ({@code 14:30}), from the 12-hour clock of news:
 * "2:30 p.m.", "9 am", "noon", "midnight" (which TIMEX3 writes {@code 24:00}).
 */
record ClockTime(int hour, int minute) {

    /** Groups hour, minute (optional) and meridiem: "2:30 p.m.", "9am". */
    static final String TWELVE_HOUR =
            "(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?\\s*(?<meridiem>a\\.m\\.|p\\.m\\.|am|pm)";
    /** Group named: "noon" or "midnight". */
    static final String NAMED = "(?<named>noon|midday|midnight)";
    /** A zone after the time says nothing about the day, so it is part of the expression and otherwise ignored. */
    static final String ZONE = "(?:\\s+(?:EDT|EST|GMT|local time))?";

    /** The time in the groups of {@link #TWELVE_HOUR}; null when the clock has no such time ("13 p.m.", "5:75 am"). */
    static ClockTime twelveHour(Match m) {
        int hour = m.number("hour");
        int minute = m.has("minute") ? m.number("minute") : 0;
        if (hour > 12 || minute > 59) {
            return null;
        }
        boolean pm = m.group("meridiem").toLowerCase(Locale.ROOT).startsWith("p");
        return new ClockTime(pm ? hour % 12 + 12 : hour % 12, minute);
    }

    /** "noon", "midday" or "midnight". */
    static ClockTime named(String word) {
        return word.equalsIgnoreCase("midnight") ? new ClockTime(24, 0) : new ClockTime(12, 0);
    }

    /**
     * "4 in the morning", "8 in the evening", "11 at night" (groups hour, minute): morning hours are
     * before noon, afternoon and evening ones after it, night ones after 6 p.m. or before 6 a.m. Null
     * for an hour the 12-hour clock does not have.
     */
    static ClockTime inPartOfDay(Match m, String part) {
        int hour = m.number("hour");
        int minute = m.has("minute") ? m.number("minute") : 0;
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        boolean pm =
                switch (part.toLowerCase(Locale.ROOT)) {
                    case "morning" -> false;
                    case "night" -> hour >= 6 && hour < 12;
                    default -> hour < 12;
                };
        return new ClockTime(pm ? hour + 12 : hour % 12, minute);
    }

    @Override
    public String toString() {
        return String.format("%02d:%02d", hour, minute);
    }
}
