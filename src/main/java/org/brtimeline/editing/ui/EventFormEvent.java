package org.brtimeline.editing.ui;

import com.vaadin.flow.component.ComponentEvent;
import org.brtimeline.chronology.EventDraft;

/**
 * What the {@link EventForm} tells its page, which does the writing: save this draft, delete, close, or create an
 * actor the editor typed. Carries the draft where there is one.
 */
public abstract class EventFormEvent extends ComponentEvent<EventForm> {

    private final transient EventDraft draft;

    protected EventFormEvent(EventForm source, EventDraft draft) {
        super(source, false);
        this.draft = draft;
    }

    public EventDraft draft() {
        return draft;
    }

    /** The fields are valid: save them. */
    public static class Save extends EventFormEvent {
        Save(EventForm source, EventDraft draft) {
            super(source, draft);
        }
    }

    public static class Delete extends EventFormEvent {
        Delete(EventForm source) {
            super(source, null);
        }
    }

    public static class Close extends EventFormEvent {
        Close(EventForm source) {
            super(source, null);
        }
    }

    /** The editor typed an actor that does not exist yet. */
    public static class NewActor extends EventFormEvent {
        private final String name;

        NewActor(EventForm source, String name) {
            super(source, null);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }
}
