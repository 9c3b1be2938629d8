package org.brtimeline.editing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.brtimeline.BrowserSession;
import org.brtimeline.SignedInEditor;
import org.brtimeline.security.Role;
import org.brtimeline.security.UserService;
import org.springframework.context.ApplicationContext;

/**
 * Editors in a real browser: each logs in through the login page in a context of their own, so
 * that two of them can work on the same event at once.
 */
final class EditorBrowser {

    private static final String PASSWORD = "editor-browser-password";

    private final BrowserSession session;
    private final ApplicationContext application;
    private final UserService users;
    private final int port;

    EditorBrowser(BrowserSession session, ApplicationContext application, int port) {
        this.session = session;
        this.application = application;
        this.users = application.getBean(UserService.class);
        this.port = port;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Logs in, waiting for the login form's action before submitting (see EditorJourneyBrowserIT), with service
     * workers blocked so that a precached page cannot bring back the session of before the login.
     */
    Page loggedIn(String username) {
        return loggedIn(username, Role.EDITOR);
    }

    /** Logs in as an account of this role, created when missing. */
    Page loggedIn(String username, Role role) {
        SignedInEditor.asAdmin(application, () -> {
            if (users.all().stream().noneMatch(u -> u.username().equals(username))) {
                users.create(username, PASSWORD, role);
            }
        });
        BrowserContext context = session.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1400, 1000)
                        .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(url("/login"));
        page.waitForFunction(
                "() => { const form = document.querySelector('vaadin-login-form'); return form && form.action && form.action.startsWith('login?_csrf='); }");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(address -> !address.contains("/login"));
        page.navigate(url("/editor/deleted"));
        assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Deleted events")))
                .isVisible();
        return page;
    }

    /** Opens the editor page of an event and waits for its form. */
    void edit(Page page, long eventId) {
        page.navigate(url("/editor/events/" + eventId));
        assertThat(page.locator("h2")).containsText("Edit: ");
    }

    /**
     * Types into a combo box, waits for the matching item to be highlighted, commits it with Enter and leaves
     * the field, waiting for its overlay to close.
     */
    static void choose(Page page, String label, String value) {
        Locator field = page.getByLabel(label).first();
        field.fill(value);
        // The filtered item is ready for Enter once the field points at it.
        assertThat(field).hasAttribute("aria-activedescendant", java.util.regex.Pattern.compile(".+"));
        field.press("Enter");
        field.press("Tab");
        page.locator("vaadin-combo-box-overlay[opened], vaadin-date-picker-overlay[opened]")
                .first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    /** Waits until the page has no request to the server under way: whatever a key press caused has happened. */
    static void settled(Page page) {
        page.waitForFunction(
                "() => window.Vaadin && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    static Locator saveButton(Page page) {
        return page.getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Save").setExact(true));
    }
}
