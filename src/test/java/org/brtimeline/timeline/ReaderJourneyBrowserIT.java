package org.brtimeline.timeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.brtimeline.BrowserSession;
import org.brtimeline.chronology.EventQuery;
import org.junit.jupiter.api.Test;

/** What a reader does, in a real browser against the production bundle. */
class ReaderJourneyBrowserIT extends ReaderBrowserTest {

    private long idOf(String text) {
        return chronology
                .search(EventQuery.window(null, null, text), 0, 1, org.brtimeline.chronology.EventOrder.BEST_MATCH)
                .items()
                .get(0)
                .id();
    }

    @Test
    void the_timeline_opens_on_the_dense_part_of_the_chronology_and_fit_all_holds_every_published_event() {
        page.navigate(url("/timeline"));
        events().first().waitFor();
        Locator status = page.locator(".timeline-status");
        assertThat(status).hasText(Pattern.compile("\\d+ events in view"));
        int firstView = Integer.parseInt(status.textContent().split(" ")[0]);
        assertThat(page.locator("br-timeline").evaluate("el => el.itemCount")).isEqualTo(firstView);
        assertThat(page.locator(".vt-density")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("timeline.png")));

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Fit all"))
                .click();

        long all = chronology.count(EventQuery.everything());
        assertThat(status).hasText(all + " events in view");
        assertThat(page.locator("br-timeline").evaluate("el => el.itemCount")).isEqualTo((int) all);
        assertThat(firstView).isLessThan((int) all);
    }

    @Test
    void clicking_an_event_opens_its_detail_and_read_in_article_lands_on_the_highlighted_quote() {
        page.navigate(url("/timeline?from=2020-09-01&to=2020-09-06"));
        Locator mishustin = events().filter(new Locator.FilterOptions().setHasText("Mishustin visits Minsk"));
        mishustin.first().click();

        Locator detail = page.locator(".event-detail");
        assertThat(detail).containsText("Russian Prime Minister Mishustin visits Minsk");
        assertThat(detail).containsText("3 September 2020");
        assertThat(detail).containsText("MINSK -- Russian Prime Minister Mikhail Mishustin has arrived in Minsk");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*event=" + idOf("Mishustin visits") + ".*"));
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("detail.png")));

        detail.locator("a.read-in-article").first().click();

        Locator focused = page.locator(".evidence-focus").first();
        assertThat(focused).isVisible();
        assertThat(focused).containsText("Mikhail Mishustin has arrived in Minsk");
        // The reader scrolls the quote into view after it is drawn: wait for that, and fail if it never happens.
        page.waitForFunction(
                "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }",
                focused.elementHandle());
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("reader.png")));
    }

    @Test
    void the_density_strip_draws_each_day_above_that_day_on_the_axis() {
        densityStripAndEventsAgree(page);
    }

    @Test
    void in_minsk_s_time_zone_the_events_sit_on_their_days_as_the_density_strip_and_the_window_do() {
        // The browser's zone is the reader's: three hours east of UTC, events were drawn at local midnight, three
        // hours before their day as the window and the strip count it.
        try (var minsk = browserSession()
                .browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(1400, 900)
                        .setTimezoneId("Europe/Minsk"))) {
            Page there = minsk.newPage();
            there.setDefaultTimeout(20_000);
            densityStripAndEventsAgree(there);
        }
    }

    private void densityStripAndEventsAgree(Page page) {
        page.navigate(url("/timeline?from=2020-09-01&to=2020-09-05"));
        Locator lavrov = page.locator(".vis-item.vis-point")
                .filter(new Locator.FilterOptions().setHasText("Lavrov and Makei"))
                .first();
        lavrov.waitFor();

        // 2 September is the busiest day of the window: its bar is the tallest and starts where that day starts.
        // The strip is redrawn whenever the chart lays out; wait until both are drawn and agree, or time out.
        String tallestBarStarts = """
                canvas => {
                  if (!canvas.width || !canvas.height) return NaN;
                  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  const top = x => { for (let y = 0; y < canvas.height; y++) if (data[(y * canvas.width + x) * 4 + 3] > 0) return y; return canvas.height; };
                  let best = 0;
                  for (let x = 0; x < canvas.width; x++) if (top(x) < top(best)) best = x;
                  return top(best) === canvas.height ? NaN : canvas.getBoundingClientRect().left + best / (canvas.width / canvas.clientWidth);
                }""";
        String dayStarts = "dot => { const r = dot.getBoundingClientRect(); return r.left + r.width / 2; }";
        page.waitForFunction(
                "([canvas, dot]) => Math.abs((" + tallestBarStarts + ")(canvas) - (" + dayStarts + ")(dot)) <= 4",
                java.util.List.of(
                        page.locator(".vt-density").elementHandle(),
                        lavrov.locator(".vis-dot").elementHandle()));
        double bar = ((Number) page.locator(".vt-density").evaluate(tallestBarStarts)).doubleValue();
        double day = ((Number) lavrov.locator(".vis-dot").evaluate(dayStarts)).doubleValue();
        assertThat(bar).isCloseTo(day, org.assertj.core.data.Offset.offset(4.0));
    }

    @Test
    void a_permalink_opened_directly_cites_its_sources_in_each_format() {
        // The permalink is the page's first load: nothing the timeline loads is defined in the browser yet.
        page.navigate(url("/events/" + idOf("Mishustin visits")));

        page.locator(".cite-button").click();

        Locator dialog = page.locator("vaadin-dialog-overlay[opened]");
        assertThat(dialog).containsText("Cite the sources of this event");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("BibTeX"))
                .click();
        assertThat(page.locator(".citation-bib textarea")).isVisible();
        assertThat(page.locator(".citation-bib textarea")).hasValue(Pattern.compile("^@.*Mishustin", Pattern.DOTALL));
    }

    @Test
    void a_deep_link_reproduces_the_same_view_after_reload() {
        long election = idOf("Presidential election in Belarus");
        page.navigate(url("/timeline?from=2020-08-01&to=2020-09-30&event=" + election));
        assertThat(page.locator(".event-detail")).containsText("Presidential election in Belarus");

        page.reload();

        assertThat(page.locator(".event-detail")).containsText("Presidential election in Belarus");
        assertThat(page.locator("vaadin-date-picker").first().locator("input")).hasValue("2020-08-01");
        assertThat(events().filter(new Locator.FilterOptions().setHasText("Lavrov and Makei"))
                        .first())
                .isVisible();
    }

    @Test
    void the_chronology_search_for_mishustin_finds_the_3_september_2020_visit() {
        page.navigate(url("/chronology"));
        page.getByText("Filters", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("vaadin-text-field input").first().fill("Mishustin");
        page.keyboard().press("Enter");

        Locator grid = page.locator("vaadin-grid");
        assertThat(grid).containsText("Russian Prime Minister Mishustin visits Minsk");
        assertThat(grid).containsText("3 September 2020");
    }

    @Test
    void story_mode_steps_with_the_arrow_keys_and_each_step_has_its_address() {
        var events = chronology.slice(EventQuery.window(null, null, "Lukashenko"), 0, 2);
        page.navigate(url("/story?q=Lukashenko"));
        assertThat(page.locator("h2:visible").first()).hasText(events.get(0).title());

        page.keyboard().press("ArrowRight");

        assertThat(page.locator("h2:visible").first()).hasText(events.get(1).title());
        assertThat(page).hasURL(Pattern.compile(".*event=" + events.get(1).id() + ".*"));
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("story.png")));
        page.goBack();
        assertThat(page.locator("h2:visible").first()).hasText(events.get(0).title());
    }

    @Test
    void an_actor_page_lists_their_events_and_leads_to_the_timeline_narrowed_to_them() {
        long lukashenko = chronology.actorCalled("Lukashenka").orElseThrow().id();
        page.navigate(url("/actors/" + lukashenko));
        assertThat(page.locator("h2:visible").first()).hasText("Alexander Lukashenko");
        assertThat(page.getByText("Lukashenka").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("actor.png")));

        page.locator("a[href*='timeline?actor=" + lukashenko + "']").first().click();

        assertThat(page).hasURL(Pattern.compile(".*/timeline\\?.*actor=" + lukashenko + ".*"));
        events().first().waitFor();
    }

    /** The minor axis's labels that hold a text, left to right: text, edges, and whether the text is cut off. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> minorLabels() {
        return (List<Map<String, Object>>) page.locator(".vis-time-axis .vis-text.vis-minor:not(.vis-measure)")
                .evaluateAll("""
                        labels => labels.filter(l => l.textContent.trim())
                          .map(l => ({ text: l.textContent.trim(), left: l.getBoundingClientRect().left,
                                       right: l.getBoundingClientRect().right, cut: l.scrollWidth > l.clientWidth }))
                          .sort((a, b) => a.left - b.left)""");
    }

    private static final String DAY_NUMBERS_ON_THE_AXIS =
            "() => [...document.querySelectorAll('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')]"
                    + ".some(l => /^\\d{1,2}$/.test(l.textContent.trim()))";

    @Test
    void a_window_of_three_months_has_day_numbers_on_the_axis_none_cut_off_or_overlapping() {
        page.navigate(url("/timeline?from=2020-09-01&to=2020-11-30"));
        events().first().waitFor();
        page.waitForFunction(DAY_NUMBERS_ON_THE_AXIS);

        List<Map<String, Object>> labels = minorLabels();

        assertThat(labels).hasSizeGreaterThanOrEqualTo(15);
        assertThat(labels).allSatisfy(label -> {
            assertThat((String) label.get("text")).matches("\\d{1,2}");
            assertThat(label.get("cut"))
                    .as("label %s cut off", label.get("text"))
                    .isEqualTo(false);
        });
        for (int i = 1; i < labels.size(); i++) {
            assertThat(((Number) labels.get(i).get("left")).doubleValue())
                    .isGreaterThanOrEqualTo(((Number) labels.get(i - 1).get("right")).doubleValue() - 0.5);
        }
        assertThat(page.locator(".vis-time-axis .vis-text.vis-major:not(.vis-measure)")
                        .first())
                .hasText(Pattern.compile("\\w+ 2020"));
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("axis-days.png")));

        page.navigate(url("/timeline?from=2016-01-01&to=2023-12-31"));
        events().first().waitFor();
        page.waitForFunction("() => !(" + DAY_NUMBERS_ON_THE_AXIS + ")()");
        assertThat(minorLabels())
                .noneSatisfy(label -> assertThat((String) label.get("text")).matches("\\d{1,2}"));
    }

    @Test
    void on_a_phone_a_tapped_event_opens_its_detail_inside_the_screen_and_it_closes() {
        useAPhone();
        page.navigate(url("/timeline?from=2020-09-01&to=2020-09-06"));
        Locator mishustin = events().filter(new Locator.FilterOptions().setHasText("Mishustin visits Minsk"))
                .first();

        mishustin.tap();

        Locator sheet = page.locator(".detail-box");
        assertThat(sheet).containsText("Russian Prime Minister Mishustin visits Minsk");
        page.waitForFunction(
                "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth; }",
                sheet.elementHandle());
        BoundingBox box = sheet.boundingBox();
        assertThat(box.y).isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).isLessThanOrEqualTo(844);
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("phone-detail.png")));

        sheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close the detail"))
                .tap();

        assertThat(sheet).isHidden();
        assertThat(page).not().hasURL(Pattern.compile(".*event=.*"));
    }

    @Test
    void a_reader_s_pages_open_no_push_connection() {
        List<String> pushes = new ArrayList<>();
        page.onWebSocket(socket -> pushes.add(socket.url()));
        page.onRequest(request -> {
            if (request.url().matches("(?i).*(VAADIN/push|vaadinPush|atmosphere).*")) {
                pushes.add(request.url());
            }
        });
        long event = idOf("Mishustin visits");
        long lukashenko = chronology.actorCalled("Lukashenka").orElseThrow().id();

        page.navigate(url("/timeline"));
        events().first().click();
        assertThat(page.locator(".event-detail")).isVisible();
        page.navigate(url("/chronology"));
        page.locator("vaadin-grid").waitFor();
        page.navigate(url("/events/" + event));
        page.locator(".event-detail").waitFor();
        page.navigate(url("/articles/rferl-russian-pm-in-minsk-2020-09-03"));
        page.locator(".article-text p").first().waitFor();
        page.navigate(url("/actors/" + lukashenko));
        assertThat(page.locator("h2:visible").first()).hasText("Alexander Lukashenko");
        page.navigate(url("/story"));
        assertThat(page.locator("#story-position")).hasText(Pattern.compile("1 of \\d+"));

        assertThat(pushes).isEmpty();
    }
}
