package org.brtimeline.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.SqlStatements;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The review queue of a new article, browserless, as an editor. */
@WritingTest
class ReviewViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    @Autowired
    ChronologyService chronology;

    @BeforeEach
    void open() {
        BrowserlessUi.openAs(context, "reviewer", "EDITOR");
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void rejecting_and_adding_as_evidence_count_as_reviewed() {
        articles.add(
                new ArticleDetails(
                        "review-view-test",
                        "Two dated sentences",
                        "Test Wire",
                        null,
                        "en",
                        LocalDate.of(2022, 12, 20),
                        DatePrecision.DAY,
                        null),
                "Putin arrived in Minsk on Dec. 19 for talks.\nA new treaty may follow in March 2023.");

        UI.getCurrent().navigate("editor/review/review-view-test");

        ReviewView view = _get(ReviewView.class);
        assertThat(view.progressText.getText()).isEqualTo("0 of 2 reviewed");
        assertThat(_find(view.text, Span.class, spec -> spec.withClasses("timex")))
                .extracting(Span::getText)
                .contains("Dec. 19", "March 2023");
        Div first = _find(view.list, Div.class, spec -> spec.withClasses("candidate"))
                .get(0);
        _get(first, Button.class, spec -> spec.withText("Reject")).click();
        assertThat(view.progressText.getText()).isEqualTo("1 of 2 reviewed");

        Div second = _find(view.list, Div.class, spec -> spec.withClasses("candidate"))
                .get(1);
        EventDetails visit = chronology
                .search(
                        EventQuery.window(null, null, "working visit to Minsk"),
                        0,
                        1,
                        org.brtimeline.chronology.EventOrder.BEST_MATCH)
                .items()
                .get(0);
        ComboBox<EventDetails> any = _get(second, ComboBox.class);
        any.setValue(visit);
        _get(second, Button.class, spec -> spec.withText("Add as evidence")).click();

        assertThat(view.progressText.getText()).isEqualTo("2 of 2 reviewed");
        assertThat(chronology.find(visit.id()).orElseThrow().evidence())
                .extracting(EventDetails.EvidenceDetails::articleSlug)
                .contains("review-view-test");
    }

    @Test
    void the_queue_of_thirty_dated_sentences_takes_as_many_statements_as_that_of_three() {
        addArticleWithDatedSentences("three-dated-sentences", 3);
        addArticleWithDatedSentences("thirty-dated-sentences", 30);

        List<String> three =
                SqlStatements.during(() -> UI.getCurrent().navigate("editor/review/three-dated-sentences"));
        assertThat(_get(ReviewView.class).progressText.getText()).isEqualTo("0 of 3 reviewed");
        List<String> thirty =
                SqlStatements.during(() -> UI.getCurrent().navigate("editor/review/thirty-dated-sentences"));
        assertThat(_get(ReviewView.class).progressText.getText()).isEqualTo("0 of 30 reviewed");

        assertThat(thirty).hasSameSizeAs(three).hasSizeLessThanOrEqualTo(12);
        assertThat(_find(_get(ReviewView.class).list, Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Possibly the same as "));
    }

    /** Sentences dated 1, 2, 3 … September 2020, the days of the corpus's busiest week, so each has events to compare. */
    private void addArticleWithDatedSentences(String slug, int count) {
        articles.add(
                new ArticleDetails(
                        slug,
                        "Many dated sentences",
                        "Test Wire",
                        null,
                        "en",
                        LocalDate.of(2020, 10, 1),
                        DatePrecision.DAY,
                        null),
                IntStream.rangeClosed(1, count)
                        .mapToObj(day -> "Mishustin held talks in Minsk on September " + day + ", 2020.")
                        .collect(Collectors.joining("\n")));
    }
}
