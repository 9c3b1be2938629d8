package org.brtimeline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An article is stored with its candidates, in one transaction; one stored without them (by an earlier version whose
 * import was killed in between) gets them at the next start, and one whose candidates were decided never again.
 */
@WritingTest
@WithMockUser(username = "reviewer", roles = "EDITOR")
class PendingProposalsTest {

    private static final String TEXT = """
            MINSK -- Belarusian Prime Minister Roman Golovchenko arrived in Moscow on March 3, 2022.
            He is to meet his Russian counterpart on Friday.""";

    @Autowired
    ArticleService articles;

    @Autowired
    ReviewService review;

    @Autowired
    CandidateDecisions decisions;

    @Autowired
    ReviewInbox inbox;

    @Autowired
    PendingProposals pendingProposals;

    @Autowired
    JdbcTemplate jdbc;

    private void add(String slug, String text) {
        articles.add(
                new ArticleDetails(
                        slug,
                        "Pending proposals " + slug,
                        "Test Wire",
                        null,
                        "en",
                        LocalDate.of(2022, 3, 3),
                        DatePrecision.DAY,
                        null),
                text);
    }

    private long candidates(String slug) {
        return review.candidates(slug, PageRequest.of(0, 100)).size();
    }

    private Boolean pending(String slug) {
        return jdbc.queryForObject("select candidates_pending from article where slug = ?", Boolean.class, slug);
    }

    @Test
    void an_article_is_stored_with_its_candidates_and_nothing_left_pending() {
        add("stored-with-candidates", TEXT);

        assertThat(candidates("stored-with-candidates")).isPositive();
        assertThat(pending("stored-with-candidates")).isFalse();
    }

    @Test
    void a_start_proposes_the_candidates_of_an_article_stored_without_them() {
        add("stored-without-candidates", TEXT.replace("Friday", "Saturday"));
        // As an earlier version left an article whose import was killed before its candidates were proposed.
        jdbc.update(
                "delete from date_candidate where article_id = (select id from article where slug = ?)",
                "stored-without-candidates");
        jdbc.update("update article set candidates_pending = true where slug = ?", "stored-without-candidates");
        assertThat(articles.withCandidatesPending()).contains("stored-without-candidates");

        pendingProposals.afterSingletonsInstantiated();

        assertThat(candidates("stored-without-candidates")).isPositive();
        assertThat(pending("stored-without-candidates")).isFalse();
        assertThat(articles.withCandidatesPending()).doesNotContain("stored-without-candidates");
    }

    @Test
    void an_article_whose_candidates_were_all_rejected_gets_none_again() {
        add("all-rejected", TEXT.replace("Friday", "Sunday"));
        review.candidates("all-rejected", PageRequest.of(0, 100)).forEach(c -> decisions.reject(c.id()));
        long decided = candidates("all-rejected");

        pendingProposals.afterSingletonsInstantiated();

        assertThat(candidates("all-rejected")).isEqualTo(decided);
        assertThat(review.candidates("all-rejected", PageRequest.of(0, 100)))
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CandidateStatus.REJECTED));
        assertThat(inbox.articles(0, 1_000)).extracting(PendingArticle::slug).doesNotContain("all-rejected");
    }
}
