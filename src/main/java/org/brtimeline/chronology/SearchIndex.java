package org.brtimeline.chronology;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index of the events. Every edit keeps it current (Hibernate Search indexes on commit); at start it is
 * checked against the database and rebuilt when it does not hold every event: on the first start, after the index
 * folder was removed, or after events were written around the application (the {@code generate} command, a restore).
 */
@Component
public class SearchIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    SearchIndex(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public void afterSingletonsInstantiated() {
        Holding stored = stored();
        Holding indexed = indexed();
        if (!stored.equals(indexed)) {
            log.info(
                    "The search index holds {} events up to id {}, the database {} up to id {}: rebuilding the index",
                    indexed.count(),
                    indexed.lastId(),
                    stored.count(),
                    stored.lastId());
            rebuild();
        }
    }

    /** Indexes every event anew, waiting until done. */
    public void rebuild() {
        try {
            Search.mapping(entityManagerFactory)
                    .scope(Event.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the search index", e);
        }
    }

    /** How many events there are and the highest id: an index built from another database, or before events were added around it, differs. */
    public record Holding(long count, long lastId) {}

    public Holding stored() {
        return readOnly.execute(tx -> {
            Object[] row = entityManager
                    .createQuery("select count(e), coalesce(max(e.id), 0) from Event e", Object[].class)
                    .getSingleResult();
            return new Holding(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        });
    }

    public Holding indexed() {
        return readOnly.execute(tx -> {
            var result = Search.session(entityManager)
                    .search(Event.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.matchAll())
                    .sort(f -> f.field("id").desc())
                    .fetch(1);
            return new Holding(
                    result.total().hitCount(),
                    result.hits().isEmpty() ? 0 : result.hits().get(0));
        });
    }
}
