package org.brtimeline.review.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.SqlStatements;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.review.CandidateDecisions;
import org.brtimeline.review.ReviewService;
import org.brtimeline.source.Article;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
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

    @Autowired
    ReviewService review;

    @Autowired
    CandidateDecisions decisions;

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
        assertThat(IntStream.range(0, _size(view.text))
                        .mapToObj(row -> _getCellComponent(view.text, row, "paragraph"))
                        .flatMap(paragraph -> _find(paragraph, Span.class, spec -> spec.withClasses("timex")).stream()))
                .extracting(Span::getText)
                .contains("Dec. 19", "March 2023");
        _get(card(view, 0), Button.class, spec -> spec.withText("Reject")).click();
        assertThat(view.progressText.getText()).isEqualTo("1 of 2 reviewed");
        assertThat(card(view, 0).getElement().getTextRecursively()).contains("Rejected");

        Component second = card(view, 1);
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
    void a_card_decided_by_another_editor_meanwhile_says_so_and_shows_the_decision() {
        addArticle("stale-card-test", "One dated sentence", "Lavrov arrived in Minsk on Dec. 18 for talks.");
        UI.getCurrent().navigate("editor/review/stale-card-test");
        ReviewView view = _get(ReviewView.class);
        Component card = card(view, 0);
        // another editor rejects the sentence while this card is on screen
        decisions.reject(review.candidates("stale-card-test", org.springframework.data.domain.PageRequest.of(0, 10))
                .get(0)
                .id());

        _get(card, Button.class, spec -> spec.withText("Reject")).click();

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).contains("reviewed meanwhile by another editor"));
        assertThat(view.progressText.getText()).isEqualTo("1 of 1 reviewed");
        assertThat(card(view, 0).getElement().getTextRecursively()).contains("Rejected");
    }

    @Test
    void a_statement_made_on_an_occasion_is_shown_as_news_dated_on_the_publication_date() {
        articles.add(
                wire("interview-statement-wire", "Interview", LocalDate.of(2020, 9, 10)),
                "Lavrov met Makei in Moscow on September 2, 2020.\n\nIn an interview with Russian journalists, President"
                        + " of Belarus Alexander Lukashenko said that with the support of the United States, Ukraine, along"
                        + " with other Eastern European states, is trying to destabilize the situation in the country.");

        openWithFirstPages("interview-statement-wire");

        Component card = card(_get(ReviewView.class), 1);
        assertThat(_find(card, Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("date: 10 September 2020 (publication date: reported as news, with no date of its own)");
    }

    @Test
    void a_card_shows_what_the_sentence_suggests_and_the_same_event_in_another_article() {
        articles.add(
                wire("nuclear-treaty-first-wire", "Treaty signed", LocalDate.of(2023, 5, 26)),
                "Lukashenko and Putin signed a treaty on the deployment of nuclear weapons in Minsk on May 25, 2023.");
        articles.add(
                wire("nuclear-treaty-second-wire", "Weapons deal", LocalDate.of(2023, 5, 26)),
                "MOSCOW -- Putin and Lukashenko signed the nuclear weapons deployment treaty in Minsk on Thursday,"
                        + " said Dmitry Peskov, spokesman of the Kremlin.");

        openWithFirstPages("nuclear-treaty-second-wire");

        Component card = card(_get(ReviewView.class), 0);
        assertThat(_find(card, Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("date: 25 May 2023 (resolved from “Thursday”)", "category: Military", "places: Minsk")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("actors: ")
                        .contains("Alexander Lukashenko", "Vladimir Putin", "Dmitry Peskov"));
        Paragraph elsewhere = _get(card, Paragraph.class, spec -> spec.withClasses("same-event-elsewhere"));
        assertThat(elsewhere.getElement().getTextRecursively())
                .startsWith("Also in Treaty signed: “Lukashenko and Putin signed a treaty")
                .contains("score 1.0", "dates overlap 100%", "shared words: deployment");
        assertThat(_get(elsewhere, com.vaadin.flow.component.html.Anchor.class).getHref())
                .isEqualTo("editor/review/nuclear-treaty-first-wire");
    }

    private static ArticleDetails wire(String slug, String title, LocalDate published) {
        return new ArticleDetails(slug, title, "Test Wire", null, "en", published, DatePrecision.DAY, null);
    }

    @Test
    void the_queue_of_thirty_dated_sentences_takes_as_many_statements_as_that_of_three() {
        addArticleWithDatedSentences("three-dated-sentences", 3);
        addArticleWithDatedSentences("thirty-dated-sentences", 30);

        List<String> three = SqlStatements.during(() -> openWithFirstPages("three-dated-sentences"));
        assertThat(_get(ReviewView.class).progressText.getText()).isEqualTo("0 of 3 reviewed");
        List<String> thirty = SqlStatements.during(() -> openWithFirstPages("thirty-dated-sentences"));
        assertThat(_get(ReviewView.class).progressText.getText()).isEqualTo("0 of 30 reviewed");

        // The page of candidates, their actors, the events near them, the same events' candidates in other articles
        // and those articles' texts: a fixed number of statements however many candidates there are.
        assertThat(thirty).hasSameSizeAs(three).hasSizeLessThanOrEqualTo(30);
        assertThat(IntStream.range(0, 30).mapToObj(row -> card(_get(ReviewView.class), row)))
                .flatMap(card -> _find(card, Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Possibly the same as "));
    }

    /**
     * The article of issue 14: a million characters, a dated sentence on every line. Its review opens with the
     * statements of a four-sentence article's and builds components only for the rows on show. It runs once, in the
     * 512 MB heap issue 14 sets (the pom's {@code large-article-in-512-mb} execution), not again in the default one.
     */
    @Test
    @Tag("heap-512-mb")
    void the_review_of_a_million_character_article_pages_its_twelve_thousand_sentences() {
        addArticle("a-hundred-lines", "A hundred dated lines", datedLines(100, 1));
        addArticle("a-million-characters", "A million characters", datedLines(Integer.MAX_VALUE, 0));

        List<String> hundred = SqlStatements.during(() -> openWithFirstPages("a-hundred-lines"));
        List<String> million = SqlStatements.during(() -> openWithFirstPages("a-million-characters"));

        ReviewView view = _get(ReviewView.class);
        assertThat(_size(view.queue)).isGreaterThan(10_000);
        assertThat(view.progressText.getText()).isEqualTo("0 of " + _size(view.queue) + " reviewed");
        assertThat(million).hasSameSizeAs(hundred);
        assertThat(elementsIn(UI.getCurrent().getElement()))
                .as("elements of the page with the first rows of both lists on show")
                .isLessThan(2_000);
    }

    /** Up to {@code count} lines, each with its own date, within an article's limit; {@code variant} varies the words. */
    private static String datedLines(int count, int variant) {
        String line = "%05d. The two delegations met in Minsk on %s, and agreed to meet again "
                + (variant == 0 ? "soon." : "later.");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count && text.length() + 100 < Article.MAX_TEXT; i++) {
            text.append(String.format(
                            line, i, day.format(LocalDate.of(1990, 1, 1).plusDays(i))))
                    .append('\n');
        }
        return text.toString();
    }

    private void addArticle(String slug, String title, String text) {
        articles.add(
                new ArticleDetails(
                        slug, title, "Test Wire", null, "en", LocalDate.of(2025, 1, 1), DatePrecision.DAY, null),
                text);
    }

    /** Opens an article's review as the browser does: the page, then the first rows of its two lists. */
    private static void openWithFirstPages(String slug) {
        UI.getCurrent().navigate("editor/review/" + slug);
        ReviewView view = _get(ReviewView.class);
        view.queue.getDataCommunicator().setViewportRange(0, 50);
        view.text.getDataCommunicator().setViewportRange(0, 50);
        MockVaadin.clientRoundtrip();
    }

    private static Component card(ReviewView view, int row) {
        return _getCellComponent(view.queue, row, "candidate");
    }

    private static long elementsIn(Element element) {
        return 1 + element.getChildren().mapToLong(ReviewViewTest::elementsIn).sum();
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
