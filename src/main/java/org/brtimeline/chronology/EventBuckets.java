package org.brtimeline.chronology;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Counts matching events per year, month or day of their earliest possible date, in the database
 * (GROUP BY), so a window of a million events costs one aggregate query, not a million rows.
 */
@Component
class EventBuckets {

    private final EntityManager entityManager;

    EventBuckets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<DateBucket> count(Specification<Event> matching, BucketSize granularity) {
        // Hibernate's year()/month() render as extract(...), which PostgreSQL knows; a plain function("year") does not
        // exist there.
        HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> cq = cb.createQuery(Object[].class);
        Root<Event> root = cq.from(Event.class);
        Expression<LocalDate> earliest = root.get(Event_.date).get(EventDate_.earliest);
        Expression<Integer> year = cb.year(earliest);
        Expression<Integer> month = cb.month(earliest);
        cq.where(matching.toPredicate(root, cq, cb));
        switch (granularity) {
            case YEAR -> cq.multiselect(year, cb.count(root)).groupBy(year).orderBy(cb.asc(year));
            case MONTH ->
                cq.multiselect(year, month, cb.count(root)).groupBy(year, month).orderBy(cb.asc(year), cb.asc(month));
            case DAY ->
                cq.multiselect(earliest, cb.count(root)).groupBy(earliest).orderBy(cb.asc(earliest));
        }
        return entityManager.createQuery(cq).getResultList().stream()
                .map(row -> bucket(row, granularity))
                .toList();
    }

    /** The first and last possible day of the matching events and their number, in one aggregate query; empty when none match. */
    Optional<DateBucket> extent(Specification<Event> matching) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> cq = cb.createQuery(Object[].class);
        Root<Event> root = cq.from(Event.class);
        Expression<LocalDate> earliest = root.get(Event_.date).get(EventDate_.earliest);
        Expression<LocalDate> latest = root.get(Event_.date).get(EventDate_.latest);
        cq.multiselect(cb.least(earliest), cb.greatest(latest), cb.count(root))
                .where(matching.toPredicate(root, cq, cb));
        Object[] row = entityManager.createQuery(cq).getSingleResult();
        long count = ((Number) row[2]).longValue();
        return count == 0
                ? Optional.empty()
                : Optional.of(new DateBucket((LocalDate) row[0], (LocalDate) row[1], count));
    }

    private static DateBucket bucket(Object[] row, BucketSize granularity) {
        return switch (granularity) {
            case YEAR -> {
                LocalDate first = LocalDate.of(((Number) row[0]).intValue(), 1, 1);
                yield new DateBucket(first, first.plusYears(1).minusDays(1), ((Number) row[1]).longValue());
            }
            case MONTH -> {
                LocalDate first = LocalDate.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), 1);
                yield new DateBucket(first, first.plusMonths(1).minusDays(1), ((Number) row[2]).longValue());
            }
            case DAY -> new DateBucket((LocalDate) row[0], (LocalDate) row[0], ((Number) row[1]).longValue());
        };
    }
}
