package org.brtimeline.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EditConflictException;
import org.brtimeline.chronology.EventDetails;

/** Deleted events, newest first, each restorable as a draft with its history intact. */
@Route("editor/deleted")
@PageTitle("Deleted events · Belarus–Russia timeline")
@RolesAllowed({"EDITOR", "ADMIN"})
public class DeletedEventsView extends VerticalLayout {

    final Grid<EventDetails> grid = new Grid<>();
    private final ChronologyEditor editor;

    public DeletedEventsView(ChronologyEditor editor) {
        this.editor = editor;
        grid.addColumn(EventDetails::label).setHeader("When");
        grid.addColumn(EventDetails::title).setHeader("Title").setFlexGrow(1);
        grid.addComponentColumn(e -> new Button("Restore", click -> restore(e))).setHeader("");
        add(new H2("Deleted events"), grid);
        refresh();
    }

    private void restore(EventDetails event) {
        try {
            EventDetails restored = editor.undelete(event.id(), event.version());
            Notices.success("Restored “" + restored.title() + "” as a draft");
            getUI().ifPresent(ui -> ui.navigate("editor/events/" + restored.id()));
        } catch (EditConflictException | IllegalArgumentException e) {
            refresh();
            Notices.warning(
                    "“" + event.title() + "” was changed by another editor meanwhile; the list is up to date now.");
        }
    }

    private void refresh() {
        // a page at a time, the latest deleted first: the page holds what the editor scrolled through
        grid.setItems(query -> editor.deleted(query.getPage(), query.getPageSize()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, editor.deletedCount()));
    }
}
