package org.brtimeline.timeline.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.brtimeline.chronology.DateBucket;
import org.brtimeline.chronology.EventDetails;

/** The arithmetic of timeline windows (both days included); labels run to the right of their event, so windows leave room there. */
record Windows(LocalDate from, LocalDate to) {

    /** The narrowest window the chart allows. */
    static final int MIN_DAYS = 3;

    /** A window around the days of {@code extent}, with a margin on the left and a wider one on the right for the labels. */
    static Windows fitting(DateBucket extent) {
        long span = ChronoUnit.DAYS.between(extent.start(), extent.end());
        return new Windows(
                extent.start().minusDays(Math.max(15, span / 20)), extent.end().plusDays(Math.max(30, span / 4)));
    }

    /** A window that shows the event with its neighbours. */
    static Windows around(EventDetails event) {
        long margin = Math.max(30, ChronoUnit.DAYS.between(event.earliest(), event.latest()));
        return new Windows(event.earliest().minusDays(margin), event.latest().plusDays(2 * margin));
    }

    /** The same centre, {@code factor} times as wide (below 1 zooms in), never narrower than {@link #MIN_DAYS}. */
    Windows zoomed(double factor) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long wider = Math.max(MIN_DAYS, Math.round(days * factor));
        LocalDate centre = from.plusDays(days / 2);
        LocalDate start = centre.minusDays(wider / 2);
        return new Windows(start, start.plusDays(wider - 1));
    }

    /** Moved by {@code pages} widths (negative: back in time). */
    Windows panned(double pages) {
        long shift = Math.round((ChronoUnit.DAYS.between(from, to) + 1) * pages);
        return new Windows(from.plusDays(shift), to.plusDays(shift));
    }

    boolean shows(EventDetails event) {
        return !event.latest().isBefore(from) && !event.earliest().isAfter(to);
    }
}
