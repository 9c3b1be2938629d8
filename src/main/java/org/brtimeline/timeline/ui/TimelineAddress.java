package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * What the timeline's address keeps (the filters, the window, the open event and the lanes), so that every state worth
 * sharing is a link. Moving the window replaces the address; opening or closing an event adds a history entry, so
 * that the browser's Back closes what the reader opened.
 */
final class TimelineAddress {

    private final String path;

    /** @param path the page's own address, which the address bar keeps as the reader moves */
    TimelineAddress(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    /** The lanes the address asks for: by actor with {@code lanes=actor}, otherwise by category. */
    static TimelineItems.Lanes lanes(QueryParameters parameters) {
        return parameters.getSingleParameter("lanes").filter("actor"::equals).isPresent()
                ? TimelineItems.Lanes.ACTOR
                : TimelineItems.Lanes.CATEGORY;
    }

    static QueryParameters parameters(ChronologyFilter filter, TimelineItems.Lanes lanes) {
        var parameters = new HashMap<>(filter.toParameters().getParameters());
        if (lanes == TimelineItems.Lanes.ACTOR) {
            parameters.put("lanes", List.of("actor"));
        }
        return new QueryParameters(parameters);
    }

    /**
     * The address to go to instead when it asks for a window the chart cannot draw ({@link Windows#drawable}), with
     * the notice shown: the address names the window on show, never another one.
     */
    static Optional<QueryParameters> drawableInstead(QueryParameters parameters, ChronologyFilter asked) {
        if (asked.from() == null || asked.to() == null) {
            return Optional.empty();
        }
        Windows window = new Windows(asked.from(), asked.to());
        if (window.drawable().equals(window)) {
            return Optional.empty();
        }
        tellDrawn(window.drawable());
        var changed = new HashMap<>(parameters.getParameters());
        changed.put("from", List.of(window.drawable().from().toString()));
        changed.put("to", List.of(window.drawable().to().toString()));
        return Optional.of(new QueryParameters(changed));
    }

    /** Says which window the chart shows instead of the one asked for. */
    static void tellDrawn(Windows drawn) {
        Notification.show(
                "The timeline draws " + Windows.MIN_DAYS + " days to " + Windows.MAX_DAYS / 365 + " years between "
                        + Windows.FIRST_DAY.getYear() + " and " + Windows.LAST_DAY.getYear() + ": it shows "
                        + drawn.from() + " to " + drawn.to() + ".",
                AddressProblems.SHOWN_FOR_MS,
                Notification.Position.BOTTOM_START);
    }

    /** @param entry a new history entry (an event opened or closed) rather than a replaced address */
    void show(Component page, ChronologyFilter filter, TimelineItems.Lanes lanes, boolean entry) {
        Location location = new Location(path, parameters(filter, lanes));
        page.getUI().ifPresent(ui -> {
            if (entry) {
                ui.getPage().getHistory().pushState(null, location);
            } else {
                ui.getPage().getHistory().replaceState(null, location);
            }
        });
    }
}
