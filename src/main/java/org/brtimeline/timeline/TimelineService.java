package org.brtimeline.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.brtimeline.chronology.BucketSize;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.DateBucket;
import org.brtimeline.chronology.EventQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the timeline shows for a window: the events when few enough match, otherwise counts per
 * period drawn as clusters, and always the density strip. Counting happens in the database.
 */
@Service
public class TimelineService {

    private final ChronologyService chronology;

    TimelineService(ChronologyService chronology) {
        this.chronology = chronology;
    }

    /** Years for windows over 15 years, months over 9 months, days below. */
    public static BucketSize bucketSizeFor(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days > 15 * 365 ? BucketSize.YEAR : days > 270 ? BucketSize.MONTH : BucketSize.DAY;
    }

    /**
     * The timeline's view of a window ({@code query} must have from and to): the events when at most
     * {@code maxEvents} match, otherwise counts per period to show as clusters; always the density.
     * A window of at most two days always shows its events: there is nothing left to zoom into.
     */
    @Transactional(readOnly = true)
    public TimelineWindow window(EventQuery query, int maxEvents) {
        if (query.from() == null || query.to() == null) {
            throw new IllegalArgumentException("a timeline window needs both from and to");
        }
        BucketSize size = bucketSizeFor(query.from(), query.to());
        List<DateBucket> density = chronology.countPer(query, size);
        long total = density.stream().mapToLong(DateBucket::count).sum();
        boolean canZoomIn = size != BucketSize.DAY || ChronoUnit.DAYS.between(query.from(), query.to()) > 2;
        if (total > maxEvents && canZoomIn) {
            return new TimelineWindow(total, List.of(), density, density);
        }
        return new TimelineWindow(total, chronology.slice(query, 0, maxEvents), List.of(), density);
    }

    /**
     * The overview of all matching events: their extent and how many start in each month of it (each
     * year when they span more than 50 years). Empty when none match.
     */
    @Transactional(readOnly = true)
    public Optional<Overview> overview(EventQuery query) {
        return chronology.extent(query).map(extent -> {
            BucketSize size =
                    ChronoUnit.YEARS.between(extent.start(), extent.end()) > 50 ? BucketSize.YEAR : BucketSize.MONTH;
            List<DateBucket> counts = chronology.countPer(query, size);
            // Whole periods: the strip starts where the first counted period starts.
            LocalDate start = counts.isEmpty() ? extent.start() : counts.get(0).start();
            return new Overview(new DateBucket(start, extent.end(), extent.count()), counts);
        });
    }

    /** The first and last possible day of all matching events, to fit the first window; empty when none match. */
    @Transactional(readOnly = true)
    public Optional<DateBucket> extent(EventQuery query) {
        return chronology.extent(query);
    }
}
