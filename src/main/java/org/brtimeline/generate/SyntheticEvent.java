package org.brtimeline.generate;

import java.util.List;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.EventDate;
import org.brtimeline.chronology.EventStatus;

/**
 * An invented event: {@code actors} are indices into the actor pool (the most prominent first),
 * {@code evidence} quotes of articles of the same run.
 */
record SyntheticEvent(
        String title,
        String summary,
        Category category,
        EventStatus status,
        EventDate date,
        List<Integer> actors,
        List<String> places,
        List<Quote> evidence) {

    /** {@code [start, end)} of the article at {@code article} in the run's list; {@code text} is exactly that range. */
    /** A quote of {@code article}'s text at {@code [start, end)}, which starts in paragraph {@code passage}. */
    record Quote(int article, int passage, int start, int end, String text) {}
}
