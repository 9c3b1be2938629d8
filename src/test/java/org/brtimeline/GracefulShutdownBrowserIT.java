package org.brtimeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.brtimeline.bench.PackagedApp;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An operator stops the packaged application (SIGTERM, as systemd or a container runtime does) while an editor has the
 * article import page open, whose push connection stays open as long as the page: a WebSocket, or, where WebSockets do
 * not get through (a proxy that does not pass them), Atmosphere's long polling, a request that the server holds open
 * until it has something to push. It ends within a few seconds, with the status of a process ended by SIGTERM (or 0)
 * and a log without errors.
 */
class GracefulShutdownBrowserIT {

    private static final String ADMIN_PASSWORD = "shutdown-test-password";
    private static final Duration AT_MOST = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    @ParameterizedTest(name = "push over {0}")
    @ValueSource(strings = {"websocket", "long-polling"})
    void sigterm_with_a_push_connection_open_ends_the_application_within_seconds_and_cleanly(String transport)
            throws Exception {
        try (BrowserSession browser = BrowserSession.start();
                PackagedApp app = PackagedApp.launchFast(
                        List.of("-Xmx512m"),
                        List.of(
                                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("timeline")
                                        + ";DB_CLOSE_ON_EXIT=FALSE",
                                "--app.search.index-root=" + folder.resolve("index"),
                                "--app.admin.password=" + ADMIN_PASSWORD),
                        "graceful-shutdown-" + transport)) {
            app.awaitReady();
            Page page = loggedIn(browser.browser(), app);
            List<WebSocket> sockets = new CopyOnWriteArrayList<>();
            List<String> received = new CopyOnWriteArrayList<>();
            page.onWebSocket(socket -> {
                sockets.add(socket);
                socket.onFrameReceived(frame -> received.add(socket.url()));
            });
            List<String> polls = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.url().contains("X-Atmosphere-Transport=long-polling")) {
                    polls.add(request.url());
                }
            });
            if (transport.equals("long-polling")) {
                // As a browser that cannot open WebSockets (or a proxy that does not pass them): the page falls back.
                page.addInitScript("window.WebSocket = undefined;");
            }
            page.navigate(app.url("/editor/articles/new"));
            assertThat(page.getByText("Or import a zip of article files in the corpus format"))
                    .isVisible();
            if (transport.equals("websocket")) {
                page.waitForCondition(() -> received.stream().anyMatch(url -> url.contains("VAADIN/push")));
                assertThat(sockets).anyMatch(socket -> !socket.isClosed());
            } else {
                page.waitForCondition(() -> polls.size() >= 2);
                System.out.println("long polls: " + polls.size());
            }

            int logBefore = app.log().length();
            long stopping = System.nanoTime();
            app.process().toHandle().destroy();
            boolean ended = app.process().waitFor(AT_MOST.toSeconds(), TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - stopping) / 1e9;

            System.out.printf("the application ended %.1f s after SIGTERM%n", seconds);
            assertThat(ended)
                    .as("ended within " + AT_MOST + "; log:%n" + app.log())
                    .isTrue();
            assertThat(app.process().exitValue()).isIn(0, 143);
            // The log is copied by a thread of its own: give it a moment to reach the end.
            Thread.sleep(500);
            String shutdown = app.log().substring(logBefore);
            assertThat(shutdown).contains("Commencing graceful shutdown").doesNotContain("still active");
            assertThat(shutdown.lines().filter(line -> line.contains(" ERROR ") || line.startsWith("\tat ")))
                    .as("errors and stack traces in the log of the shutdown:%n%s", shutdown)
                    .isEmpty();
        }
    }

    /** The admin logs in through the login form, once the server has given the form its action. */
    private static Page loggedIn(Browser browser, PackagedApp app) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))
                .newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(app.url("/login"));
        page.waitForFunction(
                "() => { const form = document.querySelector('vaadin-login-form'); return form && form.action && form.action.startsWith('login?_csrf='); }");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(ADMIN_PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(address -> !address.contains("/login"));
        return page;
    }
}
