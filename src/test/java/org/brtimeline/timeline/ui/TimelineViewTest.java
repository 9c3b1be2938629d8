package org.brtimeline.timeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.brtimeline.AnonymousReader;
import org.brtimeline.IntegrationTest;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ExtendWith(AnonymousReader.class)
class TimelineViewTest {

    @Autowired
    ChronologyService chronology;

    @Autowired
    org.brtimeline.timeline.TimelineService timelines;

    private long idOf(String text) {
        return chronology
                .search(EventQuery.window(null, null, text), 0, 1, org.brtimeline.chronology.EventOrder.BEST_MATCH)
                .items()
                .get(0)
                .id();
    }

    private static TimelineView open(String query) {
        UI.getCurrent().navigate("timeline", com.vaadin.flow.router.QueryParameters.fromString(query));
        return _get(TimelineView.class);
    }

    @Test
    void the_home_page_opens_where_the_events_are_dense_and_fit_all_shows_every_one() {
        UI.getCurrent().navigate("");
        TimelineView view = _get(TimelineView.class);
        long all = chronology.count(EventQuery.everything());
        long inFirstView =
                chronology.count(EventQuery.window(view.filters.from.getValue(), view.filters.to.getValue(), null));

        assertThat(view.status.getText()).isEqualTo(inFirstView + " events in view");
        assertThat(inFirstView)
                .isGreaterThanOrEqualTo((long) Math.ceil(all * 0.8))
                .isLessThan(all);
        assertThat(view.filters.from.getValue()).isAfter(LocalDate.of(2019, 6, 1));
        assertThat(view.detail.isVisible()).isFalse();

        view.zoom.fitAll.click();

        assertThat(view.status.getText()).isEqualTo(all + " events in view");
        assertThat(view.filters.from.getValue()).isBefore(LocalDate.of(1994, 1, 1));
    }

    @Test
    void zooming_in_halves_the_window_around_its_centre_and_zooming_out_doubles_it() {
        TimelineView view = open("from=2020-08-01&to=2020-09-30");

        view.zoom.zoomIn.click();

        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.of(2020, 8, 16));
        assertThat(view.filters.to.getValue()).isEqualTo(LocalDate.of(2020, 9, 15));
        long inView = chronology.count(EventQuery.window(LocalDate.of(2020, 8, 16), LocalDate.of(2020, 9, 15), null));
        assertThat(view.status.getText()).isEqualTo(inView + " events in view");

        view.zoom.zoomOut.click();

        assertThat(java.time.temporal.ChronoUnit.DAYS.between(view.filters.from.getValue(), view.filters.to.getValue())
                        + 1)
                .isEqualTo(62);
    }

    @Test
    void a_legend_entry_hides_its_category_and_shows_it_again() {
        TimelineView view = open("from=2020-08-01&to=2020-09-30");
        var august = EventQuery.window(LocalDate.of(2020, 8, 1), LocalDate.of(2020, 9, 30), null);
        var withoutDiplomacy = new EventQuery(
                august.from(),
                august.to(),
                null,
                null,
                java.util.EnumSet.complementOf(java.util.EnumSet.of(org.brtimeline.chronology.Category.DIPLOMACY)),
                null,
                false);

        view.legend.entries.get(org.brtimeline.chronology.Category.DIPLOMACY).click();

        assertThat(chronology.count(withoutDiplomacy)).isLessThan(chronology.count(august));
        assertThat(view.status.getText()).isEqualTo(chronology.count(withoutDiplomacy) + " events in view");
        assertThat(view.legend
                        .entries
                        .get(org.brtimeline.chronology.Category.DIPLOMACY)
                        .getElement()
                        .getAttribute("aria-pressed"))
                .isEqualTo("false");

        view.legend.entries.get(org.brtimeline.chronology.Category.DIPLOMACY).click();

        assertThat(view.status.getText()).isEqualTo(chronology.count(august) + " events in view");
    }

    @Test
    void the_detail_steps_to_the_next_and_previous_event_in_date_order_and_closes() {
        long mishustin = idOf("Mishustin visits");
        UI.getCurrent().navigate("timeline", com.vaadin.flow.router.QueryParameters.fromString("event=" + mishustin));
        TimelineView view = _get(TimelineView.class);
        var next =
                chronology.neighbour(EventQuery.everything(), mishustin, true).orElseThrow();

        view.detailBox.next.click();

        assertThat(view.detail.shownTitle()).isEqualTo(next.title());
        assertThat(next.earliest()).isAfterOrEqualTo(LocalDate.of(2020, 9, 3));

        view.detailBox.previous.click();

        assertThat(view.detail.shownTitle()).isEqualTo("Russian Prime Minister Mishustin visits Minsk");

        view.detailBox.close.click();

        assertThat(view.detailBox.isVisible()).isFalse();
        assertThat(view.detail.isVisible()).isFalse();
    }

    @Test
    void a_deep_link_restores_the_window_the_filters_and_the_open_event() {
        long mishustin = idOf("Mishustin visits");

        UI.getCurrent()
                .navigate(
                        "timeline",
                        com.vaadin.flow.router.QueryParameters.fromString(
                                "from=2020-08-01&to=2020-09-30&category=diplomacy&event=" + mishustin));

        TimelineView view = _get(TimelineView.class);
        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(view.filters.to.getValue()).isEqualTo(LocalDate.of(2020, 9, 30));
        long diplomacy = chronology.count(new EventQuery(
                LocalDate.of(2020, 8, 1),
                LocalDate.of(2020, 9, 30),
                null,
                null,
                java.util.Set.of(org.brtimeline.chronology.Category.DIPLOMACY),
                null,
                false));
        assertThat(diplomacy)
                .isPositive()
                .isLessThan(
                        chronology.count(EventQuery.window(LocalDate.of(2020, 8, 1), LocalDate.of(2020, 9, 30), null)));
        assertThat(view.status.getText()).isEqualTo(diplomacy + " events in view");
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detail.shownTitle()).isEqualTo("Russian Prime Minister Mishustin visits Minsk");
    }

    @Test
    void moving_the_window_loads_only_the_events_in_it() {
        UI.getCurrent().navigate("timeline");
        TimelineView view = _get(TimelineView.class);

        ComponentUtil.fireEvent(
                view.timeline,
                new VisTimeline.RangeChangeEvent(
                        view.timeline,
                        true,
                        VisTimeline.millis(LocalDate.of(2022, 10, 1)),
                        // The browser gives the window's end exclusive: midnight after its last day.
                        VisTimeline.millis(LocalDate.of(2023, 1, 1))));

        long inWindow =
                chronology.count(EventQuery.window(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31), null));
        assertThat(inWindow).isPositive().isLessThan(chronology.count(EventQuery.everything()));
        assertThat(view.status.getText()).isEqualTo(inWindow + " events in view");
        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(view.filters.to.getValue()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void selecting_an_event_opens_its_detail_with_every_piece_of_evidence() {
        UI.getCurrent().navigate("timeline");
        TimelineView view = _get(TimelineView.class);
        long election = idOf("Presidential election in Belarus");

        ComponentUtil.fireEvent(view.timeline, new VisTimeline.SelectEvent(view.timeline, true, "e" + election));

        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detail.shownTitle()).isEqualTo("Presidential election in Belarus");
    }

    @Test
    void a_crowded_window_comes_back_as_counts_per_period() {
        var window = timelines.window(
                new EventQuery(LocalDate.of(1990, 1, 1), LocalDate.of(2025, 1, 1), null, null, null, null, false), 5);

        assertThat(window.clustered()).isTrue();
        assertThat(window.total()).isEqualTo(chronology.count(EventQuery.everything()));
        assertThat(window.clusters())
                .extracting(b -> b.start().getYear())
                .contains(1994, 1999, 2014, 2019, 2020, 2022, 2023);
        assertThat(window.clusters().stream().mapToLong(b -> b.count()).sum()).isEqualTo(window.total());
    }

    @Test
    void a_search_looks_beyond_the_window_and_moves_it_to_the_matches_in_any_spelling() {
        TimelineView view = open("from=2020-08-01&to=2020-09-30");
        long makey = chronology.count(EventQuery.window(null, null, "Makey"));

        view.filters.text.setValue("Makey");

        assertThat(makey)
                .isEqualTo(chronology.count(EventQuery.window(null, null, "Makei")))
                .isGreaterThan(1);
        assertThat(chronology
                        .search(
                                EventQuery.window(null, null, "Makey"),
                                0,
                                100,
                                org.brtimeline.chronology.EventOrder.BEST_MATCH)
                        .items())
                .extracting(e -> e.title())
                .contains("Belarusian Foreign Minister Vladimir Makei dies unexpectedly");
        long shown = chronology.count(new EventQuery(
                view.filters.from.getValue(), view.filters.to.getValue(), "Makey", null, null, null, false));
        assertThat(view.status.getText()).isEqualTo(shown + (shown == 1 ? " event" : " events") + " in view");
        assertThat(view.filters.to.getValue()).isAfter(LocalDate.of(2022, 11, 30));
    }

    @Test
    void the_detail_marks_what_was_searched_in_every_spelling() {
        long visit = idOf("one-day working visit");
        UI.getCurrent()
                .navigate("timeline", com.vaadin.flow.router.QueryParameters.fromString("q=Lukashenka&event=" + visit));
        TimelineView view = _get(TimelineView.class);

        var marks = com.github.mvysny.kaributesting.v10.LocatorJ._find(
                view.detail, org.brtimeline.base.ui.SearchHits.Mark.class);

        assertThat(marks).isNotEmpty();
        assertThat(marks)
                .allSatisfy(mark -> assertThat(mark.getElement().getText()).matches("(?i)(alexander )?lukashenk[oa]"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        view.detail,
                        com.vaadin.flow.component.html.Anchor.class,
                        spec -> spec.withText("Read in article")))
                .isNotEmpty()
                .allSatisfy(read -> assertThat(read.getHref())
                        .contains("?evidence=")
                        .contains("&q=")
                        .containsIgnoringCase("lukashenk"));
    }

    @Test
    void an_address_wider_than_the_chart_draws_shows_the_widest_window_and_says_so_in_the_address_too() {
        TimelineView view = open("from=1000-01-01&to=9999-12-31");

        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.of(1940, 1, 16));
        assertThat(view.filters.to.getValue()).isEqualTo(LocalDate.of(2059, 12, 16));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("timeline?from=1940-01-16&to=2059-12-16");
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("The timeline draws 3 days to 120 years between 1900 and 2099:"
                        + " it shows 1940-01-16 to 2059-12-16.");
    }

    @Test
    void at_the_widest_window_zoom_out_is_off_and_at_the_narrowest_zoom_in() {
        TimelineView view = open("from=1940-01-16&to=2059-12-16");
        assertThat(view.zoom.zoomOut.isEnabled()).isFalse();
        assertThat(view.zoom.zoomIn.isEnabled()).isTrue();

        view = open("from=2020-08-08&to=2020-08-10");
        assertThat(view.zoom.zoomIn.isEnabled()).isFalse();
        view.zoom.zoomOut.click();
        assertThat(view.zoom.zoomIn.isEnabled()).isTrue();
    }

    @Test
    void an_address_of_a_single_day_shows_three_days_around_it() {
        TimelineView view = open("from=2020-08-09&to=2020-08-09");

        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.of(2020, 8, 8));
        assertThat(view.filters.to.getValue()).isEqualTo(LocalDate.of(2020, 8, 10));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("timeline?from=2020-08-08&to=2020-08-10");
    }

    @Test
    void out_of_range_and_reversed_windows_in_the_address_open_the_pages_as_if_absent() {
        for (String route : new String[] {"timeline", "chronology", "story"}) {
            for (String query : new String[] {"from=%2B500000000-01-01", "from=2021-01-01&to=2020-01-01"}) {
                UI.getCurrent().navigate(route, com.vaadin.flow.router.QueryParameters.fromString(query));

                assertThat(UI.getCurrent()
                                .getInternals()
                                .getActiveViewLocation()
                                .getPath())
                        .as(route + "?" + query)
                        .isEqualTo(route);
            }
        }
    }
}
