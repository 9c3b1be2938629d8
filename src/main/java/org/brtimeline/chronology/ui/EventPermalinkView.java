package org.brtimeline.chronology.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.brtimeline.base.ui.Viewers;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@code /events/{id}}: the permanent address of one event, with links to it on the timeline and
 * in the list. A merged event forwards to the one that absorbed it; an unknown or unpublished one
 * answers 404.
 */
@Route("events/:id")
@AnonymousAllowed
public class EventPermalinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final EventDetailPanel detail;
    final Anchor onTimeline = new Anchor("", "Show on timeline");
    final Anchor inList = new Anchor("", "Show in list");
    private final ChronologyService chronology;
    private final AuthenticationContext authentication;
    private String pageTitle = "Event";

    public EventPermalinkView(
            ChronologyService chronology, AuthenticationContext authentication, ObjectProvider<EventDetailTool> tools) {
        this.chronology = chronology;
        this.detail = new EventDetailPanel(tools.orderedStream().toList());
        this.authentication = authentication;
        add(detail, new HorizontalLayout(onTimeline, inList));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var mergedInto = chronology.mergedInto(id);
        if (mergedInto.isPresent()) {
            event.forwardTo("events/" + mergedInto.get());
            return;
        }
        chronology.find(id).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(EventDetails details) {
        pageTitle = details.title() + " · Belarus–Russia timeline";
        detail.show(details, Viewers.isEditor(authentication));
        onTimeline.setHref("timeline?event=" + details.id());
        inList.setHref("chronology?event=" + details.id());
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
