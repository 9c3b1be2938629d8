package org.brtimeline.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.brtimeline.chronology.EventDetails;

/**
 * The evidence of the event being edited, each quote with its article and, while the event can
 * be changed, a way to remove it (which the editor can undo).
 */
class EvidenceList extends VerticalLayout {

    private final Consumer<EventDetails.EvidenceDetails> remove;

    EvidenceList(Consumer<EventDetails.EvidenceDetails> remove) {
        this.remove = remove;
        setPadding(false);
    }

    void show(EventDetails event, boolean editable) {
        removeAll();
        add(new H3("Evidence (" + event.evidence().size() + ")"));
        if (event.evidence().isEmpty() && editable) {
            add(new Paragraph("No evidence yet. Open an article, select the sentence that reports the event, "
                    + "and choose “Use as evidence”."));
        }
        for (EventDetails.EvidenceDetails evidence : event.evidence()) {
            Div item = new Div();
            item.add(new Paragraph("“" + evidence.quote() + "”"));
            item.add(new Anchor(evidence.readerUrl(), evidence.articleTitle() + " — " + evidence.publisher()));
            if (editable) {
                Button removeButton = new Button("Remove", e -> remove.accept(evidence));
                removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                removeButton.setAriaLabel("Remove evidence from " + evidence.articleTitle());
                item.add(removeButton);
            }
            add(item);
        }
    }
}
