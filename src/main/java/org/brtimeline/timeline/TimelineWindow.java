package org.brtimeline.timeline;

import java.util.List;
import org.brtimeline.chronology.DateBucket;
import org.brtimeline.chronology.EventDetails;

/**
 * What the timeline shows for a window: the events themselves when there are few enough,
 * otherwise per-period counts ({@code clusters}); and always the {@code density} per period.
 */
public record TimelineWindow(
        long total, List<EventDetails> events, List<DateBucket> clusters, List<DateBucket> density) {

    public boolean clustered() {
        return !clusters.isEmpty();
    }
}
