package org.brtimeline.timeline.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.DateBucket;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.timeline.TimelineWindow;

/**
 * Turns a window of the chronology into timeline items: single days as points, day ranges as
 * ranges, fuzzy dates as dashed spans from the earliest to the latest possible day labelled with
 * their wording, and clusters as "37 events" spans. Lanes are categories or actors.
 */
final class TimelineItems {

    enum Lanes {
        CATEGORY,
        ACTOR
    }

    private TimelineItems() {}

    static List<VisTimeline.Item> items(TimelineWindow window, Lanes lanes) {
        List<VisTimeline.Item> items = new ArrayList<>();
        for (DateBucket cluster : window.clusters()) {
            String count = cluster.count() + (cluster.count() == 1 ? " event" : " events");
            items.add(new VisTimeline.Item(
                    ItemId.cluster(cluster.start()).toString(),
                    count,
                    count + ", " + cluster.start() + " to " + cluster.end() + ": press Enter to zoom in",
                    cluster.start(),
                    cluster.end().plusDays(1),
                    "range",
                    null,
                    "cluster",
                    true));
        }
        for (EventDetails event : window.events()) {
            if (lanes == Lanes.ACTOR && !event.actors().isEmpty()) {
                event.actors()
                        .forEach(actor -> items.add(item(
                                event,
                                ItemId.eventInLane(event.id(), actor.id()).toString(),
                                "a" + actor.id())));
            } else {
                items.add(item(
                        event,
                        ItemId.event(event.id()).toString(),
                        lanes == Lanes.CATEGORY ? event.category().code() : "none"));
            }
        }
        return items;
    }

    /** A point for a day, a bar for a range of days, a dashed bar over every possible day for a fuzzy date. */
    private static VisTimeline.Item item(EventDetails event, String id, String group) {
        boolean fuzzy = event.fuzzy();
        String className = "cat-" + event.category().code() + (fuzzy ? " fuzzy" : "");
        String description = event.label() + " · " + event.title();
        if (fuzzy) {
            return new VisTimeline.Item(
                    id,
                    description,
                    description,
                    event.earliest(),
                    event.latest().plusDays(1),
                    "range",
                    group,
                    className,
                    false);
        }
        if (event.end() != null) {
            return new VisTimeline.Item(
                    id,
                    event.title(),
                    description,
                    event.start(),
                    event.end().plusDays(1),
                    "range",
                    group,
                    className,
                    false);
        }
        return new VisTimeline.Item(
                id, event.title(), description, event.start(), null, "point", group, className, false);
    }

    static List<VisTimeline.Group> groups(TimelineWindow window, Lanes lanes) {
        if (!window.clusters().isEmpty()) {
            return List.of();
        }
        // Only lanes that hold an event of the window: an empty lane is noise.
        if (lanes == Lanes.CATEGORY) {
            var present =
                    window.events().stream().map(EventDetails::category).collect(java.util.stream.Collectors.toSet());
            return Arrays.stream(Category.values())
                    .filter(present::contains)
                    .map(c -> new VisTimeline.Group(c.code(), c.label(), c.ordinal(), "cat-" + c.code()))
                    .toList();
        }
        List<VisTimeline.Group> groups = new ArrayList<>();
        window.events().stream()
                .flatMap(e -> e.actors().stream())
                .distinct()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(a -> groups.add(new VisTimeline.Group("a" + a.id(), a.name(), groups.size(), "actor")));
        if (window.events().stream().anyMatch(e -> e.actors().isEmpty())) {
            groups.add(new VisTimeline.Group("none", "no actor", groups.size(), "actor"));
        }
        return groups;
    }

    static List<VisTimeline.Density> density(TimelineWindow window) {
        return window.density().stream()
                .map(b -> new VisTimeline.Density(b.start(), b.end(), b.count()))
                .toList();
    }

    /** The line above the chart: how many events the window holds, and what a cluster is for. */
    static String inView(TimelineWindow shown) {
        return shown.clustered()
                ? shown.total() + " events in view: click a cluster to zoom in"
                : shown.total() + (shown.total() == 1 ? " event" : " events") + " in view";
    }
}
