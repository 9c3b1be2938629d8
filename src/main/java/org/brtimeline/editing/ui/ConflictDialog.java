package org.brtimeline.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EventDetails;

/**
 * Someone saved the event after this editor opened it. Says what they changed and offers to
 * reload; the editor's own changes are not saved over theirs.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(EventDetails opened, EventDetails current, Runnable reload) {
        setHeaderTitle("Someone else changed this event");
        addClassName("conflict-dialog");
        add(new Paragraph("Your changes were not saved, because another editor saved this event after you opened it."));
        if (current != null) {
            UnorderedList changes = new UnorderedList();
            ChronologyEditor.changesBetween(opened, current).forEach(change -> changes.add(new ListItem(change)));
            add(new Paragraph("What they changed:"), changes);
        }
        add(new Paragraph("Reload to see their version, then make your changes again."));
        Button reloadButton = new Button("Reload their version", e -> {
            reload.run();
            close();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Keep my form open", e -> close()), reloadButton);
    }
}
