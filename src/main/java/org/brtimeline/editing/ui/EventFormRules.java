package org.brtimeline.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventStatus;

/**
 * The form's bindings and the rules that involve more than one field: a date must fit its
 * precision, an end may not come before the start, early/mid/late need a single month or year,
 * and publishing needs evidence. Each message appears next to the field at fault, also the domain's own when it
 * refuses a save ({@link #fieldFor}).
 */
final class EventFormRules {

    private final EventForm form;

    EventFormRules(EventForm form) {
        this.form = form;
    }

    void bind(BeanValidationBinder<EventDraft> binder) {
        binder.forField(form.title).bind("title");
        binder.forField(form.summary).bind("summary");
        binder.forField(form.category).bind("category");
        binder.forField(form.actors).bind("actors");
        binder.forField(form.places).bind("places");
        binder.forField(form.start)
                .asRequired("A start date is required")
                .withValidator(startFitsPrecision())
                .bind("start");
        binder.forField(form.end)
                .withValidator(endAfterStart())
                .withValidator(endFitsPrecision())
                .bind("end");
        binder.forField(form.precision).asRequired("Choose a precision").bind("precision");
        binder.forField(form.qualifier).withValidator(qualifierFits()).bind("qualifier");
        binder.forField(form.wording).bind("wording");
        binder.forField(form.basis)
                .asRequired("Choose where the date comes from")
                .bind("basis");
        binder.forField(form.dateNote).bind("dateNote");
        binder.forField(form.status)
                .asRequired("Choose draft or published")
                .withValidator(publishable())
                .bind("status");
        form.precision.addValueChangeListener(e -> revalidate(binder));
        form.start.addValueChangeListener(e -> revalidate(binder));
        form.end.addValueChangeListener(e -> revalidate(binder));
    }

    /**
     * The field that shows a problem the domain names by its field ("title", "start", "qualifier", …); null for one no
     * field of the form holds ("evidence").
     */
    HasValidation fieldFor(String name) {
        return switch (name) {
            case "title" -> form.title;
            case "summary" -> form.summary;
            case "category" -> form.category;
            case "places" -> form.places;
            case "start" -> form.start;
            case "end" -> form.end;
            case "precision" -> form.precision;
            case "qualifier" -> form.qualifier;
            case "wording" -> form.wording;
            case "note" -> form.dateNote;
            case "status" -> form.status;
            default -> null;
        };
    }

    /**
     * The rules that span fields, again after one of them changed. An empty start or end is left alone: a form just
     * opened (its precision set) must not say "A start date is required" before anything was typed, and a screen
     * reader would announce it.
     */
    private void revalidate(BeanValidationBinder<EventDraft> binder) {
        if (form.start.getValue() != null) {
            binder.getBinding("start").ifPresent(b -> b.validate());
        }
        if (form.end.getValue() != null) {
            binder.getBinding("end").ifPresent(b -> b.validate());
        }
        binder.getBinding("qualifier").ifPresent(b -> b.validate());
    }

    private Validator<LocalDate> startFitsPrecision() {
        return (day, context) -> fits(day, form.precision.getValue());
    }

    private Validator<LocalDate> endFitsPrecision() {
        return (day, context) -> fits(day, form.precision.getValue());
    }

    private static ValidationResult fits(LocalDate day, DatePrecision precision) {
        if (day == null || precision == null || precision.isAligned(day)) {
            return ValidationResult.ok();
        }
        return ValidationResult.error("A " + precision.code() + "-precision date is the first day of its "
                + precision.code() + ": " + precision.firstDayOfUnit(day));
    }

    private Validator<LocalDate> endAfterStart() {
        return (day, context) -> day != null && form.start.getValue() != null && day.isBefore(form.start.getValue())
                ? ValidationResult.error("The end cannot be before the start")
                : ValidationResult.ok();
    }

    private Validator<DateQualifier> qualifierFits() {
        return (qualifier, context) -> qualifier == null
                ? ValidationResult.ok()
                : qualifier
                        .problemWith(
                                form.precision.getValue(),
                                form.end.getValue() != null
                                        && !form.end.getValue().equals(form.start.getValue()))
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok());
    }

    private Validator<EventStatus> publishable() {
        return (status, context) -> status == EventStatus.PUBLISHED && form.evidenceCount() == 0
                ? ValidationResult.error(
                        "Publishing needs at least one piece of evidence: select a passage in an article "
                                + "and choose “Use as evidence”, then publish")
                : ValidationResult.ok();
    }
}
