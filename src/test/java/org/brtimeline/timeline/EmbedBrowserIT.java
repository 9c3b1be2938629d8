package org.brtimeline.timeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.FrameLocator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another site's plain HTML page (served from another origin: 127.0.0.1 on its own port, where the application is
 * localhost) frames the embedded timeline, which paints and works inside the frame; the application's other pages
 * stay out of frames.
 */
class EmbedBrowserIT extends ReaderBrowserTest {

    private HttpServer otherSite;
    private volatile String framed;
    private final java.util.List<String> console = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void startOtherSite() throws IOException {
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A blog post</title></head>"
                            + "<body><h1>A blog post</h1><p>The timeline:</p>"
                            + "<iframe id=\"embedded\" src=\"" + framed + "\" width=\"1000\" height=\"700\"></iframe>"
                            + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        otherSite.start();
    }

    @AfterEach
    void stopOtherSite() {
        otherSite.stop(0);
    }

    private String otherSite() {
        return "http://127.0.0.1:" + otherSite.getAddress().getPort() + "/";
    }

    @Test
    void another_sites_page_shows_the_embedded_timeline_and_its_events_open_in_the_frame() {
        framed = url("/embed/timeline?from=2020-08-01&to=2020-12-31");

        page.onConsoleMessage(message -> console.add(message.text()));
        page.navigate(otherSite());

        FrameLocator frame = page.frameLocator("#embedded");
        try {
            frame.locator(".vis-item").first().waitFor();
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError(
                    "The frame shows no timeline; its text: "
                            + frame.locator("body").innerText() + "; console: " + console,
                    e);
        }
        assertThat(frame.locator(".vis-item").count()).isPositive();
        assertThat(frame.locator("vaadin-app-layout")).hasCount(0);
        assertThat(frame.locator(".embed-credit")).isVisible();
        frame.locator(".vis-item.vis-point, .vis-item.vis-range, .vis-item.vis-box")
                .first()
                .click();
        assertThat(frame.locator(".event-detail h3").first()).not().isEmpty();
        assertThat(frame.locator(".cite-button").first()).isVisible();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(org.brtimeline.BrowserSession.screenshot("embedded-timeline.png")));
    }

    @Test
    void the_applications_own_timeline_page_refuses_to_be_framed() {
        framed = url("/timeline");

        ConsoleMessage refusal = page.waitForConsoleMessage(
                new com.microsoft.playwright.Page.WaitForConsoleMessageOptions()
                        .setPredicate(message -> message.text().contains("frame-ancestors")),
                () -> page.navigate(otherSite()));

        assertThat(refusal.text()).contains("frame-ancestors 'none'");
        assertThat(page.frameLocator("#embedded").locator("vaadin-app-layout")).hasCount(0);
    }
}
