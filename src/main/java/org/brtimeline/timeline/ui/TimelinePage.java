package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.brtimeline.base.ui.Viewers;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.ui.EventDetailPanel;
import org.brtimeline.chronology.ui.EventDetailTool;
import org.brtimeline.export.ui.ExportMenu;
import org.brtimeline.reader.ReaderService;
import org.brtimeline.timeline.Overview;
import org.brtimeline.timeline.TimelineService;
import org.brtimeline.timeline.TimelineWindow;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The interactive timeline of the (filtered) chronology, loading only the visible window, with lanes, a density
 * strip, a legend that toggles categories, zoom and "Fit all", and the detail of the selected event with
 * previous/next. Every state worth sharing is in the URL. The first window is where the events are dense ({@link
 * Overview#dense}). The application's page ({@link TimelineView}) and the page for other sites' frames ({@link
 * EmbeddedTimelineView}) are this with and without the filters and the application's frame.
 */
abstract class TimelinePage extends VerticalLayout implements BeforeEnterObserver {

    static final int MAX_EVENTS = 300;
    private static final Windows FALLBACK = new Windows(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));

    final FilterBar filters;
    final Component filterBox;
    final LaneChoice lanes = new LaneChoice(() -> {
        load();
        updateUrl(false);
    });
    final Span status = new Span();
    final VisTimeline timeline;
    final EventDetailPanel detail;
    final DetailBox detailBox;
    final ZoomControls zoom;
    final Legend legend;
    final Anchor asList = new Anchor("chronology", "View as list");
    final ExportMenu export = new ExportMenu();
    final Button embed = new Button("Embed", VaadinIcon.CODE.create(), click -> EmbedDialog.open(currentParameters()));
    private final ChronologyService chronology;
    private final TimelineService timelines;
    private final AuthenticationContext authentication;
    private final TimelineAddress address;
    private ChronologyFilter filter = ChronologyFilter.none();
    private Windows window = FALLBACK;

    /** @param path the page's own address, which the URL keeps as the reader moves */
    TimelinePage(
            ChronologyService chronology,
            TimelineService timelines,
            ReaderService reader,
            AuthenticationContext authentication,
            ObjectProvider<EventDetailTool> tools,
            String path) {
        this.chronology = chronology;
        this.address = new TimelineAddress(path);
        this.timelines = timelines;
        this.authentication = authentication;
        this.filters = new FilterBar(chronology, reader);
        this.filterBox = FilterBar.collapsible(filters);
        this.timeline = new VisTimeline(FALLBACK.from(), FALLBACK.to());
        this.detail = new EventDetailPanel(tools.orderedStream().toList());
        this.detailBox = new DetailBox(detail, () -> step(false), () -> step(true), this::closeDetail);
        this.zoom = new ZoomControls(() -> moveTo(window.zoomed(0.5)), () -> moveTo(window.zoomed(2)), this::fitAll);
        this.legend = new Legend(this::showCategories);
        setWidthFull();
        status.addClassName("timeline-status");
        status.getElement().setAttribute("aria-live", "polite");
        detailBox.setWidth("min(100%, 26em)");
        Div chart = new Div(timeline);
        chart.getStyle().set("flex", "3 1 36em").set("min-width", "0");
        embed.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        embed.setAriaLabel("Embed this timeline in another page");
        FlexLayout toolbar = wrapping(zoom, lanes, legend, status, asList, export, embed);
        toolbar.getStyle().set("align-items", "center");
        FlexLayout main = wrapping(chart, detailBox);
        main.setWidthFull();
        add(filterBox, toolbar, main);
        timeline.addRangeChangeListener(e -> {
            follow(new Windows(e.start(), e.end()));
            load();
            updateUrl(false);
        });
        timeline.addSelectListener(e -> e.eventId().flatMap(chronology::find).ifPresent(this::open));
        filters.onChange(this::narrowTo);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        filter = ChronologyFilter.from(parameters);
        Optional<QueryParameters> drawable = TimelineAddress.drawableInstead(parameters, filter);
        if (drawable.isPresent()) {
            event.forwardTo(address.path(), drawable.get());
            return;
        }
        AddressProblems.tell(parameters, chronology);
        lanes.setValue(TimelineAddress.lanes(parameters));
        Optional<EventDetails> linked = filter.event() == null ? Optional.empty() : chronology.find(filter.event());
        Optional<Overview> overview = showOverview();
        if (filter.from() != null && filter.to() != null) {
            setWindow(new Windows(filter.from(), filter.to()));
        } else if (linked.isPresent()) {
            setWindow(Windows.around(linked.get()));
        } else {
            setWindow(overview.flatMap(Overview::dense).map(Windows::fitting).orElse(FALLBACK));
        }
        load();
        linked.ifPresentOrElse(this::showDetail, this::hideDetail);
    }

    /**
     * The filters changed. New dates are the new window; any other change (a search, an actor, a
     * category) searches all time, and the window moves to where the matches are dense.
     */
    private void narrowTo(ChronologyFilter changed) {
        boolean datesChosen = changed.from() != null
                && changed.to() != null
                && !(changed.from().equals(filter.from()) && changed.to().equals(filter.to()));
        filter = changed;
        Optional<Overview> overview = showOverview();
        if (datesChosen) {
            setWindow(new Windows(filter.from(), filter.to()));
        } else {
            setWindow(overview.flatMap(Overview::dense).map(Windows::fitting).orElse(window));
        }
        load();
        updateUrl(false);
    }

    /** The legend hides or shows a category in the window on show; the window stays. */
    private void showCategories(Set<Category> categories) {
        filter = filter.withCategories(categories);
        filters.show(filter);
        legend.show(filter.categories());
        load();
        showOverview();
        updateUrl(false);
    }

    /**
     * The strip of every matching event over all time, with the window on show; it changes with the filters only.
     * Its counts also give the dense part of the matches, so they are counted once per change of filters.
     */
    private Optional<Overview> showOverview() {
        Optional<Overview> overview = timelines.overview(filter.query(null, null));
        timeline.showOverview(overview);
        return overview;
    }

    /** Every matching event in view, old ones included. */
    private void fitAll() {
        moveTo(timelines.extent(filter.query(null, null)).map(Windows::fitting).orElse(window));
    }

    private void moveTo(Windows moved) {
        setWindow(moved);
        load();
        updateUrl(false);
    }

    /**
     * Shows the window, or the nearest one the chart draws ({@link Windows#drawable}), and says so when it is not the
     * one asked for: the address, the date fields and the chart never disagree.
     */
    private void setWindow(Windows asked) {
        Windows moved = asked.drawable();
        if (!moved.equals(asked)) {
            TimelineAddress.tellDrawn(moved);
        }
        follow(moved);
        legend.show(filter.categories());
        timeline.setWindow(window.from(), window.to());
    }

    /** The window on show, in the zoom buttons and the date fields as well as the chart. */
    private void follow(Windows shown) {
        window = shown;
        zoom.showLimits(window);
        filter = filter.withWindow(window.from(), window.to());
        filters.show(filter);
    }

    private void load() {
        TimelineWindow shown = timelines.window(filter.query(window.from(), window.to()), MAX_EVENTS);
        TimelineItems.Lanes laneChoice = lanes.getValue();
        timeline.setData(
                TimelineItems.items(shown, laneChoice),
                TimelineItems.groups(shown, laneChoice),
                TimelineItems.density(shown));
        status.setText(TimelineItems.inView(shown));
        asList.setHref(new Location("chronology", filter.withEvent(null).toParameters()).getPathWithQueryParameters());
        export.show(filter.toParameters());
    }

    /** The reader chose an event: its detail opens and the address bar gets a history entry. */
    private void open(EventDetails event) {
        showDetail(event);
        updateUrl(true);
    }

    /** The event before or after the open one in date order, among the matching events; the window follows it. */
    private void step(boolean forward) {
        if (filter.event() == null) {
            return;
        }
        chronology.neighbour(filter.query(null, null), filter.event(), forward).ifPresent(event -> {
            if (!window.shows(event)) {
                setWindow(Windows.around(event));
                load();
            }
            open(event);
        });
    }

    private void showDetail(EventDetails event) {
        filter = filter.withEvent(event.id());
        detailBox.show(
                event,
                Viewers.isEditor(authentication),
                chronology.searchedSpellings(filter.text()),
                chronology
                        .neighbour(filter.query(null, null), event.id(), false)
                        .isPresent(),
                chronology.neighbour(filter.query(null, null), event.id(), true).isPresent());
        timeline.select(event.id());
    }

    private void hideDetail() {
        filter = filter.withEvent(null);
        detailBox.hide();
        timeline.clearSelection();
    }

    private void closeDetail() {
        hideDetail();
        updateUrl(true);
    }

    /** A row that wraps on a narrow screen. */
    private static FlexLayout wrapping(Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    private QueryParameters currentParameters() {
        return TimelineAddress.parameters(filter, lanes.getValue());
    }

    private void updateUrl(boolean entry) {
        address.show(this, filter, lanes.getValue(), entry);
    }
}
