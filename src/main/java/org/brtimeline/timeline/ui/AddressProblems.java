package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;

/**
 * Tells the reader which parts of the page's address were not understood and were left out, and which name an event,
 * actor or article the chronology does not hold: a link to something deleted or mistyped says so, instead of showing an
 * empty chart or the first event without a word.
 */
final class AddressProblems {

    static final int SHOWN_FOR_MS = 10_000;

    private AddressProblems() {}

    /** Shows the notice when the address holds any such part; returns it (empty when there is none). */
    static String tell(QueryParameters parameters, ChronologyService chronology) {
        List<String> parts = new ArrayList<>();
        List<String> leftOut = ChronologyFilter.leftOut(parameters);
        if (!leftOut.isEmpty()) {
            parts.add("Part of the address was not understood and was left out: " + String.join("; ", leftOut) + ".");
        }
        List<String> missing = missing(ChronologyFilter.from(parameters), chronology);
        if (!missing.isEmpty()) {
            parts.add("Not in the chronology: " + String.join("; ", missing) + ".");
        }
        String notice = String.join(" ", parts);
        if (!notice.isEmpty()) {
            Notification.show(notice, SHOWN_FOR_MS, Notification.Position.BOTTOM_START);
        }
        return notice;
    }

    private static List<String> missing(ChronologyFilter filter, ChronologyService chronology) {
        List<String> missing = new ArrayList<>();
        if (filter.event() != null && chronology.find(filter.event()).isEmpty()) {
            missing.add("event " + filter.event() + " (no published event has that number)");
        }
        Set<Long> known = chronology.actors(filter.actorIds()).stream()
                .map(EventDetails.ActorRef::id)
                .collect(Collectors.toSet());
        filter.actorIds().stream()
                .filter(id -> !known.contains(id))
                .sorted()
                .forEach(id -> missing.add("actor " + id + " (no actor has that number)"));
        if (filter.article() != null && chronology.count(EventQuery.ofArticle(filter.article())) == 0) {
            missing.add("article '"
                    + (filter.article().length() > 40 ? filter.article().substring(0, 40) + "…" : filter.article())
                    + "' (no published event cites an article of that name)");
        }
        return missing;
    }
}
