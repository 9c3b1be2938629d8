package org.brtimeline.chronology;

/**
 * Someone else saved the event after the editor opened it. Carries the event as it is now, so the
 * editor can see what changed and reload; nothing is overwritten.
 */
public class EditConflictException extends RuntimeException {

    private final EventDetails current;

    public EditConflictException(EventDetails current) {
        super("This event was changed by someone else after you opened it");
        this.current = current;
    }

    public EventDetails current() {
        return current;
    }
}
