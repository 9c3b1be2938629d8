package org.brtimeline.chronology;

import java.time.LocalDate;

/** The days from {@code from} to {@code to}, both included: where to look for events whose possible dates overlap. */
public record DateWindow(LocalDate from, LocalDate to) {

    public DateWindow {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("a window needs from <= to, not " + from + " – " + to);
        }
    }

    /** Whether some possible day of the event falls inside the window (as {@link EventQuery}'s window). */
    boolean overlaps(EventDetails event) {
        return !event.latest().isBefore(from) && !event.earliest().isAfter(to);
    }
}
