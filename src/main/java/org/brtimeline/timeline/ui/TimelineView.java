package org.brtimeline.timeline.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.ui.EventDetailTool;
import org.brtimeline.reader.ReaderService;
import org.brtimeline.timeline.TimelineService;
import org.springframework.beans.factory.ObjectProvider;

/** The home page: the timeline with its filters, exports and the Embed button, in the application's frame. */
@Route("timeline")
@RouteAlias("")
@PageTitle("Timeline · Belarus–Russia timeline")
@AnonymousAllowed
public class TimelineView extends TimelinePage {

    public TimelineView(
            ChronologyService chronology,
            TimelineService timelines,
            ReaderService reader,
            AuthenticationContext authentication,
            ObjectProvider<EventDetailTool> tools) {
        super(chronology, timelines, reader, authentication, tools, "timeline");
    }
}
