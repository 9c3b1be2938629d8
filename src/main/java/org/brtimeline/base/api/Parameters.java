package org.brtimeline.base.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads request parameters strictly, so that a bad one is answered with a 400 naming it. */
public final class Parameters {

    private Parameters() {}

    /** The first and the last day a date parameter may name. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** An ISO date (YYYY-MM-DD) of the years 1 to 9999, or null when the parameter is absent or empty. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + ": '" + value + "' is not a real date in the form YYYY-MM-DD");
        }
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new BadParameterException(
                    name, name + ": '" + value + "' is out of range (" + FIRST_DAY + " to " + LAST_DAY + ")");
        }
        return date;
    }

    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new BadParameterException(name, name + ": must be " + min + " or more, not " + value);
        }
        return value;
    }

    /** The value when it is one of the allowed ones (compared as written); otherwise a 400 that lists them. */
    public static String oneOf(String name, String value, java.util.Collection<String> allowed) {
        if (!allowed.contains(value)) {
            throw new BadParameterException(
                    name,
                    name + ": '" + value + "' is not one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        return value;
    }
}
