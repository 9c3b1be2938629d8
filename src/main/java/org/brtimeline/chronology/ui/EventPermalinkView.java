package org.brtimeline.chronology.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.brtimeline.chronology.ChronologyService;

/** {@code /events/{id}}: the permanent address of one event. A merged event forwards to the one that absorbed it. */
@Route("events/:id")
@AnonymousAllowed
public class EventPermalinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final EventDetailPanel detail = new EventDetailPanel();
    final H2 missing = new H2("There is no such event");
    private final ChronologyService chronology;
    private final AuthenticationContext authentication;
    private String pageTitle = "Event";

    public EventPermalinkView(ChronologyService chronology, AuthenticationContext authentication) {
        this.chronology = chronology;
        this.authentication = authentication;
        add(missing, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            showMissing();
            return;
        }
        var mergedInto = chronology.mergedInto(id);
        if (mergedInto.isPresent()) {
            event.forwardTo("events/" + mergedInto.get());
            return;
        }
        chronology
                .find(id)
                .ifPresentOrElse(
                        details -> {
                            pageTitle = details.title() + " · Belarus–Russia timeline";
                            missing.setVisible(false);
                            detail.setVisible(true);
                            detail.show(details, authentication.hasAnyRole("EDITOR", "ADMIN"));
                        },
                        this::showMissing);
    }

    private void showMissing() {
        pageTitle = "No such event";
        missing.setVisible(true);
        detail.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
