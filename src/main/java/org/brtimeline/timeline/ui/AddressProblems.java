package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;

/** Tells the reader which parts of the page's address were not understood and were left out. */
final class AddressProblems {

    static final int SHOWN_FOR_MS = 10_000;

    private AddressProblems() {}

    /** Shows the notice when the parameters hold anything {@link ChronologyFilter#from} left out; returns it. */
    static String tell(QueryParameters parameters) {
        List<String> leftOut = ChronologyFilter.leftOut(parameters);
        if (leftOut.isEmpty()) {
            return "";
        }
        String notice = "Part of the address was not understood and was left out: " + String.join("; ", leftOut) + ".";
        Notification.show(notice, SHOWN_FOR_MS, Notification.Position.BOTTOM_START);
        return notice;
    }
}
