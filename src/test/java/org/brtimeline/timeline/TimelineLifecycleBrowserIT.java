package org.brtimeline.timeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.brtimeline.chronology.EventQuery;
import org.junit.jupiter.api.Test;

/** The timeline is right on every load: the window does not drift, data goes once, and charts do not pile up. */
class TimelineLifecycleBrowserIT extends ReaderBrowserTest {

    /** The chart has drawn its items and no window move waits to be reported to the server. */
    private void chartSettled() {
        events().first().waitFor();
        page.waitForFunction(
                "() => { const el = document.querySelector('br-timeline'); return el && !el.rangePending; }");
    }

    /** A round trip through the server that changes the data: whatever the first load sent has arrived before it ends. */
    private void switchLanesTo(String label, String urlPart) {
        page.getByText(label, new Page.GetByTextOptions().setExact(true)).click();
        page.waitForURL(Pattern.compile(urlPart));
        chartSettled();
    }

    @Test
    void the_window_stays_the_same_through_reloads_and_back_and_forward() {
        String window = "from=2020-08-01&to=2020-09-30";
        page.navigate(url("/timeline?" + window));
        chartSettled();
        for (int reload = 1; reload <= 3; reload++) {
            page.reload();
            chartSettled();
        }
        switchLanesTo("by actor", ".*lanes=actor.*");
        assertThat(page.url()).contains(window);

        page.navigate(url("/chronology"));
        page.locator("vaadin-grid").waitFor();
        page.goBack();
        chartSettled();
        page.goForward();
        page.locator("vaadin-grid").waitFor();
        page.goBack();
        chartSettled();
        switchLanesTo("by category", "^((?!lanes=actor).)*$");

        assertThat(page.url()).contains(window);
        assertThat(page.locator("vaadin-date-picker").first().locator("input")).hasValue("2020-08-01");
        assertThat(page.locator("vaadin-date-picker").nth(1).locator("input")).hasValue("2020-09-30");
    }

    @Test
    void a_load_sends_the_data_once_and_each_change_once_more() {
        page.navigate(url("/timeline?from=2020-08-01&to=2020-09-30"));
        chartSettled();

        switchLanesTo("by actor", ".*lanes=actor.*");

        assertThat(page.evaluate("() => document.querySelector('br-timeline').dataPushes"))
                .isEqualTo(2);
    }

    @Test
    void leaving_and_reentering_the_timeline_ten_times_leaves_one_live_chart() {
        page.navigate(url("/timeline"));
        chartSettled();
        for (int visit = 1; visit <= 10; visit++) {
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Chronology"))
                    .first()
                    .click();
            page.locator("vaadin-grid").waitFor();
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Timeline"))
                    .first()
                    .click();
            chartSettled();
        }

        assertThat(page.evaluate("() => window.Vaadin.brTimeline.stats.live")).isEqualTo(1);
        assertThat(page.evaluate("() => window.Vaadin.brTimeline.stats.created"))
                .isEqualTo(11);
        assertThat(page.locator(".vis-timeline")).hasCount(1);
    }

    @Test
    void a_linked_event_is_selected_on_the_chart_and_the_window_moves_to_it() {
        long election = chronology
                .search(
                        EventQuery.window(null, null, "Presidential election in Belarus"),
                        0,
                        1,
                        org.brtimeline.chronology.EventOrder.BEST_MATCH)
                .items()
                .get(0)
                .id();

        page.navigate(url("/timeline?event=" + election));
        chartSettled();

        Locator selected = page.locator(".vis-item.vis-selected");
        assertThat(selected.first()).containsText("Presidential election in Belarus");
        assertThat(selected.first()).isInViewport();
        assertThat(page.locator(".event-detail")).containsText("Presidential election in Belarus");
        String from =
                page.locator("vaadin-date-picker").first().locator("input").inputValue();
        String to = page.locator("vaadin-date-picker").nth(1).locator("input").inputValue();
        assertThat(from.compareTo("2020-08-09")).isNegative();
        assertThat(to.compareTo("2020-08-09")).isPositive();
    }

    @Test
    void the_keyboard_moves_between_events_in_date_order_opens_one_and_zooms() {
        page.navigate(url("/timeline?from=2020-09-01&to=2020-09-06"));
        chartSettled();
        assertThat(page.locator(".vis-item[tabindex='0']")).hasCount(1);

        Locator first = page.locator(".vis-item[tabindex='0']");
        first.focus();
        String firstLabel = first.getAttribute("aria-label");
        page.keyboard().press("ArrowRight");
        Locator focused = page.locator(".vis-item:focus");
        assertThat(focused).hasCount(1);
        String secondLabel = focused.getAttribute("aria-label");
        page.keyboard().press("Enter");

        assertThat(firstLabel).matches(".*2020 · .+");
        assertThat(secondLabel).isNotEqualTo(firstLabel).matches(".*2020 · .+");
        assertThat(page.locator(".event-detail h3")).hasText(secondLabel.substring(secondLabel.indexOf(" · ") + 3));
        assertThat(page).hasURL(Pattern.compile(".*event=\\d+.*"));

        page.locator(".vis-item:focus").press("-");
        page.waitForURL(address -> !address.contains("from=2020-09-01"));
        assertThat(page.url()).doesNotContain("to=2020-09-06");
    }

    @Test
    void the_arrow_keys_reach_events_in_lanes_out_of_sight_while_the_window_stays() {
        page.navigate(url("/timeline"));
        chartSettled();
        String window = page.url();
        String drawnAtFirst = (String) page.evaluate(
                "() => [...document.querySelectorAll('[data-item-id]')].map(e => e.dataset.itemId).join(' ')");
        page.locator(".vis-item[tabindex='0']").focus();

        List<String> reached = new ArrayList<>();
        for (int press = 1; press <= 8; press++) {
            page.keyboard().press("ArrowRight");
            Locator focused = page.locator(".vis-item:focus");
            assertThat(focused).hasCount(1);
            assertThat(focused).isInViewport();
            reached.add(focused.locator("[data-item-id]").getAttribute("data-item-id"));
        }

        assertThat(reached).doesNotHaveDuplicates();
        assertThat(reached)
                .as("some event was in a lane scrolled out of sight")
                .anySatisfy(id -> assertThat(drawnAtFirst.split(" ")).doesNotContain(id));
        assertThat(page.evaluate("() => document.querySelector('br-timeline').rangePending"))
                .isEqualTo(false);
        assertThat(page.url()).isEqualTo(window);
    }

    @Test
    void the_focus_stays_in_the_chart_when_zoom_and_page_down_bring_new_data() {
        page.navigate(url("/timeline?from=2020-08-01&to=2020-09-30"));
        chartSettled();
        Locator first = page.locator(".vis-item[tabindex='0']");
        first.focus();
        String label = first.getAttribute("aria-label");

        pressAndWaitForNewData("-");
        assertThat(page.locator(".vis-item:focus")).hasAttribute("aria-label", label);

        for (int step = 1; step <= 3; step++) {
            pressAndWaitForNewData("PageDown");
            assertThat(page.locator(".vt-chart:focus, .vt-chart .vis-item:focus"))
                    .hasCount(1);
        }
        for (int step = 1; step <= 3; step++) {
            pressAndWaitForNewData("PageUp");
        }
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".vis-item:focus")).hasCount(1);
    }

    /** Presses a key that moves the window, and waits until the server has sent the new window's data. */
    private void pressAndWaitForNewData(String key) {
        Object pushes = page.evaluate("() => document.querySelector('br-timeline').dataPushes");
        page.keyboard().press(key);
        page.waitForFunction(
                "before => { const el = document.querySelector('br-timeline'); return el.dataPushes > before && !el.rangePending; }",
                pushes);
        page.waitForTimeout(100); // the redraw after the data
    }

    @Test
    void ctrl_and_the_wheel_zoom_while_the_wheel_alone_leaves_the_window_alone() {
        page.navigate(url("/timeline?from=2020-08-01&to=2020-09-30"));
        chartSettled();
        var box = page.locator(".vis-panel.vis-center").boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + 20);

        page.mouse().wheel(0, 200);
        page.keyboard().down("Control");
        page.mouse().wheel(0, -400);
        page.keyboard().up("Control");

        page.waitForURL(address -> !address.contains("from=2020-08-01"));
        chartSettled();
        assertThat(page.url()).doesNotContain("to=2020-09-30");
    }

    @Test
    void the_overview_shows_all_time_and_a_click_on_it_moves_the_window_there() {
        page.navigate(url("/timeline?from=2022-11-01&to=2022-12-31"));
        chartSettled();
        Locator overview = page.locator(".vt-overview");
        assertThat(overview).isVisible();
        page.waitForFunction("() => { const el = document.querySelector('br-timeline'); "
                + "return el.$chart && el.$chart.overviewWindow && el.$chart.overviewWindow.right > 0; }");
        var box = overview.boundingBox();

        // The corpus runs from 1994 to 2023: a click at a fifth of the strip lands long before 2020.
        overview.click(new Locator.ClickOptions().setPosition(box.width / 5, box.height / 2));

        page.waitForURL(address -> !address.contains("from=2022-11-01"));
        chartSettled();
        String from = page.url().replaceAll(".*from=(\\d{4}-\\d{2}-\\d{2}).*", "$1");
        assertThat(from.compareTo("2019-01-01")).isNegative();
    }
}
