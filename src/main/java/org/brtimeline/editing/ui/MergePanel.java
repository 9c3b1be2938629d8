package org.brtimeline.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.LongConsumer;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;

/** Picks another event that reports the same thing and merges it into the one being edited. */
class MergePanel extends VerticalLayout {

    final ComboBox<EventDetails> other = new ComboBox<>("Event reporting the same thing");

    MergePanel(ChronologyService chronology, LongConsumer merge) {
        setPadding(false);
        other.setItemLabelGenerator(e -> e.label() + " — " + e.title());
        other.setItems(query -> chronology
                .slice(EventQuery.window(null, null, query.getFilter().orElse("")), query.getOffset(), query.getLimit())
                .stream());
        other.setWidth("32em");
        Button button = new Button("Merge into this event", e -> {
            EventDetails picked = other.getValue();
            if (picked == null) {
                other.setErrorMessage("Choose the event to merge");
                other.setInvalid(true);
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(
                    "Merge “" + picked.title() + "” into this event?",
                    "Its evidence, actors and places move here, and its permalink will redirect here.",
                    "Merge",
                    ok -> merge.accept(picked.id()),
                    "Cancel",
                    cancel -> {});
            confirm.open();
        });
        HorizontalLayout row = new HorizontalLayout(other, button);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H3("Merge a duplicate"), row);
    }
}
