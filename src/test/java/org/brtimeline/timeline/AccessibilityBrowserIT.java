package org.brtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import org.brtimeline.chronology.EventQuery;
import org.junit.jupiter.api.Test;

/** An axe-core audit of the reader's pages, in light and dark: no serious or critical violation. */
class AccessibilityBrowserIT extends ReaderBrowserTest {

    private List<String> audit(String path, String theme, String readyWhen) {
        page.navigate(url(path));
        page.evaluate(
                "theme => { localStorage.setItem('br-timeline-theme', theme); "
                        + "document.documentElement.setAttribute('theme', theme); }",
                theme);
        page.locator(readyWhen).first().waitFor();
        if (!path.startsWith("/login")) {
            assertThat(page.locator("main, [role=main]").count())
                    .as(path + ": a main landmark")
                    .isEqualTo(1);
        }
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> problems = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                problems.add(path + " (" + (theme.isEmpty() ? "light" : theme) + "): " + violation.getImpact() + " "
                        + violation.getId() + " × " + violation.getNodes().size() + " — " + violation.getHelp() + " "
                        + violation.getNodes().stream()
                                .limit(3)
                                .map(n -> n.getTarget() + " " + n.getFailureSummary())
                                .toList());
            }
        }
        return problems;
    }

    @Test
    void the_readers_pages_have_no_serious_or_critical_violations_in_light_and_dark() {
        long event = chronology.slice(EventQuery.everything(), 0, 1).get(0).id();
        List<String> problems = new ArrayList<>();
        for (String theme : List.of("", "dark")) {
            problems.addAll(audit("/timeline", theme, ".vis-item"));
            problems.addAll(audit("/chronology", theme, "vaadin-grid"));
            problems.addAll(audit("/timeline?event=" + event, theme, ".event-detail"));
            problems.addAll(audit("/articles/rferl-russian-pm-in-minsk-2020-09-03", theme, ".article-text p"));
            problems.addAll(audit("/events/" + event, theme, ".event-detail"));
            problems.addAll(audit("/login", theme, "vaadin-login-form"));
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }
}
