package org.brtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.brtimeline.chronology.EventQuery;
import org.junit.jupiter.api.Test;

/** The readers' pages work under the Content-Security-Policy: the browser refuses nothing they load or run. */
class ContentSecurityPolicyBrowserIT extends ReaderBrowserTest {

    @Test
    void the_readers_pages_load_and_run_without_a_refusal_of_the_content_security_policy() {
        List<String> refusals = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusals.add(page.url() + ": " + message.text());
            }
        });
        long event = chronology.slice(EventQuery.everything(), 0, 1).get(0).id();

        page.navigate(url("/timeline"));
        page.locator(".vis-item").first().waitFor();
        page.locator(".vis-item").first().click();
        page.locator(".event-detail").first().waitFor();
        page.navigate(url("/chronology?q=Minsk"));
        page.locator("vaadin-grid").first().waitFor();
        page.navigate(url("/articles/rferl-russian-pm-in-minsk-2020-09-03"));
        page.locator(".article-text p").first().waitFor();
        page.navigate(url("/events/" + event));
        page.locator(".event-detail").first().waitFor();
        page.navigate(url("/login"));
        page.locator("vaadin-login-form").first().waitFor();

        assertThat(page.evaluate("() => window.Vaadin && window.Vaadin.Flow ? 'flow' : 'none'"))
                .isEqualTo("flow");
        assertThat(refusals).isEmpty();
    }
}
