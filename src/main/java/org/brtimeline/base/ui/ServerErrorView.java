package org.brtimeline.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page shows when opening it failed unexpectedly (instead of Vaadin's page, which names the
 * exception): HTTP 500, a message in plain words and a reference, under which the log has the error.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong · Belarus–Russia timeline")
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    final H2 heading = new H2("Something went wrong");
    final Paragraph explanation = new Paragraph();

    public ServerErrorView() {
        add(heading, explanation, new Paragraph(new Anchor("timeline", "Back to the timeline")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (org.brtimeline.base.DatabaseOutage.causedIt(parameter.getCaughtException())) {
            LOG.warn(
                    "Opening /{} failed: the database cannot be reached ({})",
                    event.getLocation().getPath(),
                    org.brtimeline.base.DatabaseOutage.rootMessage(parameter.getCaughtException()));
            heading.setText("Unavailable for a moment");
            explanation.setText(org.brtimeline.base.DatabaseOutage.MESSAGE);
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error(
                "Opening /{} failed, reference {}",
                event.getLocation().getPath(),
                reference,
                parameter.getCaughtException());
        explanation.setText("This page could not be opened. Please try again in a moment; if it keeps happening, "
                + "tell an administrator (reference " + reference + ").");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
