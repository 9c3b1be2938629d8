package org.brtimeline.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brtimeline.base.ui.Viewers;
import org.brtimeline.chronology.DraftMerge;
import org.brtimeline.chronology.EventRevision;

/**
 * Another editor saved the event after this one opened it, and both changed the same fields. Shows
 * each such field with both values side by side, who made the other change and when, and lets the
 * editor pick per field; the fields only the other editor changed are already merged in.
 */
class ConflictDialog extends Dialog {

    private final Map<DraftMerge.Field, RadioButtonGroup<Boolean>> picks = new LinkedHashMap<>();

    /** What the editor chose: save with the picked values, keep the form (merged, with their own values), or reload. */
    interface Choices {
        void save(Set<DraftMerge.Field> theirsWins);

        void keepForm();

        void reload();
    }

    ConflictDialog(DraftMerge merge, EventRevision theirs, Choices choices) {
        setHeaderTitle("Someone else changed this event");
        addClassName("conflict-dialog");
        String who = theirs.username() + " (" + Viewers.MOMENT.format(theirs.at()) + ")";
        add(new Paragraph("Your changes are not saved yet: " + who + " saved this event after you opened it, "
                + "and changed the same fields as you. Choose the value to keep for each."));
        if (!merge.takenFromTheirs().isEmpty()) {
            add(new Paragraph("Their changes to "
                    + merge.takenFromTheirs().stream()
                            .map(DraftMerge.Field::label)
                            .collect(Collectors.joining(", "))
                    + " are merged with yours."));
        }
        merge.conflicts().forEach(conflict -> add(row(conflict, theirs.username())));
        Button save = new Button("Save with these choices", e -> {
            close();
            choices.save(theirsWins());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button("Keep my form open", e -> {
            close();
            choices.keepForm();
        });
        Button reload = new Button("Reload their version", e -> {
            close();
            choices.reload();
        });
        getFooter().add(reload, keep, save);
    }

    private Div row(DraftMerge.Conflict conflict, String them) {
        RadioButtonGroup<Boolean> pick = new RadioButtonGroup<>(conflict.field().label());
        pick.setItems(false, true);
        pick.setItemLabelGenerator(theirs ->
                theirs ? "Theirs (" + them + "): " + shown(conflict.theirs()) : "Yours: " + shown(conflict.mine()));
        pick.setValue(false);
        picks.put(conflict.field(), pick);
        Div row = new Div(pick);
        row.addClassName("conflict");
        return row;
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? "(empty)" : "“" + value + "”";
    }

    private Set<DraftMerge.Field> theirsWins() {
        Set<DraftMerge.Field> theirs = EnumSet.noneOf(DraftMerge.Field.class);
        picks.forEach((field, pick) -> {
            if (Boolean.TRUE.equals(pick.getValue())) {
                theirs.add(field);
            }
        });
        return theirs;
    }

    RadioButtonGroup<Boolean> pickFor(DraftMerge.Field field) {
        return picks.get(field);
    }
}
