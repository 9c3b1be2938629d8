package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;

/**
 * {@code /story}: the events the list's filters select, one at a time in date order, with
 * previous/next (and the arrow keys). Each step has its own address ({@code event=}), pushed to the
 * history so that back and forward step too. Only the event on show is loaded.
 */
@Route("story")
@AnonymousAllowed
public class StoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final StoryStep step = new StoryStep();
    final Span position = new Span();
    final Button previous = new Button("Previous");
    final Button next = new Button("Next");
    final H2 empty = new H2("No events match these filters");
    final Anchor list = new Anchor("chronology", "Back to the list");
    private final ChronologyService chronology;
    private ChronologyFilter filter = ChronologyFilter.none();
    private long index;
    private long total;
    private String pageTitle = "Story · Belarus–Russia timeline";

    public StoryView(ChronologyService chronology) {
        this.chronology = chronology;
        previous.addClickListener(e -> go(index - 1));
        next.addClickListener(e -> go(index + 1));
        previous.addClickShortcut(Key.ARROW_LEFT);
        next.addClickShortcut(Key.ARROW_RIGHT);
        position.setId("story-position");
        HorizontalLayout controls = new HorizontalLayout(previous, position, next);
        controls.setAlignItems(Alignment.BASELINE);
        setMaxWidth("48em");
        add(list, empty, step, controls);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ChronologyFilter.from(event.getLocation().getQueryParameters());
        AddressProblems.tell(event.getLocation().getQueryParameters(), chronology);
        EventQuery query = filter.query();
        total = chronology.count(query);
        linkList();
        Optional<Long> at = filter.event() == null ? Optional.empty() : chronology.position(query, filter.event());
        show(at.orElse(0L));
    }

    /** Moves to another step and records it in the history. */
    private void go(long newIndex) {
        if (newIndex < 0 || newIndex >= total) {
            return;
        }
        show(newIndex).ifPresent(shown -> {
            filter = filter.withEvent(shown.id());
            linkList();
            getUI().ifPresent(ui -> {
                ui.getPage().getHistory().pushState(null, new Location("story", filter.toParameters()));
                ui.getPage().setTitle(pageTitle);
            });
        });
    }

    /** Back to the list with the same filters, the event on show open there. */
    private void linkList() {
        list.setHref(new Location("chronology", filter.toParameters()).getPathWithQueryParameters());
    }

    private Optional<EventDetails> show(long newIndex) {
        Optional<EventDetails> shown = total == 0
                ? Optional.empty()
                : chronology.slice(filter.query(), newIndex, 1).stream().findFirst();
        index = newIndex;
        empty.setVisible(shown.isEmpty());
        step.setVisible(shown.isPresent());
        shown.ifPresent(step::show);
        position.setText(shown.isEmpty() ? "" : (index + 1) + " of " + total);
        previous.setEnabled(shown.isPresent() && index > 0);
        next.setEnabled(shown.isPresent() && index < total - 1);
        pageTitle = shown.map(e -> e.title() + " · ").orElse("") + "Story · Belarus–Russia timeline";
        return shown;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
