package org.brtimeline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.chronology.ActorKind;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.DateBasis;
import org.brtimeline.chronology.DateBucket;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventStatus;
import org.brtimeline.timeline.TimelineWindow;
import org.junit.jupiter.api.Test;

class TimelineItemsTest {

    private static EventDetails event(
            long id,
            String start,
            String end,
            String earliest,
            String latest,
            String precision,
            String qualifier,
            String label) {
        return new EventDetails(
                id,
                "Event " + id,
                null,
                LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                LocalDate.parse(earliest),
                LocalDate.parse(latest),
                DatePrecision.valueOf(precision.toUpperCase()),
                qualifier == null ? null : DateQualifier.valueOf(qualifier.toUpperCase()),
                label,
                null,
                DateBasis.STATED,
                null,
                Category.POLITICS,
                EventStatus.PUBLISHED,
                List.of(
                        new EventDetails.ActorRef(7, "Belarus", ActorKind.STATE),
                        new EventDetails.ActorRef(8, "Russia", ActorKind.STATE)),
                List.of(),
                List.of(),
                0);
    }

    private static TimelineWindow windowOf(EventDetails... events) {
        return new TimelineWindow(events.length, List.of(events), List.of(), List.of());
    }

    @Test
    void a_single_day_is_a_point() {
        var item = TimelineItems.items(
                        windowOf(
                                event(1, "2020-08-09", null, "2020-08-09", "2020-08-09", "day", null, "9 August 2020")),
                        TimelineItems.Lanes.CATEGORY)
                .get(0);

        assertThat(item.type()).isEqualTo("point");
        assertThat(item.className()).isEqualTo("cat-politics");
        assertThat(item.group()).isEqualTo("politics");
    }

    @Test
    void a_range_of_days_is_a_range_ending_after_its_last_day() {
        var item = TimelineItems.items(
                        windowOf(event(
                                2,
                                "2023-04-26",
                                "2023-04-28",
                                "2023-04-26",
                                "2023-04-28",
                                "day",
                                null,
                                "26–28 April 2023")),
                        TimelineItems.Lanes.CATEGORY)
                .get(0);

        assertThat(item.type()).isEqualTo("range");
        assertThat(item.start()).isEqualTo(LocalDate.of(2023, 4, 26));
        assertThat(item.end()).isEqualTo(LocalDate.of(2023, 4, 29));
        assertThat(item.className()).doesNotContain("fuzzy");
    }

    @Test
    void a_fuzzy_date_spans_every_possible_day_dashed_and_labelled_with_its_wording() {
        var item = TimelineItems.items(
                        windowOf(event(
                                3,
                                "2022-11-01",
                                null,
                                "2022-11-21",
                                "2022-11-30",
                                "month",
                                "late",
                                "late November 2022")),
                        TimelineItems.Lanes.CATEGORY)
                .get(0);

        assertThat(item.type()).isEqualTo("range");
        assertThat(item.className()).contains("fuzzy");
        assertThat(item.start()).isEqualTo(LocalDate.of(2022, 11, 21));
        assertThat(item.end()).isEqualTo(LocalDate.of(2022, 12, 1));
        assertThat(item.content()).startsWith("late November 2022 · ");
    }

    @Test
    void actor_lanes_show_an_event_once_per_actor() {
        TimelineWindow window =
                windowOf(event(4, "2020-08-09", null, "2020-08-09", "2020-08-09", "day", null, "9 August 2020"));

        assertThat(TimelineItems.items(window, TimelineItems.Lanes.ACTOR))
                .extracting(VisTimeline.Item::group)
                .containsExactly("a7", "a8");
        assertThat(TimelineItems.groups(window, TimelineItems.Lanes.ACTOR))
                .extracting(VisTimeline.Group::content)
                .containsExactly("Belarus", "Russia");
    }

    @Test
    void only_lanes_that_hold_an_event_of_the_window_are_shown() {
        TimelineWindow window =
                windowOf(event(4, "2020-08-09", null, "2020-08-09", "2020-08-09", "day", null, "9 August 2020"));

        assertThat(TimelineItems.groups(window, TimelineItems.Lanes.CATEGORY))
                .extracting(VisTimeline.Group::id)
                .containsExactly("politics");
    }

    @Test
    void clusters_say_how_many_events_they_hold_and_zoom_in() {
        var cluster = new DateBucket(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30), 37);
        TimelineWindow window = new TimelineWindow(37, List.of(), List.of(cluster), List.of(cluster));

        var item = TimelineItems.items(window, TimelineItems.Lanes.CATEGORY).get(0);

        assertThat(item.content()).isEqualTo("37 events");
        assertThat(item.cluster()).isTrue();
        assertThat(item.end()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(TimelineItems.groups(window, TimelineItems.Lanes.CATEGORY)).isEmpty();
    }
}
