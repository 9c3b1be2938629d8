package org.brtimeline.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.review.PendingArticle;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The review inbox, browserless, as an editor. */
@WritingTest
class ReviewInboxViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    @Autowired
    org.brtimeline.review.ReviewInbox reviewInbox;

    @BeforeEach
    void open() {
        BrowserlessUi.openAs(context, "reviewer", "EDITOR");
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void the_editors_menu_leads_to_the_inbox_whose_rows_link_to_each_articles_review() {
        articles.add(
                new ArticleDetails(
                        "inbox-view-test",
                        "Two dated sentences for the inbox",
                        "Test Wire",
                        null,
                        "en",
                        LocalDate.of(2022, 12, 20),
                        DatePrecision.DAY,
                        null),
                "The inbox view's leaders met in Minsk on Dec. 19.\nA treaty may follow in March 2023.");

        UI.getCurrent().navigate("");
        SideNavItem review = _find(SideNavItem.class).stream()
                .filter(item -> item.getLabel().equals("Review"))
                .findFirst()
                .orElseThrow();
        assertThat(review.getPath()).isEqualTo("editor/review");
        UI.getCurrent().navigate(review.getPath());

        ReviewInboxView inbox = _get(ReviewInboxView.class);
        List<PendingArticle> rows = IntStream.range(0, GridKt._size(inbox.articles))
                .mapToObj(i -> GridKt._get(inbox.articles, i))
                .toList();
        int row = IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).slug().equals("inbox-view-test"))
                .findFirst()
                .orElseThrow();
        assertThat(rows.get(row).pending()).isEqualTo(2);
        Anchor link = (Anchor) GridKt._getCellComponent(inbox.articles, row, "article");
        assertThat(link.getHref()).isEqualTo("editor/review/inbox-view-test");
        assertThat(link.getText()).isEqualTo("Two dated sentences for the inbox");
        assertThat(inbox.summary.getText())
                .isEqualTo(reviewInbox.totals().candidates() + " dated sentences in " + rows.size()
                        + " articles wait for a decision, the longest waiting first.");
        assertThat(_find(ReviewView.class)).isEmpty();
    }

    @Test
    void the_inbox_is_read_a_page_at_a_time_not_whole() {
        UI.getCurrent().navigate("editor/review");
        ReviewInboxView inbox = _get(ReviewInboxView.class);

        assertThat(inbox.articles.getDataProvider().isInMemory()).isFalse();
        assertThat(reviewInbox.articles(0, 5_000)).hasSizeLessThanOrEqualTo(1_000);
    }

    @Test
    void a_long_title_wraps_instead_of_being_cut() {
        UI.getCurrent().navigate("editor/review");

        assertThat(_get(ReviewInboxView.class).articles.getThemeNames()).contains("wrap-cell-content");
    }
}
