package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.provider.SortDirection;
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
import org.brtimeline.base.ui.Viewers;
import org.brtimeline.chronology.BucketSize;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventOrder;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.chronology.ui.EventDetailPanel;
import org.brtimeline.chronology.ui.EventDetailTool;
import org.brtimeline.export.ui.ExportMenu;
import org.brtimeline.reader.ReaderService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The chronology as a list: the accessible alternative to the chart, with the same filters (and
 * the same URL), paged lazily from the database, and the same event detail on selection.
 */
@Route("chronology")
@PageTitle("Chronology · Belarus–Russia timeline")
@AnonymousAllowed
public class ChronologyListView extends VerticalLayout implements BeforeEnterObserver {

    final FilterBar filters;
    final ChronologyGrid grid = new ChronologyGrid();
    final EventDetailPanel detail;
    final YearJump year = new YearJump();
    final Anchor story = new Anchor("story", "Read as a story");
    final Anchor print = new Anchor("chronology/print", "Print the list");
    final Span ranked = new Span("Best matches first: sort by “When” for date order.");
    /** How many events the filters select; announced when it changes. */
    final Span total = new Span();

    final ExportMenu export = new ExportMenu();
    private final ChronologyService chronology;
    private final AuthenticationContext authentication;
    private List<String> searched = List.of();
    private ChronologyFilter filter = ChronologyFilter.none();
    private Registration resizeListener;
    private boolean restoring;

    public ChronologyListView(
            ChronologyService chronology,
            ReaderService reader,
            AuthenticationContext authentication,
            ObjectProvider<EventDetailTool> detailTools) {
        this.chronology = chronology;
        this.detail = new EventDetailPanel(detailTools.orderedStream().toList());
        this.authentication = authentication;
        this.filters = new FilterBar(chronology, reader);
        setSizeFull();
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
        grid.addSortListener(sorted -> ranked.setVisible(order() == EventOrder.BEST_MATCH));
        total.getElement().setAttribute("aria-live", "polite");
        grid.setEmptyStateText("Nothing matches these filters: widen the dates, or clear the search or a filter.");
        HorizontalLayout tools = new HorizontalLayout(total, year, story, print, export, ranked);
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

    void fitColumnsTo(int windowWidth) {
        grid.fitColumnsTo(windowWidth);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ChronologyFilter.from(event.getLocation().getQueryParameters());
        AddressProblems.tell(event.getLocation().getQueryParameters(), chronology);
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
            switch (order()) {
                case OLDEST_FIRST -> grid.scrollToIndex(position.intValue());
                case NEWEST_FIRST -> grid.scrollToIndex((int) (chronology.count(filter.query()) - 1 - position));
                case BEST_MATCH -> {
                    // Its rank among the matches is not looked up: the row is selected, the list stays at the top.
                }
            }
        });
    }

    /**
     * Scrolls to the first event of the year (in the grid's order: the latest of that year when newest first). Best
     * matches have no years in order: the list turns to date order first.
     */
    private void jumpTo(int chosen) {
        if (order() == EventOrder.BEST_MATCH) {
            grid.sort(List.of(new GridSortOrder<>(grid.when, SortDirection.ASCENDING)));
        }
        EventQuery query = filter.query();
        long index = ListOrder.newestFirst(grid.getSortOrder())
                ? chronology.count(query) - chronology.countStartingBefore(query, LocalDate.of(chosen + 1, 1, 1))
                : chronology.countStartingBefore(query, LocalDate.of(chosen, 1, 1));
        grid.scrollToIndex((int) index);
    }

    private void refresh() {
        searched = chronology.searchedSpellings(filter.text());
        grid.mark(searched);
        EventQuery query = filter.query();
        // Counted once per change of filters: the grid's count and the line above it are the same number.
        long matching = chronology.count(query);
        grid.setItems(
                q ->
                        chronology
                                .slice(
                                        query,
                                        q.getOffset(),
                                        q.getLimit(),
                                        ListOrder.of(q.getSortOrders(), filter.text()))
                                .stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, matching));
        total.setText(
                matching == 0
                        ? "Nothing matches these filters."
                        : String.format(java.util.Locale.ROOT, "%,d %s", matching, matching == 1 ? "event" : "events"));
        year.showYearsOf(chronology.countPer(query, BucketSize.YEAR));
        ranked.setVisible(order() == EventOrder.BEST_MATCH);
    }

    private EventOrder order() {
        return ListOrder.of(grid.getSortOrder(), filter.text());
    }

    private void showDetail(EventDetails event) {
        detail.show(event, Viewers.isEditor(authentication), searched);
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
