package org.brtimeline.timeline.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.brtimeline.chronology.DateBucket;
import org.brtimeline.chronology.EventDetails;

/** The arithmetic of timeline windows (both days included); labels run to the right of their event, so windows leave room there. */
record Windows(LocalDate from, LocalDate to) {

    /** The narrowest window the chart allows. */
    static final int MIN_DAYS = 3;

    /** The widest window the chart allows: 120 years, beyond which its axis has nothing to say about a chronology. */
    static final int MAX_DAYS = 120 * 365;

    /** The first and the last day the chart draws. */
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

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
        return resized(Math.max(MIN_DAYS, Math.round(days() * factor)));
    }

    /**
     * This window as the chart draws it: its part between {@link #FIRST_DAY} and {@link #LAST_DAY}, narrowed or widened
     * around its centre to {@link #MAX_DAYS} or {@link #MIN_DAYS}. A window wholly outside those years becomes the
     * nearest one of its width. The page shows, and its address keeps, this window, never one the chart does not draw.
     */
    Windows drawable() {
        if (to.isBefore(FIRST_DAY) || from.isAfter(LAST_DAY)) {
            long days = Math.min(MAX_DAYS, Math.max(MIN_DAYS, days()));
            return to.isBefore(FIRST_DAY)
                    ? new Windows(FIRST_DAY, FIRST_DAY.plusDays(days - 1))
                    : new Windows(LAST_DAY.minusDays(days - 1), LAST_DAY);
        }
        Windows inside = new Windows(from.isBefore(FIRST_DAY) ? FIRST_DAY : from, to.isAfter(LAST_DAY) ? LAST_DAY : to);
        Windows sized = inside.resized(Math.min(MAX_DAYS, Math.max(MIN_DAYS, inside.days())));
        if (sized.from.isBefore(FIRST_DAY)) {
            return sized.shifted(ChronoUnit.DAYS.between(sized.from, FIRST_DAY));
        }
        return sized.to.isAfter(LAST_DAY) ? sized.shifted(-ChronoUnit.DAYS.between(LAST_DAY, sized.to)) : sized;
    }

    /** How many days the window shows, both ends included. */
    long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same centre, {@code days} wide. */
    private Windows resized(long days) {
        if (days == days()) {
            return this;
        }
        LocalDate start = from.plusDays(days() / 2).minusDays(days / 2);
        return new Windows(start, start.plusDays(days - 1));
    }

    private Windows shifted(long days) {
        return new Windows(from.plusDays(days), to.plusDays(days));
    }

    boolean shows(EventDetails event) {
        return !event.latest().isBefore(from) && !event.earliest().isAfter(to);
    }
}
