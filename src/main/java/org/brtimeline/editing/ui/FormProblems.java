package org.brtimeline.editing.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import java.util.stream.Collectors;

/**
 * The line above the form's buttons that says why nothing was saved: which fields to fix, or a problem that no field
 * of the form holds. Read out by screen readers as it changes.
 */
final class FormProblems extends Span {

    FormProblems() {
        addClassName("form-problems");
        getElement().setAttribute("role", "alert");
    }

    void clear() {
        setText("");
    }

    /** The labels of the fields whose messages say what is wrong. */
    void fieldsToFix(BinderValidationStatus<?> result) {
        String fields = result.getFieldValidationErrors().stream()
                .map(error -> error.getField() instanceof HasLabel labelled ? labelled.getLabel() : "a field")
                .distinct()
                .collect(Collectors.joining(", "));
        setText("Not saved. Please fix: " + fields + ".");
    }

    /** The domain refused a value; its message is next to the field. */
    void markedField() {
        setText("Not saved. Please fix the marked field.");
    }

    /** The domain refused something no field holds ("evidence"). */
    void notSaved(String problem) {
        setText("Not saved: " + problem);
    }
}
