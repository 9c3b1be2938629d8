package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.DateBucket;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.ui.EventDetailPanel;
import org.brtimeline.reader.ReaderService;
import org.brtimeline.timeline.TimelineService;
import org.brtimeline.timeline.TimelineWindow;

/**
 * The home page: the interactive timeline of the (filtered) chronology, loading only the visible
 * window, with lanes, a density strip, a legend and the detail of the selected event. Every
 * state worth sharing is in the URL.
 */
@Route("timeline")
@RouteAlias("")
@PageTitle("Timeline · Belarus–Russia timeline")
@AnonymousAllowed
public class TimelineView extends VerticalLayout implements BeforeEnterObserver {

    static final int MAX_EVENTS = 300;

    final FilterBar filters;
    final RadioButtonGroup<TimelineItems.Lanes> lanes = new RadioButtonGroup<>("Lanes");
    final Span status = new Span();
    final VisTimeline timeline;
    final EventDetailPanel detail = new EventDetailPanel();
    private final ChronologyService chronology;
    private final TimelineService timelines;
    private final AuthenticationContext authentication;
    private ChronologyFilter filter = ChronologyFilter.none();
    private LocalDate windowFrom;
    private LocalDate windowTo;

    public TimelineView(
            ChronologyService chronology,
            TimelineService timelines,
            ReaderService reader,
            AuthenticationContext authentication) {
        this.chronology = chronology;
        this.timelines = timelines;
        this.authentication = authentication;
        this.filters = new FilterBar(chronology.actors(), reader.articles());
        this.timeline = new VisTimeline(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));
        setWidthFull();
        lanes.setItems(TimelineItems.Lanes.values());
        lanes.setItemLabelGenerator(l -> l == TimelineItems.Lanes.CATEGORY ? "by category" : "by actor");
        lanes.setValue(TimelineItems.Lanes.CATEGORY);
        lanes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                load();
                updateUrl(false);
            }
        });
        detail.setVisible(false);
        detail.setWidth("min(100%, 26em)");
        Div chart = new Div(timeline);
        chart.getStyle().set("flex", "3 1 36em").set("min-width", "0");
        FlexLayout main = new FlexLayout(chart, detail);
        main.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        main.setWidthFull();
        main.getStyle().set("gap", "var(--lumo-space-m)");
        FlexLayout toolbar = new FlexLayout(lanes, Legend.categories(), status);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "center");
        add(FilterBar.collapsible(filters), toolbar, main);
        timeline.addRangeChangeListener(e -> {
            windowFrom = e.start();
            windowTo = e.end();
            filter = filter.withWindow(windowFrom, windowTo);
            filters.show(filter);
            load();
            updateUrl(false);
        });
        timeline.addSelectListener(e -> e.eventId().ifPresent(id -> {
            filter = filter.withEvent(id);
            showDetail(id);
            updateUrl(true);
        }));
        filters.onChange(changed -> {
            filter = changed;
            fitWindow();
            load();
            updateUrl(false);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        filter = ChronologyFilter.from(parameters);
        lanes.setValue(
                parameters.getSingleParameter("lanes").filter("actor"::equals).isPresent()
                        ? TimelineItems.Lanes.ACTOR
                        : TimelineItems.Lanes.CATEGORY);
        filters.show(filter);
        Optional<EventDetails> linked = filter.event() == null ? Optional.empty() : chronology.find(filter.event());
        if (linked.isPresent() && (filter.from() == null || filter.to() == null)) {
            windowAround(linked.get());
        } else {
            fitWindow();
        }
        load();
        if (linked.isPresent()) {
            showDetail(linked.get());
            timeline.select(linked.get().id());
        } else {
            detail.setVisible(false);
            timeline.clearSelection();
        }
    }

    /** A linked event without a window: the window shows it with its neighbours, room left for its label. */
    private void windowAround(EventDetails event) {
        long margin = Math.max(30, ChronoUnit.DAYS.between(event.earliest(), event.latest()));
        windowFrom = event.earliest().minusDays(margin);
        windowTo = event.latest().plusDays(2 * margin);
        filter = filter.withWindow(windowFrom, windowTo);
        filters.show(filter);
        timeline.setWindow(windowFrom, windowTo);
    }

    /** The window is the URL's from/to, or else one that fits every matching event with room for its label. */
    private void fitWindow() {
        if (filter.from() != null && filter.to() != null) {
            windowFrom = filter.from();
            windowTo = filter.to();
        } else {
            DateBucket extent = timelines
                    .extent(filter.query(null, null))
                    .orElse(new DateBucket(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31), 0));
            long span = ChronoUnit.DAYS.between(extent.start(), extent.end());
            // Labels run to the right of their event, so the right margin leaves room for the newest ones.
            windowFrom = extent.start().minusDays(Math.max(15, span / 20));
            windowTo = extent.end().plusDays(Math.max(30, span / 4));
        }
        timeline.setWindow(windowFrom, windowTo);
    }

    private void load() {
        TimelineWindow window = timelines.window(filter.query(windowFrom, windowTo), MAX_EVENTS);
        TimelineItems.Lanes laneChoice = lanes.getValue();
        timeline.setData(
                TimelineItems.items(window, laneChoice),
                TimelineItems.groups(window, laneChoice),
                TimelineItems.density(window));
        status.setText(
                window.clustered()
                        ? window.total() + " events in view: click a cluster to zoom in"
                        : window.total() + (window.total() == 1 ? " event" : " events") + " in view");
    }

    private void showDetail(long id) {
        chronology.find(id).ifPresentOrElse(this::showDetail, () -> detail.setVisible(false));
    }

    private void showDetail(EventDetails details) {
        detail.show(details, authentication.hasAnyRole("EDITOR", "ADMIN"));
        detail.setVisible(true);
    }

    private void updateUrl(boolean push) {
        var parameters = new HashMap<>(filter.toParameters().getParameters());
        if (lanes.getValue() == TimelineItems.Lanes.ACTOR) {
            parameters.put("lanes", List.of("actor"));
        }
        Location location = new Location("timeline", new QueryParameters(parameters));
        getUI().ifPresent(ui -> {
            if (push) {
                ui.getPage().getHistory().pushState(null, location);
            } else {
                ui.getPage().getHistory().replaceState(null, location);
            }
        });
    }
}
