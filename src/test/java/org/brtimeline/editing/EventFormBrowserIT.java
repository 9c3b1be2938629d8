package org.brtimeline.editing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.brtimeline.BrowserSession;
import org.brtimeline.SignedInEditor;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The event form in a real browser: what Enter does, closing a tab with unsaved changes, and two editors at once. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser-event-form;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class EventFormBrowserIT {

    private static BrowserSession session;

    @LocalServerPort
    int port;

    @Autowired
    ChronologyEditor editor;

    @Autowired
    org.springframework.context.ApplicationContext application;

    private EditorBrowser editors;

    @BeforeAll
    static void startBrowser() {
        session = BrowserSession.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void setUp() {
        editors = new EditorBrowser(session, application, port);
        SignedInEditor.signIn(application, "test-setup");
    }

    @AfterEach
    void tearDown() {
        SignedInEditor.signOut(application);
    }

    private EventDetails anEvent(String title) {
        EventDraft draft = new EventDraft();
        draft.setTitle(title);
        draft.setCategory(Category.DIPLOMACY);
        draft.setStart(LocalDate.of(2022, 12, 19));
        draft.setPrecision(DatePrecision.DAY);
        return editor.create(draft);
    }

    private static long idIn(Page page) {
        page.waitForURL(address -> address.matches(".*/editor/events/\\d+$"));
        return Long.parseLong(page.url().replaceFirst(".*/", ""));
    }

    @Test
    void enter_adds_a_line_to_the_summary_and_commits_a_date_and_only_ctrl_enter_saves() {
        Page page = editors.loggedIn("enter-editor");
        page.navigate(editors.url("/editor/events/new"));
        page.getByLabel("Title").first().fill("Lukashenko and Putin meet in Sochi");
        EditorBrowser.choose(page, "Category", "diplomacy");
        Locator start = page.getByLabel("Start").first();
        start.fill("2021-09-09");
        start.press("Enter");

        assertThat(start).hasValue("2021-09-09");
        assertThat(page.locator("h2")).hasText("New event");
        Locator summary = page.getByLabel("Summary").first();
        summary.click();
        summary.pressSequentially("They agreed on 28 union programmes.");
        summary.press("Enter");
        summary.pressSequentially("Gas prices stay as they were.");
        EditorBrowser.settled(page);
        assertThat(page.locator("h2")).hasText("New event");
        assertThat(page.locator(".form-problems")).isEmpty();

        summary.press("Control+Enter");

        assertThat(page.locator("h2")).hasText("Edit: Lukashenko and Putin meet in Sochi");
        EventDetails saved = editor.find(idIn(page));
        assertThat(saved.summary()).isEqualTo("They agreed on 28 union programmes.\nGas prices stay as they were.");
        assertThat(saved.start()).isEqualTo(LocalDate.of(2021, 9, 9));
        page.context().close();
    }

    /** Whether closing or reloading the tab now would make the browser ask (what its beforeunload handlers say). */
    private static boolean closingAsks(Page page) {
        return (Boolean) page.evaluate("() => { const e = new Event('beforeunload', { cancelable: true });"
                + " window.dispatchEvent(e); return e.defaultPrevented; }");
    }

    @Test
    void a_start_that_is_no_date_says_so_next_to_the_field_and_keeps_what_was_typed() {
        Page page = editors.loggedIn("bad-date-editor");
        page.navigate(editors.url("/editor/events/new"));
        Locator start = page.getByLabel("Start").first();

        start.fill("2021-02-30");
        start.press("Enter");
        start.press("Tab");

        assertThat(page.locator("vaadin-date-picker").first()).containsText("Not a date: type it as YYYY-MM-DD");
        assertThat(start).hasValue("2021-02-30");
        page.context().close();
    }

    @Test
    void staying_on_the_form_when_asked_keeps_the_menu_working_afterwards() {
        EventDetails event = anEvent("Stayed on, then left");
        Page page = editors.loggedIn("stay-editor");
        editors.edit(page, event.id());
        page.getByLabel("Summary").first().click();
        page.keyboard().type("Not saved yet");
        EditorBrowser.settled(page);
        Locator deleted =
                page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Deleted events"));

        deleted.click();
        page.getByText("Stay on the form").click();

        assertThat(page.locator("h2")).hasText("Edit: Stayed on, then left");
        deleted.click();
        page.getByText("Leave without saving", new Page.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Deleted events")))
                .isVisible();
        page.context().close();
    }

    @Test
    void closing_the_tab_with_unsaved_changes_asks_first() {
        EventDetails event = anEvent("Typed into, then closed");
        Page page = editors.loggedIn("tab-editor");
        editors.edit(page, event.id());
        assertThat(closingAsks(page)).isFalse();

        page.getByLabel("Summary").first().click();
        page.keyboard().type("Not saved yet");

        assertThat(closingAsks(page)).isTrue();
        EditorBrowser.saveButton(page).click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved");
        assertThat(closingAsks(page)).isFalse();
        page.context().close();
    }

    @Test
    void two_editors_changing_different_fields_both_keep_their_changes() {
        EventDetails event = anEvent("Putin visits Minsk");
        Page first = editors.loggedIn("merge-first");
        Page second = editors.loggedIn("merge-second");
        editors.edit(first, event.id());
        editors.edit(second, event.id());

        first.getByLabel("Summary").first().fill("A working visit, his first in three years.");
        EditorBrowser.saveButton(first).click();
        assertThat(first.locator("vaadin-notification-card").first()).containsText("Saved");
        second.getByLabel("Title").first().fill("Putin pays a working visit to Minsk");
        EditorBrowser.saveButton(second).click();

        assertThat(second.locator("vaadin-notification-card").first())
                .containsText("merged with merge-first's changes to Summary");
        assertThat(second.getByLabel("Summary").first()).hasValue("A working visit, his first in three years.");
        EventDetails saved = editor.find(event.id());
        assertThat(saved.title()).isEqualTo("Putin pays a working visit to Minsk");
        assertThat(saved.summary()).isEqualTo("A working visit, his first in three years.");
        first.context().close();
        second.context().close();
    }

    @Test
    void two_editors_changing_the_same_field_see_both_values_and_keeping_the_form_open_then_saving_succeeds() {
        EventDetails event = anEvent("Lukashenko meets Putin");
        Page first = editors.loggedIn("conflict-first");
        Page second = editors.loggedIn("conflict-second");
        editors.edit(first, event.id());
        editors.edit(second, event.id());

        first.getByLabel("Title").first().fill("Lukashenko meets Putin in Sochi");
        EditorBrowser.saveButton(first).click();
        assertThat(first.locator("h2")).hasText("Edit: Lukashenko meets Putin in Sochi");
        second.getByLabel("Title").first().fill("Lukashenko and Putin meet at Bocharov Ruchei");
        EditorBrowser.saveButton(second).click();

        Locator dialog = second.locator("vaadin-dialog-overlay");
        assertThat(dialog).containsText("Someone else changed this event");
        assertThat(dialog).containsText("conflict-first (");
        assertThat(dialog).containsText("Yours: “Lukashenko and Putin meet at Bocharov Ruchei”");
        assertThat(dialog).containsText("Theirs (conflict-first): “Lukashenko meets Putin in Sochi”");
        dialog.getByText("Keep my form open").click();
        assertThat(dialog).isHidden();
        EditorBrowser.saveButton(second).click();

        assertThat(second.locator("h2")).hasText("Edit: Lukashenko and Putin meet at Bocharov Ruchei");
        assertThat(editor.find(event.id()).title()).isEqualTo("Lukashenko and Putin meet at Bocharov Ruchei");
        first.context().close();
        second.context().close();
    }
}
