package org.brtimeline.editing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.DraftMerge;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventStatus;
import org.brtimeline.reader.ReaderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The editor page, browserless, as a logged-in editor. */
@WritingTest
class EventEditorViewTest {

    @Autowired
    ApplicationContext context;

    private static final String RFERL = "rferl-russian-pm-in-minsk-2020-09-03";

    @Autowired
    ChronologyEditor editor;

    @Autowired
    ReaderService reader;

    @BeforeEach
    void logInAsAnEditor() {
        BrowserlessUi.openAs(context, "bob", "EDITOR");
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.close();
    }

    private EventDetails anEvent(String title) {
        EventDraft draft = new EventDraft();
        draft.setTitle(title);
        draft.setCategory(Category.DIPLOMACY);
        draft.setStart(LocalDate.of(2022, 12, 19));
        draft.setPrecision(DatePrecision.DAY);
        return editor.create(draft);
    }

    /** Another editor's save, made through the service while this page is open. */
    private EventDetails theyChange(EventDetails event, java.util.function.Consumer<EventDraft> change) {
        EventDraft theirs = EventDraft.of(event);
        change.accept(theirs);
        return editor.update(event.id(), event.version(), theirs);
    }

    /** Types into an event's form and goes to another page without saving: the question it asks. */
    private ConfirmDialog leavingWithUnsavedChanges() {
        open(anEvent("Putin visits Minsk")).form.title.setValue("Typed but not saved");
        UI.getCurrent().navigate("editor/deleted");
        return _get(ConfirmDialog.class);
    }

    private EventEditorView open(EventDetails event) {
        UI.getCurrent().navigate("editor/events/" + event.id());
        return _get(EventEditorView.class);
    }

    private EventDetails cited(EventDetails event) {
        String text = reader.article(RFERL).orElseThrow().text();
        int at = text.indexOf("Sixteen of them");
        return editor.addEvidence(event.id(), event.version(), RFERL, at, at + "Sixteen of them".length());
    }

    @Test
    void changes_to_different_fields_by_two_editors_are_merged_on_the_second_save_and_it_says_so() {
        EventDetails event = anEvent("Putin visits Minsk");
        EventEditorView view = open(event);
        theyChange(event, theirs -> theirs.setTitle("Putin pays a working visit to Minsk"));

        view.form.summary.setValue("His first visit in three years.");
        view.form.save.click();

        EventDetails saved = editor.find(event.id());
        assertThat(saved.title()).isEqualTo("Putin pays a working visit to Minsk");
        assertThat(saved.summary()).isEqualTo("His first visit in three years.");
        assertThat(_find(ConflictDialog.class)).isEmpty();
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).contains("merged with bob's changes to Title"));
        assertThat(view.form.title.getValue()).isEqualTo("Putin pays a working visit to Minsk");
    }

    @Test
    void the_same_field_changed_by_two_editors_shows_both_values_and_the_editor_picks() {
        EventDetails event = anEvent("Putin visits Minsk");
        EventEditorView view = open(event);
        theyChange(event, theirs -> {
            theirs.setTitle("Putin pays a working visit to Minsk");
            theirs.setPlaces("Minsk");
        });

        view.form.title.setValue("My own title");
        view.form.save.click();

        ConflictDialog dialog = _get(ConflictDialog.class);
        RadioButtonGroup<Boolean> title = dialog.pickFor(DraftMerge.Field.TITLE);
        assertThat(title.getItemLabelGenerator().apply(false)).isEqualTo("Yours: “My own title”");
        assertThat(title.getItemLabelGenerator().apply(true))
                .isEqualTo("Theirs (bob): “Putin pays a working visit to Minsk”");
        assertThat(_find(dialog, Paragraph.class))
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("bob (", "saved this event after you opened it"));
        assertThat(editor.find(event.id()).title()).isEqualTo("Putin pays a working visit to Minsk");

        title.setValue(true);
        _get(dialog, Button.class, spec -> spec.withText("Save with these choices"))
                .click();
        EventDetails saved = editor.find(event.id());
        assertThat(saved.title()).isEqualTo("Putin pays a working visit to Minsk");
        assertThat(saved.places()).containsExactly("Minsk");
    }

    @Test
    void keeping_the_form_open_after_a_conflict_lets_the_next_save_succeed() {
        EventDetails event = anEvent("Putin visits Minsk");
        EventEditorView view = open(event);
        theyChange(event, theirs -> {
            theirs.setTitle("Their title");
            theirs.setPlaces("Sochi");
        });
        view.form.title.setValue("My own title");
        view.form.save.click();

        _get(_get(ConflictDialog.class), Button.class, spec -> spec.withText("Keep my form open"))
                .click();
        assertThat(view.form.title.getValue()).isEqualTo("My own title");
        assertThat(view.form.places.getValue()).isEqualTo("Sochi");
        view.form.save.click();

        assertThat(_find(ConflictDialog.class)).isEmpty();
        EventDetails saved = editor.find(event.id());
        assertThat(saved.title()).isEqualTo("My own title");
        assertThat(saved.places()).containsExactly("Sochi");
    }

    @Test
    void reloading_after_a_conflict_shows_their_version() {
        EventDetails event = anEvent("Putin visits Minsk");
        EventEditorView view = open(event);
        theyChange(event, theirs -> theirs.setTitle("Putin pays a working visit to Minsk"));
        view.form.title.setValue("My own title");
        view.form.save.click();

        _get(_get(ConflictDialog.class), Button.class, spec -> spec.withText("Reload their version"))
                .click();

        assertThat(view.form.title.getValue()).isEqualTo("Putin pays a working visit to Minsk");
        assertThat(view.form.isDirty()).isFalse();
    }

    @Test
    void a_merged_event_opens_read_only_with_a_link_to_the_event_it_was_merged_into() {
        EventDetails survivor = anEvent("The survivor");
        EventDetails duplicate = anEvent("The duplicate");
        editor.merge(survivor.id(), survivor.version(), duplicate.id(), duplicate.version());

        EventEditorView view = open(duplicate);

        assertThat(view.heading.getText()).isEqualTo("Event: The duplicate");
        assertThat(view.form.title.isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.delete.isVisible()).isFalse();
        assertThat(view.merge.isVisible()).isFalse();
        assertThat(view.status.notice.getText()).contains("merged into another one");
        assertThat(view.status.survivor.getHref()).isEqualTo("editor/events/" + survivor.id());
        assertThat(view.status.survivor.getText()).contains("The survivor");
    }

    @Test
    void the_merge_picker_does_not_offer_the_event_itself() {
        EventDetails event = cited(anEvent("Published to be picked"));
        EventDraft publish = EventDraft.of(event);
        publish.setStatus(EventStatus.PUBLISHED);
        event = editor.update(event.id(), event.version(), publish);

        EventEditorView view = open(event);

        assertThat(ComboBoxKt.getSuggestionItems(view.merge.other))
                .extracting(EventDetails::id)
                .isNotEmpty()
                .doesNotContain(event.id());
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        ConfirmDialog confirm = leavingWithUnsavedChanges();

        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Leave without saving?");
        assertThat(_find(DeletedEventsView.class)).isEmpty();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_find(DeletedEventsView.class)).hasSize(1);
    }

    @Test
    void typing_another_spelling_of_a_known_actor_offers_and_selects_that_actor_not_a_new_one() {
        EventEditorView view = open(anEvent("Putin visits Minsk"));

        assertThat(view.form.actors.getListDataView().getItems().filter(actor -> view.form.offers(actor, "lukashenka")))
                .extracting(EventDetails.ActorRef::name)
                .containsExactly("Alexander Lukashenko");
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                view.form.actors,
                new com.vaadin.flow.component.combobox.MultiSelectComboBox.CustomValueSetEvent<>(
                        view.form.actors, true, "Makey"));

        assertThat(view.form.actors.getValue())
                .extracting(EventDetails.ActorRef::name)
                .contains("Vladimir Makei");
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
    }

    @Test
    void staying_on_the_form_cancels_that_navigation_and_the_next_one_still_goes() {
        ConfirmDialogKt._fireCancel(leavingWithUnsavedChanges());

        assertThat(_find(DeletedEventsView.class)).isEmpty();
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        UI.getCurrent().navigate("editor/deleted");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(DeletedEventsView.class)).hasSize(1);
    }

    @Test
    void leaving_a_saved_form_asks_nothing() {
        open(anEvent("Putin visits Minsk"));

        UI.getCurrent().navigate("editor/deleted");

        assertThat(_find(DeletedEventsView.class)).hasSize(1);
    }

    @Test
    void cancel_returns_to_where_the_editor_came_from() {
        EventDetails event = anEvent("Putin visits Minsk");
        UI.getCurrent().navigate("editor/deleted");

        open(event).form.close.click();

        assertThat(_find(DeletedEventsView.class)).hasSize(1);
    }

    @Test
    void removing_evidence_can_be_undone() {
        EventDetails event = cited(anEvent("Cited once"));
        EventEditorView view = open(event);
        view.form.summary.setValue("Typed before removing");

        _get(view.evidence, Button.class, spec -> spec.withText("Remove")).click();
        assertThat(editor.find(event.id()).evidence()).isEmpty();
        assertThat(view.form.summary.getValue()).isEqualTo("Typed before removing");

        _get(Button.class, spec -> spec.withText("Undo")).click();
        assertThat(editor.find(event.id()).evidence())
                .singleElement()
                .extracting(EventDetails.EvidenceDetails::quote)
                .isEqualTo("Sixteen of them");
        view.form.save.click();
        assertThat(editor.find(event.id()).summary()).isEqualTo("Typed before removing");
    }

    @Test
    void a_published_event_links_to_the_timeline_after_saving() {
        EventDetails event = cited(anEvent("Linked from the editor"));
        EventEditorView view = open(event);
        assertThat(view.status.onTimeline.isVisible()).isFalse();

        view.form.status.setValue(EventStatus.PUBLISHED);
        view.form.save.click();

        assertThat(view.status.onTimeline.isVisible()).isTrue();
        assertThat(view.status.onTimeline.getHref()).isEqualTo("timeline?event=" + event.id());
    }

    @Test
    void notifications_show_at_the_top_never_over_the_buttons_at_the_bottom_of_the_form() {
        EventDetails event = cited(anEvent("Noticed at the top"));
        EventEditorView view = open(event);
        theyChange(event, theirs -> theirs.setTitle("Changed by another editor"));

        view.form.summary.setValue("Saved, merged with their change");
        view.form.save.click();
        _get(view.evidence, Button.class, spec -> spec.withText("Remove")).click();

        assertThat(NotificationsKt.getNotifications())
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(n -> assertThat(n.getPosition())
                        .isIn(
                                com.vaadin.flow.component.notification.Notification.Position.TOP_START,
                                com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER,
                                com.vaadin.flow.component.notification.Notification.Position.TOP_END,
                                com.vaadin.flow.component.notification.Notification.Position.TOP_STRETCH));
    }

    @Test
    void the_history_numbers_revisions_per_event_and_names_a_restore() {
        EventDetails event = anEvent("First title");
        EventDetails second = theyChange(event, draft -> draft.setTitle("Second title"));
        EventEditorView view = open(second);

        _get(view.history, Button.class, spec -> spec.withText("Restore revision 1"))
                .click();

        assertThat(_find(view.history, Span.class))
                .extracting(Span::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Revision 1 ").endsWith(" · created"))
                .anySatisfy(text -> assertThat(text).startsWith("Revision 2 ").endsWith(" · changed"))
                .anySatisfy(text -> assertThat(text).startsWith("Revision 3 ").endsWith(" · restored from revision 1"));
        assertThat(_find(view.history, ListItem.class))
                .extracting(ListItem::getText)
                .doesNotContain("created");
        assertThat(view.form.title.getValue()).isEqualTo("First title");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
    }

    @Test
    void restoring_a_revision_over_unsaved_changes_asks_first_and_keeping_them_restores_nothing() {
        EventDetails event = anEvent("First title");
        EventDetails second = theyChange(event, draft -> draft.setTitle("Second title"));
        EventEditorView view = open(second);
        view.form.summary.setValue("Typed but not saved");

        _get(view.history, Button.class, spec -> spec.withText("Restore revision 1"))
                .click();

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Restore revision 1 without saving?");
        assertThat(editor.find(event.id()).title()).isEqualTo("Second title");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(editor.find(event.id()).title()).isEqualTo("Second title");
        assertThat(editor.history(event.id())).hasSize(2);
        assertThat(view.form.summary.getValue()).isEqualTo("Typed but not saved");
        assertThat(view.form.isDirty()).isTrue();
    }

    @Test
    void restoring_a_revision_over_unsaved_changes_replaces_them_once_confirmed() {
        EventDetails event = anEvent("First title");
        EventDetails second = theyChange(event, draft -> draft.setTitle("Second title"));
        EventEditorView view = open(second);
        view.form.summary.setValue("Typed but not saved");

        _get(view.history, Button.class, spec -> spec.withText("Restore revision 1"))
                .click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(editor.find(event.id()).title()).isEqualTo("First title");
        assertThat(view.form.title.getValue()).isEqualTo("First title");
        assertThat(view.form.summary.getValue()).isEmpty();
        assertThat(view.form.isDirty()).isFalse();
    }

    @Test
    void a_new_event_form_says_nothing_is_wrong_before_anything_is_typed_and_asks_for_the_date_at_save() {
        UI.getCurrent().navigate("editor/events/new");
        EventEditorView view = _get(EventEditorView.class);

        assertThat(view.form.start.isInvalid()).isFalse();
        view.form.precision.setValue(DatePrecision.MONTH);
        assertThat(view.form.start.isInvalid()).isFalse();

        view.form.title.setValue("Lukashenko meets Putin");
        view.form.save.click();

        assertThat(view.form.start.isInvalid()).isTrue();
        assertThat(view.form.start.getErrorMessage()).isEqualTo("A start date is required");
    }

    @Test
    void a_new_event_is_saved_as_a_draft_and_opened_for_editing() {
        UI.getCurrent().navigate("editor/events/new");
        EventEditorView view = _get(EventEditorView.class);
        view.form.title.setValue("Lukashenko meets Putin");
        view.form.category.setValue(Category.DIPLOMACY);
        view.form.start.setValue(LocalDate.of(2022, 12, 19));

        view.form.save.click();

        EventEditorView reopened = _get(EventEditorView.class);
        assertThat(reopened.heading.getText()).isEqualTo("Edit: Lukashenko meets Putin");
        assertThat(reopened.history.isVisible()).isTrue();
    }

    @Test
    void markup_typed_by_an_editor_is_shown_as_text() {
        String markup = "<script>alert('x')</script><b>bold</b>";
        EventDetails event = anEvent(markup);

        UI.getCurrent().navigate("editor/events/" + event.id());

        EventEditorView view = _get(EventEditorView.class);
        assertThat(view.heading.getText()).isEqualTo("Edit: " + markup);
        assertThat(view.heading.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(view.heading.getElement().getProperty("innerHTML")).isNull();
    }
}
