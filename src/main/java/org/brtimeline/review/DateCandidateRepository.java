package org.brtimeline.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DateCandidateRepository extends JpaRepository<DateCandidate, Long>, JpaSpecificationExecutor<DateCandidate> {

    /** The candidate; one that is not there was asked for by a stale page or address. */
    default DateCandidate get(long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No candidate " + id));
    }

    List<DateCandidate> findByArticleSlugOrderByStartOffset(String slug, Pageable page);

    long countByArticleSlug(String slug);

    long countByArticleSlugAndStatusNot(String slug, CandidateStatus status);

    boolean existsByArticleSlug(String slug);

    /** Per article with pending candidates: how many and since when, the longest waiting first. */
    @Query("""
            select new org.brtimeline.review.PendingArticle(a.slug, a.title, a.publisher, count(c), min(c.createdAt))
            from DateCandidate c join c.article a
            where c.status = :pending
            group by a.slug, a.title, a.publisher
            order by min(c.createdAt), a.slug""")
    List<PendingArticle> pendingArticles(CandidateStatus pending, Pageable page);

    /** How many articles have pending candidates, and how many candidates wait. */
    @Query("select count(distinct c.article), count(c) from DateCandidate c where c.status = :pending")
    List<Object[]> pendingTotals(CandidateStatus pending);

    /** The candidates of other articles in these groups: the other quotes of the same events. */
    @Query("""
            select c from DateCandidate c join fetch c.article a
            where (c.groupId in :groups or c.id in :groups) and a.slug <> :slug
            order by c.id""")
    List<DateCandidate> inGroupsElsewhere(Collection<Long> groups, String slug);

    /** Marks a candidate accepted only if it is still pending: 0 when someone decided it meanwhile. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update DateCandidate c set c.status = :accepted, c.eventId = :event
            where c.id = :id and c.status = :pending""")
    int markAccepted(long id, long event, CandidateStatus pending, CandidateStatus accepted);

    /** Marks a candidate rejected only if it is still pending: 0 when someone decided it meanwhile. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update DateCandidate c set c.status = :rejected
            where c.id = :id and c.status = :pending""")
    int markRejected(long id, CandidateStatus pending, CandidateStatus rejected);
}
