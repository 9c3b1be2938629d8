package org.brtimeline.reader.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.reader.ArticleSummary;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The article list, browserless, as an anonymous reader: every header sorts the whole list. */
@WritingTest
class ArticleListViewTest {

    private static final String UNCITED = "article-list-test-uncited";

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    ArticleListView list;

    @BeforeEach
    void open() {
        if (articles.find(UNCITED).isEmpty()) {
            BrowserlessUi.openAs(context, "importer", "EDITOR");
            articles.add(
                    new ArticleDetails(
                            UNCITED,
                            "an article no event cites, its title in lower case",
                            "Test Wire",
                            null,
                            "en",
                            LocalDate.of(2021, 6, 1),
                            DatePrecision.DAY,
                            null),
                    "Nothing in this text is an event of the chronology.");
            BrowserlessUi.close();
        }
        BrowserlessUi.openAnonymously(context);
        UI.getCurrent().navigate("articles");
        list = _get(ArticleListView.class);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void articles_are_oldest_first_until_a_header_is_clicked() {
        assertThat(rows()).extracting(ArticleSummary::published).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void the_title_gets_most_of_the_width_the_columns_leave_and_wraps_instead_of_being_cut() {
        int title = list.grid.getColumnByKey("title").getFlexGrow();
        assertThat(List.of("publisher", "published", "events"))
                .allSatisfy(key ->
                        assertThat(list.grid.getColumnByKey(key).getFlexGrow()).isLessThan(title));
        assertThat(list.grid.getThemeNames()).contains("wrap-cell-content");
    }

    @Test
    void sorted_by_date_the_newest_come_first() {
        list.grid.sort(GridSortOrder.desc(list.grid.getColumnByKey("published")).build());

        assertThat(rows()).extracting(ArticleSummary::published).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void sorted_by_events_the_most_cited_come_first_and_an_uncited_article_shows_none() {
        list.grid.sort(GridSortOrder.desc(list.grid.getColumnByKey("events")).build());

        assertThat(rows()).extracting(ArticleSummary::eventCount).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rows()).first().matches(a -> a.eventCount() > 0);
        assertThat(rows())
                .filteredOn(a -> a.slug().equals(UNCITED))
                .singleElement()
                .matches(a -> a.eventCount() == 0);
    }

    @Test
    void sorted_by_title_case_does_not_matter() {
        list.grid.sort(GridSortOrder.asc(list.grid.getColumnByKey("title")).build());

        assertThat(rows())
                .extracting(ArticleSummary::title)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .contains("an article no event cites, its title in lower case");
    }

    @Test
    void sorted_by_publisher_z_comes_first_when_descending() {
        list.grid.sort(GridSortOrder.desc(list.grid.getColumnByKey("publisher")).build());

        assertThat(rows())
                .extracting(ArticleSummary::publisher)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    private List<ArticleSummary> rows() {
        return IntStream.range(0, GridKt._size(list.grid))
                .mapToObj(i -> GridKt._get(list.grid, i))
                .toList();
    }
}
