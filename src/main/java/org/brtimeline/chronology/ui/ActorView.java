package org.brtimeline.chronology.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;
import org.brtimeline.chronology.ActorProfile;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;

/**
 * {@code /actors/{id}}: who an actor is, their published events in date order (paged lazily), and
 * links to the timeline and the list narrowed to them. An unknown actor is a 404.
 */
@Route("actors/:id")
@AnonymousAllowed
public class ActorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 name = new H2();
    final Paragraph kind = new Paragraph();
    final Paragraph aliases = new Paragraph();
    final Paragraph eventCount = new Paragraph();
    final Anchor onTimeline = new Anchor("", "On the timeline");
    final Anchor inList = new Anchor("", "In the chronology list");
    final Grid<EventDetails> events = new Grid<>();
    private final ChronologyService chronology;
    private String pageTitle = "Actor";

    public ActorView(ChronologyService chronology) {
        this.chronology = chronology;
        events.addColumn(EventDetails::label)
                .setHeader("When")
                .setWidth("12em")
                .setFlexGrow(0)
                .setKey("when");
        events.addColumn(new ComponentRenderer<>(e -> new Anchor("events/" + e.id(), e.title())))
                .setHeader("Event")
                .setKey("event");
        events.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        events.setAllRowsVisible(false);
        events.setHeight("60vh");
        add(name, kind, aliases, new Paragraph(onTimeline, new Text(" · "), inList));
        add(eventCount, events);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ActorProfile actor = event.getRouteParameters()
                .get("id")
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .flatMap(chronology::actor)
                .orElseThrow(() -> new NotFoundException("There is no such actor"));
        show(actor);
    }

    private void show(ActorProfile actor) {
        pageTitle = actor.name() + " · Belarus–Russia timeline";
        name.setText(actor.name());
        kind.setText(actor.kind().code());
        aliases.setText(actor.aliases().isEmpty() ? "" : "Also written: " + String.join(", ", actor.aliases()));
        aliases.setVisible(!actor.aliases().isEmpty());
        onTimeline.setHref("timeline?actor=" + actor.id());
        inList.setHref("chronology?actor=" + actor.id());
        EventQuery query = new EventQuery(null, null, null, Set.of(actor.id()), Set.of(), null, false);
        long total = chronology.count(query);
        eventCount.setText(total == 1 ? "1 published event" : total + " published events");
        events.setItems(
                q -> chronology.slice(query, q.getOffset(), q.getLimit()).stream(), q -> (int) chronology.count(query));
        events.setAriaLabel("Events involving " + actor.name());
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
