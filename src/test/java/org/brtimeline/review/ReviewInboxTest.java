package org.brtimeline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.WritingTest;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

/** The inbox lists the articles whose candidates wait for a decision, until each is decided. */
@WritingTest
@WithMockUser(username = "reviewer", roles = "EDITOR")
class ReviewInboxTest {

    @Autowired
    ReviewInbox inbox;

    @Autowired
    ReviewService reviews;

    @Autowired
    CandidateDecisions decisions;

    @Autowired
    ArticleService articles;

    private static final Pageable ALL = PageRequest.of(0, 1000);

    @Test
    void the_inbox_lists_the_articles_with_pending_candidates_the_longest_waiting_first() {
        add(
                "inbox-first-test-article",
                LocalDate.of(2021, 10, 13),
                "The inbox test's ministers met on October 12, 2021.\nThey agreed to meet again in November.");
        add(
                "inbox-second-test-article",
                LocalDate.of(2021, 10, 13),
                "The ministers met again in Moscow on October 20, 2021, to sign the plan.");

        List<String> slugs =
                inbox.articles(0, 1_000).stream().map(PendingArticle::slug).toList();
        assertThat(slugs).containsSubsequence("inbox-first-test-article", "inbox-second-test-article");
        assertThat(inbox.articles(0, 1_000))
                .filteredOn(a -> a.slug().equals("inbox-first-test-article"))
                .singleElement()
                .satisfies(a -> assertThat(a.pending()).isEqualTo(2));

        reviews.candidates("inbox-first-test-article", ALL).forEach(c -> decisions.reject(c.id()));

        assertThat(inbox.articles(0, 1_000))
                .extracting(PendingArticle::slug)
                .doesNotContain("inbox-first-test-article");
    }

    private void add(String slug, LocalDate published, String text) {
        TestArticles.add(articles, slug, published, text);
    }
}
