package org.brtimeline.extraction;

import java.time.LocalDate;
import java.util.regex.Matcher;

/** One regular-expression match of a rule, with what it needs to become an expression. */
record Match(String text, Matcher matcher, int start, int end, LocalDate reference, boolean forward) {

    String group(int i) {
        return matcher.group(i);
    }

    boolean has(int i) {
        return matcher.group(i) != null;
    }

    TemporalExpression date(String value, String mod, LocalDate earliest, LocalDate latest, Granularity precision) {
        return new TemporalExpression(start, end, text.substring(start, end), TimexType.DATE, value, mod, earliest, latest, precision);
    }

    TemporalExpression other(TimexType type, String value, String mod) {
        return new TemporalExpression(start, end, text.substring(start, end), type, value, mod, null, null, null);
    }

    /**
     * The year a month named alone ("in September") most likely means: the nearest one, unless it is
     * more than two months off in the direction the sentence denies (looking forward or back).
     */
    int yearForMonth(int month) {
        LocalDate same = LocalDate.of(reference.getYear(), month, 15);
        long monthsAhead = java.time.temporal.ChronoUnit.MONTHS.between(reference.withDayOfMonth(15), same);
        if (monthsAhead > 6 || !forward && monthsAhead > 2) {
            return reference.getYear() - 1;
        }
        if (monthsAhead < -6 || forward && monthsAhead < -2) {
            return reference.getYear() + 1;
        }
        return reference.getYear();
    }

    /** The year a month (and day) without a year most likely means, looking back unless the sentence looks forward. */
    int yearFor(int month, int day) {
        LocalDate candidate = LocalDate.of(reference.getYear(), month, Math.min(day, 28));
        if (day > 28) {
            candidate = candidate.withDayOfMonth(Math.min(day, candidate.lengthOfMonth()));
        }
        if (forward && candidate.isBefore(reference)) {
            return reference.getYear() + 1;
        }
        if (!forward && candidate.isAfter(reference)) {
            return reference.getYear() - 1;
        }
        return reference.getYear();
    }
}
