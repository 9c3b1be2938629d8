package org.brtimeline.editing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.base.ui.DateFields;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.DateBasis;
import org.brtimeline.chronology.Event;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventStatus;

/**
 * The event form. It never calls a service: it validates (messages next to each field, the bindings and rules in
 * {@link EventFormRules}, what stopped a save in {@link FormProblems}) and fires an {@link EventFormEvent}: save,
 * delete, close, or a new actor.
 */
public class EventForm extends FormLayout {

    final TextField title = new TextField("Title");
    final TextArea summary = new TextArea("Summary");
    final ComboBox<Category> category = new ComboBox<>("Category", Category.values());
    final MultiSelectComboBox<EventDetails.ActorRef> actors = new MultiSelectComboBox<>("Actors");
    final TextField places = new TextField("Places", "Minsk, Moscow");
    final DatePicker start = new DatePicker("Start");
    final DatePicker end = new DatePicker("End (for a range)");
    final ComboBox<DatePrecision> precision = new ComboBox<>("Precision", DatePrecision.values());
    final ComboBox<DateQualifier> qualifier = new ComboBox<>("Qualifier", DateQualifier.values());
    final TextField wording = new TextField("Wording in the article", "late November");
    final ComboBox<DateBasis> basis = new ComboBox<>("Date basis", DateBasis.values());
    final TextField dateNote = new TextField("How the date was established");
    final RadioButtonGroup<EventStatus> status = new RadioButtonGroup<>("Status");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    final Button close = new Button("Cancel");
    final FormProblems problems = new FormProblems();

    private final BeanValidationBinder<EventDraft> binder = new BeanValidationBinder<>(EventDraft.class);
    private final EventFormRules rules = new EventFormRules(this);
    private EventDraft draft = new EventDraft();
    private List<EventDetails.ActorRef> actorChoices = List.of();
    private Map<Long, List<String>> knownSpellings = Map.of();
    private final UnsavedChanges unsaved = new UnsavedChanges(this, binder);
    private int evidenceCount;

    public EventForm() {
        addClassName("event-form");
        configureFields();
        rules.bind(binder);
        add(
                title, category, summary, actors, places, start, end, precision, qualifier, wording, basis, dateNote,
                status, problems, buttons());
        setColspan(summary, 2);
        setColspan(title, 2);
        setColspan(problems, 2);
        setDraft(new EventDraft(), 0);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        unsaved.guardTabClose();
    }

    /**
     * No field has a browser-side maximum length, which would cut a pasted text without a word: a
     * value over its column's limit is refused by the validation, with a message next to the field.
     */
    private void configureFields() {
        title.setRequiredIndicatorVisible(true);
        title.setHelperText("At most " + Event.MAX_TITLE + " characters");
        summary.setHelperText("Enter starts a new line; Ctrl+Enter saves");
        places.setHelperText("Separated by commas; each at most " + Event.MAX_PLACE + " characters");
        category.setItemLabelGenerator(Category::label);
        precision.setItemLabelGenerator(DatePrecision::label);
        qualifier.setItemLabelGenerator(DateQualifier::label);
        qualifier.setClearButtonVisible(true);
        qualifier.setHelperText("Early, mid and late apply to a month or a year");
        basis.setItemLabelGenerator(DateBasis::label);
        status.setItems(EventStatus.DRAFT, EventStatus.PUBLISHED);
        status.setItemLabelGenerator(EventStatus::label);
        actors.setItemLabelGenerator(EventDetails.ActorRef::name);
        actors.setAllowCustomValue(true);
        actors.setHelperText("Type a new name and press Enter to add an actor");
        actors.addCustomValueSetListener(e -> fireEvent(new EventFormEvent.NewActor(this, e.getDetail())));
        start.setRequiredIndicatorVisible(true);
        for (DatePicker picker : new DatePicker[] {start, end}) {
            DateFields.bounded(picker);
        }
    }

    private HorizontalLayout buttons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        // Saving is explicit: Enter belongs to the fields (a new line in the summary, the date in a date picker).
        // Moving the focus away and back first sends the value of the field being typed in.
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        // Announced to assistive technology; a tooltip would add its text to the button's.
        save.getElement().setAttribute("aria-keyshortcuts", "Control+Enter");
        save.addClickListener(e -> validateAndSave());
        delete.addClickListener(e -> fireEvent(new EventFormEvent.Delete(this)));
        close.addClickListener(e -> fireEvent(new EventFormEvent.Close(this)));
        return new HorizontalLayout(save, delete, close);
    }

    /** Shows a draft as saved (nothing to save); {@code evidenceCount} decides whether publishing is allowed. */
    public void setDraft(EventDraft draft, int evidenceCount) {
        this.draft = draft;
        this.evidenceCount = evidenceCount;
        unsaved.load(() -> binder.readBean(draft));
        problems.clear();
        unsaved.set(false);
    }

    /** Shows values that are not saved yet, such as a merge of the editor's changes with someone else's. */
    public void setUnsaved(EventDraft values) {
        unsaved.load(() -> binder.readBean(values));
        this.draft = values;
        unsaved.set(true);
    }

    /** The evidence changed without touching the fields: publishing may have become possible or not. */
    public void setEvidenceCount(int evidenceCount) {
        this.evidenceCount = evidenceCount;
    }

    /** What the fields hold now, valid or not. */
    public EventDraft values() {
        EventDraft values = new EventDraft();
        binder.writeBeanAsDraft(values, true);
        return values;
    }

    /** Whether the fields hold changes that are not saved (the browser knows too: {@link UnsavedChanges}). */
    public boolean isDirty() {
        return unsaved.exist();
    }

    /** A merged or deleted event is shown but cannot be changed. */
    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        save.setVisible(!readOnly);
    }

    /**
     * The actors to choose from; typing finds one by any of its {@code spellings} ("Lukashenka", "Makey"), as the
     * readers' filter does, so that a known actor is not added again under another spelling.
     */
    public void setActorChoices(Collection<EventDetails.ActorRef> choices, Map<Long, List<String>> spellings) {
        var selected = actors.getValue();
        offer(choices, spellings);
        actors.setValue(selected.stream().filter(choices::contains).collect(Collectors.toSet()));
    }

    /** Adds a newly created actor to the choices and selects it. */
    public void selectNewActor(
            EventDetails.ActorRef actor, Collection<EventDetails.ActorRef> choices, Map<Long, List<String>> spellings) {
        var selected = new java.util.HashSet<>(actors.getValue());
        selected.add(actor);
        offer(choices, spellings);
        actors.setValue(selected);
    }

    /** Adds a known actor to the selection (the one a spelling typed into the box names). */
    void selectActor(EventDetails.ActorRef known) {
        var selected = new java.util.HashSet<>(actors.getValue());
        selected.add(known);
        actors.setValue(selected);
    }

    private void offer(Collection<EventDetails.ActorRef> choices, Map<Long, List<String>> spellings) {
        actorChoices = List.copyOf(choices);
        knownSpellings = Map.copyOf(spellings);
        actors.setItems(this::offers, actorChoices);
    }

    /** Whether typing this offers the actor: any of its spellings holds the typed text, case aside. */
    boolean offers(EventDetails.ActorRef actor, String typed) {
        return knownSpellings.getOrDefault(actor.id(), List.of(actor.name())).stream()
                .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(typed.toLowerCase(Locale.ROOT)));
    }

    public void setDeletable(boolean deletable) {
        delete.setVisible(deletable);
    }

    /**
     * Shows a problem the domain found on saving next to the field it names ("title", "start",
     * "qualifier", …), or above the buttons when no field of the form holds it ("evidence").
     */
    public void showProblem(RuntimeException e) {
        String problem = InvalidValueException.problemIn(e);
        HasValidation field = e instanceof InvalidValueException invalid ? rules.fieldFor(invalid.field()) : null;
        if (field == null) {
            problems.notSaved(problem);
            return;
        }
        field.setErrorMessage(problem);
        field.setInvalid(true);
        problems.markedField();
    }

    int evidenceCount() {
        return evidenceCount;
    }

    private void validateAndSave() {
        BinderValidationStatus<EventDraft> result = binder.validate();
        if (result.isOk() && binder.writeBeanIfValid(draft)) {
            problems.clear();
            fireEvent(new EventFormEvent.Save(this, draft));
            return;
        }
        problems.fieldsToFix(result);
    }

    public <T extends ComponentEvent<?>> Registration addListener(
            Class<T> eventType, ComponentEventListener<T> listener) {
        return getEventBus().addListener(eventType, listener);
    }
}
