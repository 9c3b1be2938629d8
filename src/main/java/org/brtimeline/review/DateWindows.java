package org.brtimeline.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * An article's new candidates in windows of close dates, so that one query finds the other articles' candidates that
 * may report the same event for a whole window instead of one query per candidate: sorted by their first day, a
 * window takes candidates while its days span at most {@link #MAX_DAYS} and it holds at most {@link #MAX_SIZE}. A
 * candidate whose own dates span more is a window alone.
 */
final class DateWindows {

    static final int MAX_DAYS = 31;
    static final int MAX_SIZE = 100;

    private DateWindows() {}

    /** The window's first and last day. */
    record Window<T>(LocalDate earliest, LocalDate latest, List<T> members) {}

    static <T> List<Window<T>> of(List<T> items, Function<T, LocalDate> earliest, Function<T, LocalDate> latest) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(earliest));
        List<Window<T>> windows = new ArrayList<>();
        List<T> members = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (T item : sorted) {
            LocalDate last = to == null || latest.apply(item).isAfter(to) ? latest.apply(item) : to;
            if (from != null && (members.size() >= MAX_SIZE || ChronoUnit.DAYS.between(from, last) > MAX_DAYS)) {
                windows.add(new Window<>(from, to, List.copyOf(members)));
                members.clear();
                from = null;
                last = latest.apply(item);
            }
            if (from == null) {
                from = earliest.apply(item);
            }
            to = last;
            members.add(item);
        }
        if (!members.isEmpty()) {
            windows.add(new Window<>(from, to, List.copyOf(members)));
        }
        return windows;
    }
}
