package org.brtimeline.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.brtimeline.base.ui.Viewers;
import org.brtimeline.chronology.EventRevision;

/**
 * Every revision of an event, newest first, numbered from 1 for this event: who, when, what kind of
 * change, the field-level changes, and "Restore this version" while the event can be changed.
 */
class HistoryPanel extends VerticalLayout {

    private final Consumer<EventRevision> restore;

    HistoryPanel(Consumer<EventRevision> restore) {
        this.restore = restore;
        setPadding(false);
    }

    void show(List<EventRevision> revisions, boolean editable) {
        removeAll();
        add(new H3("History"));
        for (int i = revisions.size() - 1; i >= 0; i--) {
            EventRevision revision = revisions.get(i);
            Div item = new Div();
            item.addClassName("revision");
            item.add(new Span("Revision " + revision.number() + " · " + Viewers.MOMENT.format(revision.at()) + " · "
                    + revision.username() + " · " + revision.kind()));
            UnorderedList changes = new UnorderedList();
            revision.changes().forEach(change -> changes.add(new ListItem(change)));
            item.add(changes);
            if (editable && i < revisions.size() - 1) {
                Button button = new Button("Restore revision " + revision.number(), e -> restore.accept(revision));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                item.add(button);
            }
            add(item);
        }
    }
}
