package org.brtimeline.editing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
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

    @Autowired
    ChronologyEditor editor;

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

    @Test
    void saving_over_another_editors_change_shows_what_they_changed_and_offers_a_reload() {
        EventDetails event = anEvent("Putin visits Minsk");
        UI.getCurrent().navigate("editor/events/" + event.id());
        EventEditorView view = _get(EventEditorView.class);

        EventDraft theirs = EventDraft.of(event);
        theirs.setTitle("Putin pays a working visit to Minsk");
        editor.update(event.id(), event.version(), theirs);

        view.form.title.setValue("My own title");
        view.form.save.click();

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(_find(dialog, ListItem.class))
                .extracting(ListItem::getText)
                .contains("title: “Putin visits Minsk” → “Putin pays a working visit to Minsk”");
        assertThat(editor.find(event.id()).title()).isEqualTo("Putin pays a working visit to Minsk");

        _get(dialog, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Reload their version"))
                .click();
        assertThat(view.form.title.getValue()).isEqualTo("Putin pays a working visit to Minsk");
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
