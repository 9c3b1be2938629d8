package org.brtimeline.review;

import java.util.List;
import org.brtimeline.base.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The articles whose candidates wait for an editor's decision, however they were added. Only editors read it. */
@Service
@PreAuthorize(Access.EDITORS)
public class ReviewInbox {

    private final DateCandidateRepository candidates;

    ReviewInbox(DateCandidateRepository candidates) {
        this.candidates = candidates;
    }

    /** A page of the articles with candidates still to review, the longest waiting first; at most 1,000 at once. */
    @Transactional(readOnly = true)
    public List<PendingArticle> articles(int page, int size) {
        return candidates.pendingArticles(CandidateStatus.PENDING, PageRequest.of(page, Math.min(size, 1_000)));
    }

    /** How many articles wait in the inbox, and how many of their candidates. */
    @Transactional(readOnly = true)
    public Totals totals() {
        Object[] totals = candidates.pendingTotals(CandidateStatus.PENDING).get(0);
        return new Totals(((Number) totals[0]).longValue(), ((Number) totals[1]).longValue());
    }

    /** The size of the review inbox. */
    public record Totals(long articles, long candidates) {}
}
