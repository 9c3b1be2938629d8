package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;

/**
 * The history entries a view asked the browser for (pushState, or replaceState; with the React router, the equivalent "vaadin-navigate" event) since the last
 * call (or the last Karibu round trip, which takes the waiting JavaScript as if sent), read from the
 * JavaScript waiting to be sent, as no browser runs it in a Karibu test.
 */
final class BrowserHistory {

    /** One change of the address bar: a new entry ({@code pushed}) or a replaced one. */
    record Change(boolean pushed, String url) {}

    private BrowserHistory() {}

    static List<Change> changes() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(js -> js.getExpression().contains("history.pushState")
                        || js.getExpression().contains("history.replaceState")
                        || js.getExpression().contains("new CustomEvent('vaadin-navigate'"))
                .map(js -> new Change(
                        js.getExpression().contains("history.pushState")
                                || js.getExpression().contains("replace: false"),
                        String.valueOf(js.getParameters().get(1))))
                .toList();
    }
}
