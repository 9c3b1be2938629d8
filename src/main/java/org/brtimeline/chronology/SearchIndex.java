package org.brtimeline.chronology;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import org.brtimeline.base.DataReplaced;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index of the events. Every edit keeps it current (Hibernate Search indexes on commit); at start it is
 * checked against the database and rebuilt when it does not hold every event: on the first start, after the index
 * folder was removed, or after events were written around the application (the {@code generate} command, a restore).
 *
 * <p>With several nodes sharing an OpenSearch index (profile {@code opensearch}) the index lags the database by the
 * changes still in the outbox, and another node may be rebuilding it: the check first waits until the outbox holds no
 * pending change and no node is mass indexing, so that a node joining a running cluster does not rebuild (and empty
 * for everyone) an index that is merely behind. Two nodes that start at the same moment on an index that really
 * differs may both rebuild it; each rebuild empties the index and then indexes every event, so the index is complete
 * once the later one has finished.
 */
@Component
public class SearchIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** How long a start waits at most for other nodes' indexing (rebuilding a large chronology takes a while). */
    private static final Duration MAX_WAIT = Duration.ofMinutes(30);

    private static final Duration POLL = Duration.ofMillis(200);

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
        if (!stored.equals(indexed) && awaitPendingIndexing()) {
            stored = stored();
            indexed = indexed();
        }
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

    /** After a restore on the admin page: the tables were replaced around Hibernate Search. */
    @EventListener(DataReplaced.class)
    @Order(DataReplaced.REBUILD)
    void rebuildAfterRestore() {
        rebuild();
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

    /** What the index holds, once what was written to it can be read. */
    public Holding indexed() {
        Search.mapping(entityManagerFactory).scope(Event.class).workspace().refresh();
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

    /**
     * Waits while other nodes have work in hand for the shared index: changes pending in the outbox, or a mass indexer
     * running (outbox-polling coordination; with the embedded index both tables stay empty). Returns whether it waited.
     */
    private boolean awaitPendingIndexing() {
        Instant giveUp = Instant.now().plus(MAX_WAIT);
        boolean waited = false;
        while (othersAtWork() && Instant.now().isBefore(giveUp)) {
            if (!waited) {
                log.info(
                        "Waiting for the outbox to be processed and other nodes' rebuilds to finish before checking the search index");
                waited = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the search index", e);
            }
        }
        return waited;
    }

    private boolean othersAtWork() {
        return readOnly.execute(tx -> count("select count(*) from hsearch_outbox_event where status = 'PENDING'") > 0
                || count("select count(*) from hsearch_agent where type = 'MASS_INDEXING'") > 0);
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
