package org.brtimeline.reader.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.reader.ArticleSummary;
import org.brtimeline.reader.ReaderService;

/**
 * The source articles, oldest first, with publisher, date and the number of events each supports, loaded a page at a
 * time; every column sorts (in the database, so a page is still all the session holds).
 */
@Route("articles")
@PageTitle("Articles · Belarus–Russia timeline")
@AnonymousAllowed
public class ArticleListView extends VerticalLayout {

    final Grid<ArticleSummary> grid = new Grid<>();

    public ArticleListView(ReaderService reader) {
        setSizeFull();
        grid.addComponentColumn(a -> new Anchor("articles/" + a.slug(), a.title()))
                .setHeader("Article")
                .setSortProperty("title")
                .setKey("title")
                .setFlexGrow(6);
        grid.addColumn(ArticleSummary::publisher)
                .setHeader("Publisher")
                .setSortProperty("publisher")
                .setKey("publisher")
                .setAutoWidth(true);
        grid.addColumn(a -> a.published()
                        + (a.precision() == DatePrecision.DAY
                                ? ""
                                : " (" + a.precision().code() + ")"))
                .setHeader("Published")
                .setSortProperty("published")
                .setKey("published")
                .setAutoWidth(true);
        grid.addColumn(ArticleSummary::eventCount)
                .setHeader("Events")
                .setSortProperty(ReaderService.BY_EVENTS)
                .setKey(ReaderService.BY_EVENTS)
                .setAutoWidth(true);
        // A page at a time as the reader scrolls, oldest first unless a column's header is clicked: the session
        // holds what was shown, not every article.
        grid.setItems(
                query -> query.getSortOrders().stream()
                        .findFirst()
                        .map(order -> reader.articles(
                                query.getPage(),
                                query.getPageSize(),
                                order.getSorted(),
                                order.getDirection() == SortDirection.DESCENDING))
                        .orElseGet(() -> reader.articles(query.getPage(), query.getPageSize()))
                        .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, reader.articleCount()));
        // The title takes most of the width the columns' contents leave (it took a quarter and was cut to a few
        // words), and a long title wraps instead of being cut.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(grid);
    }
}
