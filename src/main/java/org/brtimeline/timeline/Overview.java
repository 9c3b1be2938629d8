package org.brtimeline.timeline;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.brtimeline.chronology.DateBucket;

/** All matching events at a glance: the days they span ({@code extent}, with their number) and how many start in each period. */
public record Overview(DateBucket extent, List<DateBucket> counts) {

    /** The share of the matching events that the first window shows: the story, not the outliers. */
    static final double DENSE_SHARE = 0.8;

    public Overview {
        counts = List.copyOf(counts);
    }

    /**
     * Where the events are dense: the shortest run of whole periods (months, or years over a very long
     * span) that holds at least {@link #DENSE_SHARE} of them, by the period of their earliest possible
     * day, so that a few old events do not squeeze the story into a corner of the first view.
     */
    public Optional<DateBucket> dense() {
        long total = counts.stream().mapToLong(DateBucket::count).sum();
        if (total == 0) {
            return Optional.empty();
        }
        long needed = (long) Math.ceil(total * DENSE_SHARE);
        DateBucket best = null;
        long inRun = 0;
        for (int first = 0, last = 0; last < counts.size(); last++) {
            inRun += counts.get(last).count();
            while (inRun - counts.get(first).count() >= needed) {
                inRun -= counts.get(first++).count();
            }
            if (inRun >= needed) {
                DateBucket run = new DateBucket(
                        counts.get(first).start(), counts.get(last).end(), inRun);
                if (best == null
                        || ChronoUnit.DAYS.between(run.start(), run.end())
                                < ChronoUnit.DAYS.between(best.start(), best.end())) {
                    best = run;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
