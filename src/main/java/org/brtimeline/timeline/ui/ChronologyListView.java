package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.provider.SortOrder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.brtimeline.base.ui.SearchHits;
import org.brtimeline.chronology.BucketSize;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventOrder;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.chronology.ui.EventDetailPanel;
import org.brtimeline.export.ui.ExportMenu;
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
    final YearJump year = new YearJump();
    final Anchor story = new Anchor("story", "Read as a story");
    final Anchor print = new Anchor("chronology/print", "Print the list");
    final ExportMenu export = new ExportMenu();
    private final Grid.Column<EventDetails> when;
    private final List<Grid.Column<EventDetails>> secondary;
    private final ChronologyService chronology;
    private final AuthenticationContext authentication;
    private List<String> searched = List.of();
    private ChronologyFilter filter = ChronologyFilter.none();
    private Registration resizeListener;
    private boolean restoring;

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
        grid.addComponentColumn(
                        e -> new Span(SearchHits.marked(e.title(), searched).toArray(Component[]::new)))
                .setHeader("Event")
                .setFlexGrow(2);
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
            if (e.getValue() != null && !restoring) {
                filter = filter.withEvent(e.getValue().id());
                showDetail(e.getValue());
                updateUrl(true);
            }
        });
        year.onJump(this::jumpTo);
        detail.setVisible(false);
        detail.setWidth("min(100%, 26em)");
        Div list = new Div(grid);
        list.getStyle().set("flex", "3 1 36em").set("min-width", "0").set("height", "70vh");
        grid.setSizeFull();
        FlexLayout main = new FlexLayout(list, detail);
        main.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        main.setWidthFull();
        main.getStyle().set("gap", "var(--lumo-space-m)");
        HorizontalLayout tools = new HorizontalLayout(year, story, print, export);
        tools.setAlignItems(Alignment.BASELINE);
        // The grid prints only the rows it has drawn: a printout of this page says where the whole list is.
        Paragraph printed =
                new Paragraph("This printout holds only the rows that were on screen: “Print the list” prints"
                        + " every event of the selection.");
        printed.addClassName("print-only");
        add(FilterBar.collapsible(filters), tools, printed, main);
        filters.onChange(changed -> {
            // The open event stays open (and in the URL) when the filters change; the bar does not know the list's
            // choice.
            filter = changed.withEvent(filter.event());
            refresh();
            updateUrl(false);
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
        updateLinks();
        Optional<EventDetails> linked = filter.event() == null ? Optional.empty() : chronology.find(filter.event());
        linked.ifPresentOrElse(this::restoreSelection, () -> detail.setVisible(false));
    }

    /** A linked event: its detail, its row selected (without a new history entry) and scrolled into view when listed. */
    private void restoreSelection(EventDetails event) {
        showDetail(event);
        chronology.position(filter.query(), event.id()).ifPresent(position -> {
            restoring = true;
            grid.select(event);
            restoring = false;
            grid.scrollToIndex(
                    newestFirst(grid.getSortOrder())
                            ? (int) (chronology.count(filter.query()) - 1 - position)
                            : position.intValue());
        });
    }

    /** Scrolls to the first event of the year (in the grid's order: the latest of that year when newest first). */
    private void jumpTo(int chosen) {
        EventQuery query = filter.query();
        long index = newestFirst(grid.getSortOrder())
                ? chronology.count(query) - chronology.countStartingBefore(query, LocalDate.of(chosen + 1, 1, 1))
                : chronology.countStartingBefore(query, LocalDate.of(chosen, 1, 1));
        grid.scrollToIndex((int) index);
    }

    private void refresh() {
        searched = chronology.searchedSpellings(filter.text());
        EventQuery query = filter.query();
        grid.setItems(
                q -> chronology
                        .slice(
                                query,
                                q.getOffset(),
                                q.getLimit(),
                                newestFirst(q.getSortOrders()) ? EventOrder.NEWEST_FIRST : EventOrder.OLDEST_FIRST)
                        .stream(),
                q -> (int) chronology.count(query));
        year.showYearsOf(chronology.countPer(query, BucketSize.YEAR));
    }

    /** Whether the date column is sorted newest first, in a data query's or in the grid's terms. */
    private static boolean newestFirst(List<? extends SortOrder<?>> orders) {
        return orders.stream().anyMatch(o -> o.getDirection() == SortDirection.DESCENDING && isWhen(o.getSorted()));
    }

    private static boolean isWhen(Object sorted) {
        return "when".equals(sorted) || sorted instanceof Grid.Column<?> column && "when".equals(column.getKey());
    }

    private void showDetail(EventDetails event) {
        detail.show(event, authentication.hasAnyRole("EDITOR", "ADMIN"), searched);
        detail.setVisible(true);
    }

    /** A chosen row is a new history entry (back returns to the one before); a change of filters replaces the entry. */
    private void updateUrl(boolean push) {
        updateLinks();
        Location location = new Location("chronology", filter.toParameters());
        getUI().ifPresent(ui -> {
            if (push) {
                ui.getPage().getHistory().pushState(null, location);
            } else {
                ui.getPage().getHistory().replaceState(null, location);
            }
        });
    }

    /** Story mode, the printable list and the exports show the same selection. */
    private void updateLinks() {
        story.setHref(new Location("story", filter.toParameters()).getPathWithQueryParameters());
        print.setHref(
                new Location("chronology/print", filter.withEvent(null).toParameters()).getPathWithQueryParameters());
        export.show(filter.toParameters());
    }
}
