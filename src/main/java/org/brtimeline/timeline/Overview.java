package org.brtimeline.timeline;

import java.util.List;
import org.brtimeline.chronology.DateBucket;

/** All matching events at a glance: the days they span ({@code extent}, with their number) and how many start in each period. */
public record Overview(DateBucket extent, List<DateBucket> counts) {

    public Overview {
        counts = List.copyOf(counts);
    }
}
