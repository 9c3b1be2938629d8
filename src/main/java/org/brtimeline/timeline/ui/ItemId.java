package org.brtimeline.timeline.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of a timeline item, written and parsed here only: {@code e12} is event 12, {@code e12@3}
 * the same event in actor 3's lane (an event with several actors shows once per lane), and
 * {@code c2020-09-01} the cluster that starts on that day.
 */
record ItemId(Long eventId, Long actorId, LocalDate clusterStart) {

    private static final Pattern EVENT = Pattern.compile("e(\\d{1,18})(?:@(\\d{1,18}))?");

    static ItemId event(long eventId) {
        return new ItemId(eventId, null, null);
    }

    static ItemId eventInLane(long eventId, long actorId) {
        return new ItemId(eventId, actorId, null);
    }

    static ItemId cluster(LocalDate start) {
        return new ItemId(null, null, start);
    }

    /** The event an item id names, lane or not; empty for a cluster or anything else. */
    static Optional<Long> eventIn(String id) {
        Matcher m = id == null ? null : EVENT.matcher(id);
        return m != null && m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    @Override
    public String toString() {
        if (clusterStart != null) {
            return "c" + clusterStart;
        }
        return "e" + eventId + (actorId == null ? "" : "@" + actorId);
    }
}
