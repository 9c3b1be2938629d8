package org.brtimeline.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;
import java.util.function.Consumer;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;

/**
 * Picks another event that reports the same thing and merges it into the one being edited. The
 * event itself is never offered; the picked event is passed on as it was listed, with its version.
 */
class MergePanel extends VerticalLayout {

    final ComboBox<EventDetails> other = new ComboBox<>("Event reporting the same thing");
    private Long survivor;

    MergePanel(ChronologyService chronology, Consumer<EventDetails> merge) {
        setPadding(false);
        other.setItemLabelGenerator(e -> e.label() + " — " + e.title());
        other.setItems(query -> othersThan(
                chronology, EventQuery.typed(query.getFilter().orElse("")), query.getOffset(), query.getLimit()));
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
                    ok -> merge.accept(picked),
                    "Cancel",
                    cancel -> {});
            confirm.open();
        });
        HorizontalLayout row = new HorizontalLayout(other, button);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H3("Merge a duplicate"), row);
    }

    /**
     * A page of the matching events with the event being edited left out: one more is fetched to fill
     * the gap it leaves, and every page after the one that held it starts one later.
     */
    private java.util.stream.Stream<EventDetails> othersThan(
            ChronologyService chronology, EventQuery query, int offset, int limit) {
        boolean before = survivor != null
                && chronology.position(query, survivor).filter(p -> p < offset).isPresent();
        return chronology.slice(query, offset + (before ? 1 : 0), limit + 1).stream()
                .filter(e -> !Objects.equals(e.id(), survivor))
                .limit(limit);
    }

    /** The event being edited, which the picker leaves out. */
    void mergeInto(long survivorId) {
        survivor = survivorId;
        other.clear();
        other.getDataProvider().refreshAll();
    }
}
