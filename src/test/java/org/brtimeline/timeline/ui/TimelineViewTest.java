package org.brtimeline.timeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.IntegrationTest;
import org.brtimeline.TestCorpus;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class TimelineViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ChronologyService chronology;

    @Autowired
    org.brtimeline.timeline.TimelineService timelines;

    @BeforeEach
    void open() {
        BrowserlessUi.openAnonymously(context);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    private long idOf(String text) {
        return chronology
                .search(EventQuery.window(null, null, text), 0, 1)
                .items()
                .get(0)
                .id();
    }

    @Test
    void the_home_page_is_the_timeline_showing_every_event() {
        UI.getCurrent().navigate("");

        TimelineView view = _get(TimelineView.class);
        assertThat(view.status.getText()).isEqualTo(TestCorpus.curatedEvents() + " events in view");
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
}
