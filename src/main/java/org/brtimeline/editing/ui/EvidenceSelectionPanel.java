package org.brtimeline.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EditConflictException;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.reader.ui.SelectionTool;

/**
 * For editors in the reader: the passage they selected, exactly as it stands in the article, and
 * "Use as evidence" for a new event or for an existing one.
 */
class EvidenceSelectionPanel extends VerticalLayout implements SelectionTool {

    final Paragraph selected = new Paragraph();
    final Button forNewEvent = new Button("Use as evidence for a new event");
    final ComboBox<EventDetails> existing = new ComboBox<>("…or for an existing event");
    final Button forExisting = new Button("Use as evidence");
    private final ChronologyEditor editor;
    private String slug;
    private int start;
    private int end;

    EvidenceSelectionPanel(ChronologyEditor editor) {
        this.editor = editor;
        addClassName("evidence-selection");
        getStyle()
                .set("position", "sticky")
                .set("bottom", "0")
                .set("background", "var(--lumo-base-color)")
                .set("box-shadow", "var(--lumo-box-shadow-m)")
                .set("z-index", "2");
        setVisible(false);
        existing.setItemLabelGenerator(e -> e.label() + " — " + e.title());
        // Merged and deleted events take no evidence, so they are not offered.
        existing.setItems(q -> editor.editable(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        existing.setHelperText("Type words of its title");
        existing.setWidth("28em");
        forNewEvent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        forNewEvent.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                "editor/events/new",
                QueryParameters.simple(
                        Map.of("article", slug, "start", String.valueOf(start), "end", String.valueOf(end))))));
        forExisting.addClickListener(e -> addToExisting());
        HorizontalLayout existingRow = new HorizontalLayout(existing, forExisting);
        existingRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(selected, forNewEvent, existingRow);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void selected(String articleSlug, String articleText, int from, int to) {
        slug = articleSlug;
        start = from;
        end = to;
        selected.setText("Selected: “" + articleText.substring(from, to) + "” (characters " + from + "–" + to + ")");
        setVisible(true);
    }

    private void addToExisting() {
        EventDetails event = existing.getValue();
        if (event == null) {
            existing.setErrorMessage("Choose the event this passage reports");
            existing.setInvalid(true);
            return;
        }
        try {
            EventDetails updated = editor.addEvidence(event.id(), event.version(), slug, start, end);
            Notices.success("Added as evidence to “" + updated.title() + "”");
            add(new Anchor("editor/events/" + updated.id(), "Open “" + updated.title() + "” in the editor"));
        } catch (EditConflictException e) {
            existing.clear();
            existing.getDataProvider().refreshAll();
            Notices.warning("“" + event.title() + "” was changed by another editor meanwhile; choose it again.");
        } catch (IllegalArgumentException e) {
            Notices.warning(InvalidValueException.problemIn(e));
        }
    }
}
