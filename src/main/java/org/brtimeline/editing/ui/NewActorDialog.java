package org.brtimeline.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.chronology.Actor;
import org.brtimeline.chronology.ActorKind;

/** Asks what kind of actor a newly typed name is, then hands both to the caller. */
class NewActorDialog extends Dialog {

    final TextField name = new TextField("Name");
    final RadioButtonGroup<ActorKind> kind = new RadioButtonGroup<>("Kind", ActorKind.values());

    NewActorDialog(String typed, BiConsumer<String, ActorKind> create) {
        setHeaderTitle("New actor");
        name.setValue(typed == null ? "" : typed.strip());
        name.setMaxLength(Actor.MAX_NAME);
        kind.setItemLabelGenerator(k -> k.name().toLowerCase());
        kind.setValue(ActorKind.PERSON);
        Button add = new Button("Add actor", e -> {
            try {
                create.accept(name.getValue(), kind.getValue());
                close();
            } catch (IllegalArgumentException ex) {
                name.setErrorMessage(InvalidValueException.problemIn(ex));
                name.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, kind);
        getFooter().add(new Button("Cancel", e -> close()), add);
    }
}
