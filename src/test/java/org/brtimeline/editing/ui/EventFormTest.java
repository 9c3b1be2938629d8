package org.brtimeline.editing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.DateBasis;
import org.brtimeline.chronology.Event;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event form on its own, without Spring: each validation rule, and what a valid save hands over. */
class EventFormTest {

    private EventForm form;
    private final List<EventDraft> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        form = new EventForm();
        form.addListener(EventFormEvent.Save.class, e -> saved.add(e.draft()));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void fillValidDay() {
        form.title.setValue("Mishustin visits Minsk");
        form.category.setValue(Category.DIPLOMACY);
        form.start.setValue(LocalDate.of(2020, 9, 3));
        form.precision.setValue(DatePrecision.DAY);
    }

    @Test
    void a_valid_form_hands_over_the_draft() {
        fillValidDay();
        form.places.setValue("Minsk; Moscow");

        form.save.click();

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).getTitle()).isEqualTo("Mishustin visits Minsk");
        assertThat(saved.get(0).placeList()).containsExactly("Minsk", "Moscow");
        assertThat(saved.get(0).date().label()).isEqualTo("3 September 2020");
    }

    @Test
    void a_missing_title_is_shown_next_to_the_field_and_nothing_is_saved() {
        fillValidDay();
        form.title.setValue("");

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("A title is required");
        assertThat(form.problems.getText()).contains("Title");
    }

    @Test
    void the_save_button_says_everything_that_is_missing() {
        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.problems.getText()).contains("Title", "Category", "Start");
    }

    @Test
    void a_title_over_the_entity_limit_is_refused() {
        fillValidDay();
        form.title.setValue("x".repeat(301));

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.title.getErrorMessage()).isEqualTo("At most 300 characters");
    }

    @Test
    void an_end_before_the_start_is_refused() {
        fillValidDay();
        form.end.setValue(LocalDate.of(2020, 9, 1));

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.end.isInvalid()).isTrue();
        assertThat(form.end.getErrorMessage()).isEqualTo("The end cannot be before the start");
    }

    @Test
    void a_month_precision_date_must_be_the_first_of_its_month() {
        fillValidDay();
        form.start.setValue(LocalDate.of(2022, 11, 26));
        form.precision.setValue(DatePrecision.MONTH);

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.start.getErrorMessage())
                .contains("first day of its month")
                .contains("2022-11-01");
    }

    @Test
    void late_needs_a_month_or_a_year() {
        fillValidDay();
        form.qualifier.setValue(DateQualifier.LATE);

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.qualifier.getErrorMessage()).isEqualTo("late needs a month or a year, not a day");
    }

    @Test
    void late_november_is_accepted_as_a_month_with_a_qualifier() {
        fillValidDay();
        form.start.setValue(LocalDate.of(2022, 11, 1));
        form.precision.setValue(DatePrecision.MONTH);
        form.qualifier.setValue(DateQualifier.LATE);

        form.save.click();

        assertThat(saved)
                .singleElement()
                .satisfies(d -> assertThat(d.date().label()).isEqualTo("late November 2022"));
    }

    @Test
    void an_event_without_evidence_cannot_be_published() {
        fillValidDay();
        form.status.setValue(EventStatus.PUBLISHED);

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.status.getErrorMessage()).contains("at least one piece of evidence");
    }

    @Test
    void an_event_with_evidence_can_be_published() {
        EventDraft draft = new EventDraft();
        form.setDraft(draft, 1);
        fillValidDay();
        form.status.setValue(EventStatus.PUBLISHED);

        form.save.click();

        assertThat(saved)
                .singleElement()
                .satisfies(d -> assertThat(d.getStatus()).isEqualTo(EventStatus.PUBLISHED));
    }

    @Test
    void typing_an_unknown_actor_asks_for_a_new_one() {
        List<String> asked = new ArrayList<>();
        form.addListener(EventFormEvent.NewActor.class, e -> asked.add(e.name()));

        com.vaadin.flow.component.ComponentUtil.fireEvent(
                form.actors,
                new com.vaadin.flow.component.combobox.MultiSelectComboBox.CustomValueSetEvent<>(
                        form.actors, true, "Sergei Aleinik"));

        assertThat(asked).containsExactly("Sergei Aleinik");
    }

    @Test
    void a_problem_the_domain_finds_on_saving_shows_next_to_the_field_it_names() {
        form.showProblem(new InvalidValueException("qualifier", "late needs a month or a year, not a day"));

        assertThat(form.qualifier.isInvalid()).isTrue();
        assertThat(form.qualifier.getErrorMessage()).isEqualTo("late needs a month or a year, not a day");
        assertThat(form.problems.getText()).isEqualTo("Not saved. Please fix the marked field.");
    }

    @Test
    void a_problem_without_a_field_in_the_form_shows_above_the_buttons() {
        form.showProblem(
                new InvalidValueException("evidence", "a published event keeps at least one piece of evidence"));

        assertThat(form.problems.getText())
                .isEqualTo("Not saved: a published event keeps at least one piece of evidence");
    }

    @Test
    void enter_in_the_form_does_not_save_but_ctrl_enter_does() {
        com.vaadin.flow.component.UI.getCurrent().add(form);
        fillValidDay();

        ShortcutsKt._fireShortcut(form, Key.ENTER);
        assertThat(saved).isEmpty();

        ShortcutsKt._fireShortcut(form, Key.ENTER, KeyModifier.CONTROL);
        assertThat(saved).hasSize(1);
    }

    @Test
    void no_field_cuts_a_long_value_it_is_refused_with_a_message_next_to_the_field() {
        fillValidDay();
        form.summary.setValue("y".repeat(Event.MAX_SUMMARY + 1));

        form.save.click();

        assertThat(List.of(form.title, form.places, form.wording, form.dateNote))
                .allSatisfy(field ->
                        assertThat(field.getElement().hasProperty("maxlength")).isFalse());
        assertThat(form.summary.getElement().hasProperty("maxlength")).isFalse();
        assertThat(saved).isEmpty();
        assertThat(form.summary.isInvalid()).isTrue();
        assertThat(form.summary.getErrorMessage()).isEqualTo("At most " + Event.MAX_SUMMARY + " characters");
    }

    @Test
    void the_choices_are_named_in_plain_words() {
        assertThat(form.category.getItemLabelGenerator().apply(Category.DIPLOMACY))
                .isEqualTo("Diplomacy");
        assertThat(form.precision.getItemLabelGenerator().apply(DatePrecision.MONTH))
                .isEqualTo("Month");
        assertThat(form.basis.getItemLabelGenerator().apply(DateBasis.RESOLVED))
                .isEqualTo("Worked out from relative wording");
        assertThat(form.status.getItemLabelGenerator().apply(EventStatus.PUBLISHED))
                .isEqualTo("Published");
    }

    @Test
    void a_change_makes_the_form_unsaved_until_a_draft_is_shown_again() {
        assertThat(form.isDirty()).isFalse();

        form.title.setValue("Typed, not saved");

        assertThat(form.isDirty()).isTrue();
        form.setDraft(new EventDraft(), 0);
        assertThat(form.isDirty()).isFalse();
    }
}
