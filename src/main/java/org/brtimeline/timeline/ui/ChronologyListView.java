package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.stream.Collectors;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.chronology.ui.EventDetailPanel;
import org.brtimeline.reader.ReaderService;

/**
 * The chronology as a list: the accessible alternative to the chart, with the same filters (and
 * the same URL), paged lazily from the database, and the same event detail on selection.
 */
@Route("chronology")
@PageTitle("Chronology · Belarus–Russia timeline")
@AnonymousAllowed
public class ChronologyListView extends VerticalLayout implements BeforeEnterObserver {

    static final int NARROW = 700;

    final FilterBar filters;
    final Grid<EventDetails> grid = new Grid<>();
    final EventDetailPanel detail = new EventDetailPanel();
    private final Grid.Column<EventDetails> when;
    private final List<Grid.Column<EventDetails>> secondary;
    private final ChronologyService chronology;
    private final AuthenticationContext authentication;
    private ChronologyFilter filter = ChronologyFilter.none();
    private Registration resizeListener;

    public ChronologyListView(
            ChronologyService chronology, ReaderService reader, AuthenticationContext authentication) {
        this.chronology = chronology;
        this.authentication = authentication;
        this.filters = new FilterBar(chronology.actors(), reader.articles());
        setSizeFull();
        when = grid.addColumn(EventDetails::label)
                .setHeader("When")
                .setWidth("12em")
                .setFlexGrow(0)
                .setSortable(true)
                .setKey("when");
        grid.addColumn(EventDetails::title).setHeader("Event").setFlexGrow(2);
        secondary = List.of(
                grid.addColumn(e -> e.actors().stream()
                                .map(EventDetails.ActorRef::name)
                                .collect(Collectors.joining(", ")))
                        .setHeader("Actors")
                        .setFlexGrow(1),
                grid.addColumn(EventDetails::category)
                        .setHeader("Category")
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                grid.addColumn(ChronologyListView::sources)
                        .setHeader("Sources")
                        .setAutoWidth(true)
                        .setFlexGrow(0)
                        .setKey("sources"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Chronology of events");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                filter = filter.withEvent(e.getValue().id());
                showDetail(e.getValue());
                updateUrl();
            }
        });
        detail.setVisible(false);
        detail.setWidth("min(100%, 26em)");
        Div list = new Div(grid);
        list.getStyle().set("flex", "3 1 36em").set("min-width", "0").set("height", "70vh");
        grid.setSizeFull();
        FlexLayout main = new FlexLayout(list, detail);
        main.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        main.setWidthFull();
        main.getStyle().set("gap", "var(--lumo-space-m)");
        add(FilterBar.collapsible(filters), main);
        filters.onChange(changed -> {
            filter = changed;
            refresh();
            updateUrl();
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitColumnsTo(details.getWindowInnerWidth()));
        resizeListener = page.addBrowserWindowResizeListener(resize -> fitColumnsTo(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resizeListener != null) {
            resizeListener.remove();
        }
    }

    /** On a phone the date and the title get the width; actors, category and sources are in the detail. */
    void fitColumnsTo(int windowWidth) {
        boolean narrow = windowWidth < NARROW;
        secondary.forEach(column -> column.setVisible(!narrow));
        when.setWidth(narrow ? "8em" : "12em");
    }

    /** Sources are articles: several quotes from one article count once. */
    static long sources(EventDetails event) {
        return event.evidence().stream()
                .map(EventDetails.EvidenceDetails::articleSlug)
                .distinct()
                .count();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ChronologyFilter.from(event.getLocation().getQueryParameters());
        filters.show(filter);
        refresh();
        if (filter.event() != null) {
            chronology.find(filter.event()).ifPresent(this::showDetail);
        }
    }

    private void refresh() {
        EventQuery query = filter.query();
        grid.setItems(
                q -> chronology.slice(query, q.getOffset(), q.getLimit(), newestFirst(q.getSortOrders())).stream(),
                q -> (int) chronology.count(query));
    }

    private static boolean newestFirst(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return orders.stream()
                .anyMatch(o -> o.getSorted().equals("when")
                        && o.getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING);
    }

    private void showDetail(EventDetails event) {
        detail.show(event, authentication.hasAnyRole("EDITOR", "ADMIN"));
        detail.setVisible(true);
    }

    private void updateUrl() {
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("chronology", filter.toParameters())));
    }
}
