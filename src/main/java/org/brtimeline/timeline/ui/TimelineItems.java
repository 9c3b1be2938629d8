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
            items.add(new VisTimeline.Item(
                    ItemId.cluster(cluster.start()).toString(),
                    cluster.count() + (cluster.count() == 1 ? " event" : " events"),
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

    private static VisTimeline.Item item(EventDetails event, String id, String group) {
        boolean fuzzy = event.fuzzy();
        String className = "cat-" + event.category().code() + (fuzzy ? " fuzzy" : "");
        if (fuzzy) {
            return new VisTimeline.Item(
                    id,
                    event.label() + " · " + event.title(),
                    event.earliest(),
                    event.latest().plusDays(1),
                    "range",
                    group,
                    className,
                    false);
        }
        if (event.end() != null) {
            return new VisTimeline.Item(
                    id, event.title(), event.start(), event.end().plusDays(1), "range", group, className, false);
        }
        return new VisTimeline.Item(id, event.title(), event.start(), null, "point", group, className, false);
    }

    static List<VisTimeline.Group> groups(TimelineWindow window, Lanes lanes) {
        if (!window.clusters().isEmpty()) {
            return List.of();
        }
        if (lanes == Lanes.CATEGORY) {
            return Arrays.stream(Category.values())
                    .map(c -> new VisTimeline.Group(c.code(), c.code(), c.ordinal(), "cat-" + c.code()))
                    .toList();
        }
        List<VisTimeline.Group> groups = new ArrayList<>();
        window.events().stream()
                .flatMap(e -> e.actors().stream())
                .distinct()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(a -> groups.add(new VisTimeline.Group("a" + a.id(), a.name(), groups.size(), "actor")));
        groups.add(new VisTimeline.Group("none", "no actor", groups.size(), "actor"));
        return groups;
    }

    static List<VisTimeline.Density> density(TimelineWindow window) {
        return window.density().stream()
                .map(b -> new VisTimeline.Density(b.start(), b.end(), b.count()))
                .toList();
    }
}
