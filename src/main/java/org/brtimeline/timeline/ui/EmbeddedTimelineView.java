package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.ui.EventDetailTool;
import org.brtimeline.reader.ReaderService;
import org.brtimeline.timeline.EmbedCode;
import org.brtimeline.timeline.TimelineService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@code /embed/timeline}: the timeline for another site's {@code <iframe>}, with the same address parameters as
 * {@code /timeline} but without the application's frame, navigation, login and filters. The only page other sites
 * may frame (see the security headers). Its links open in a new tab, so that the rest of the application never
 * shows inside the frame.
 */
@Route(value = EmbeddedTimelineView.PATH, autoLayout = false)
@PageTitle("Belarus–Russia timeline")
@AnonymousAllowed
public class EmbeddedTimelineView extends TimelinePage {

    public static final String PATH = EmbedCode.PATH;

    final Anchor site = new Anchor("timeline", "Belarus–Russia timeline");

    public EmbeddedTimelineView(
            ChronologyService chronology,
            TimelineService timelines,
            ReaderService reader,
            AuthenticationContext authentication,
            ObjectProvider<EventDetailTool> tools) {
        super(chronology, timelines, reader, authentication, tools, PATH);
        filterBox.setVisible(false);
        export.setVisible(false);
        embed.setVisible(false);
        site.addClassName("embed-credit");
        addComponentAsFirst(site);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        // In the capture phase, before the router takes a click on a link to navigate inside the frame.
        getElement()
                .executeJs("this.addEventListener('click', e => {"
                        + " const a = e.composedPath().find(n => n.tagName === 'A' && n.href);"
                        + " if (!a || a.hasAttribute('download')) return;"
                        + " e.preventDefault(); e.stopImmediatePropagation();"
                        + " window.open(a.href, '_blank', 'noopener'); }, true)");
    }
}
