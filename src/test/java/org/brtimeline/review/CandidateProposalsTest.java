package org.brtimeline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.WritingTest;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A new article's candidates leave out the sentences already cited as evidence, and each joins the group of a pending
 * candidate of another article that reports the same event, however many other candidates share its days.
 */
@WritingTest
@WithMockUser(username = "reviewer", roles = "EDITOR")
class CandidateProposalsTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    ArticleService articles;

    @Autowired
    ChronologyService chronology;

    private static final Pageable ALL = PageRequest.of(0, 1000);

    @Test
    void corpus_articles_get_candidates_only_for_sentences_that_are_not_evidence_yet() {
        Review review =
                reviews.review("rt-kiev-worried-by-minsk-moscow-rapprochement").orElseThrow();
        var cited = chronology.evidenceInArticle("rt-kiev-worried-by-minsk-moscow-rapprochement");

        assertThat(review.expressions()).isNotEmpty();
        assertThat(cited).isNotEmpty();
        assertThat(reviews.candidates("rt-kiev-worried-by-minsk-moscow-rapprochement", ALL))
                .isNotEmpty()
                .allSatisfy(
                        c -> assertThat(cited).noneMatch(e -> e.startOffset() < c.end() && c.start() < e.endOffset()));
    }

    @Test
    void a_second_article_reporting_the_same_event_shows_the_first_ones_quote_with_score_and_reason() {
        add(
                "same-event-first-wire",
                LocalDate.of(2023, 5, 26),
                "Lukashenko and Putin signed a treaty on the deployment of nuclear weapons in Minsk on May 24, 2023.");
        add(
                "same-event-second-wire",
                LocalDate.of(2023, 5, 27),
                "On May 24, 2023, Putin and Lukashenko signed the nuclear weapons deployment treaty, officials said.");

        ReviewItem second = reviews.candidates("same-event-second-wire", ALL).get(0);

        assertThat(second.sameEventElsewhere()).singleElement().satisfies(other -> {
            assertThat(other.articleSlug()).isEqualTo("same-event-first-wire");
            assertThat(other.quote()).startsWith("Lukashenko and Putin signed a treaty");
            assertThat(other.score()).isGreaterThan(0.5);
            assertThat(other.reason()).contains("shared actors").contains("treaty");
        });
    }

    @Test
    void a_report_joins_its_event_however_many_other_pending_candidates_share_its_day() {
        for (int i = 1; i <= 60; i++) {
            add(
                    "busy-day-wire-" + i,
                    LocalDate.of(2023, 6, 2),
                    "Lukashenko inspected grain harvest number " + i + " in Gomel on June 1, 2023.");
        }
        add(
                "busy-day-talks-first",
                LocalDate.of(2023, 6, 2),
                "Lukashenko and Putin discussed gas prices by telephone on June 1, 2023.");
        add(
                "busy-day-talks-second",
                LocalDate.of(2023, 6, 3),
                "Putin and Lukashenko discussed gas prices in a telephone call on June 1, 2023, the Kremlin said.");

        ReviewItem second = reviews.candidates("busy-day-talks-second", ALL).get(0);

        assertThat(second.sameEventElsewhere())
                .extracting(ReviewItem.OtherQuote::articleSlug)
                .containsExactly("busy-day-talks-first");
    }

    @Test
    void a_report_finds_its_event_even_when_its_window_of_dates_reads_more_other_candidates_than_the_limit() {
        add(
                "window-limit-kiev",
                LocalDate.of(2023, 7, 3),
                "Kuleba hosted talks on grain exports in Kiev on July 2, 2023.");
        StringBuilder wire = new StringBuilder();
        for (int i = 1; i <= 2_001; i++) {
            wire.append("Lukashenko inspected tractor plant number ").append(i).append(" in Minsk on July 1, 2023.\n");
        }
        add("window-limit-minsk-wire", LocalDate.of(2023, 7, 3), wire.toString());
        add(
                "window-limit-both",
                LocalDate.of(2023, 7, 4),
                "Lukashenko inspected a tractor plant in Minsk on July 1, 2023.\n"
                        + "Kuleba hosted talks on grain exports in Kiev on July 2, 2023, his ministry said.");

        List<ReviewItem> both = reviews.candidates("window-limit-both", ALL);

        assertThat(both).hasSize(2);
        assertThat(both.get(1).sameEventElsewhere())
                .extracting(ReviewItem.OtherQuote::articleSlug)
                .containsExactly("window-limit-kiev");
    }

    private void add(String slug, LocalDate published, String text) {
        TestArticles.add(articles, slug, published, text);
    }
}
