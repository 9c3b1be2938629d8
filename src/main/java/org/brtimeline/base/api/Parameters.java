package org.brtimeline.base.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads request parameters strictly, so that a bad one is answered with a 400 naming it. */
public final class Parameters {

    private Parameters() {}

    /** An ISO date (YYYY-MM-DD), or null when the parameter is absent or empty. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + ": '" + value + "' is not a real date in the form YYYY-MM-DD");
        }
    }

    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new BadParameterException(name, name + ": must be " + min + " or more, not " + value);
        }
        return value;
    }
}
