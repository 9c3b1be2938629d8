package org.brtimeline.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What every unknown address shows, and what views reroute to for an event or article that does
 * not exist: HTTP 404, the address as plain text and a way back to the timeline.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Belarus–Russia timeline")
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    final Paragraph explanation = new Paragraph();
    final Anchor backToTimeline = new Anchor("timeline", "Back to the timeline");

    public NotFoundView() {
        add(
                new H2("Page not found"),
                explanation,
                new Paragraph(backToTimeline),
                new Paragraph(new Anchor("chronology", "Browse the chronology")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        explanation.setText("There is nothing at /" + event.getLocation().getPath()
                + ". The address may be mistyped, or what was there has been removed.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
