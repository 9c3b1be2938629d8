package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index follows every edit, and is rebuilt at start when it misses events, but not while other nodes' changes
 * are still on their way to it through the outbox.
 */
@WritingTest
@WithMockUser(username = "alice", roles = "EDITOR")
class SearchIndexTest {

    @Autowired
    ChronologyEditor editor;

    @Autowired
    ChronologyService chronology;

    @Autowired
    SearchIndex index;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private long found(String text) {
        return chronology.count(new EventQuery(null, null, text, Set.of(), Set.of(), null, true));
    }

    private EventDraft draft(String title) {
        EventDraft draft = new EventDraft();
        draft.setTitle(title);
        draft.setCategory(Category.DIPLOMACY);
        draft.setStart(LocalDate.of(2021, 3, 4));
        draft.setPrecision(DatePrecision.DAY);
        return draft;
    }

    @Test
    void a_new_event_is_found_at_once_with_or_without_its_diacritics() {
        editor.create(draft("Neliupšienė meets the envoy"));

        assertThat(found("Neliupšienė")).isEqualTo(1);
        assertThat(found("neliupsiene")).isEqualTo(1);
    }

    @Test
    void a_changed_title_is_found_by_its_new_words_only() {
        EventDetails created = editor.create(draft("Quarrel over the gasworks"));
        EventDraft change = draft("Agreement on the pipeline");

        editor.update(created.id(), created.version(), change);

        assertThat(found("gasworks")).isZero();
        assertThat(found("pipeline agreement")).isEqualTo(1);
    }

    @Test
    void a_deleted_event_is_no_longer_found_by_readers() {
        EventDetails created = editor.create(draft("Ephemeral consultations in Grodno"));

        editor.delete(created.id(), created.version());

        assertThat(chronology.count(EventQuery.window(null, null, "ephemeral"))).isZero();
        assertThat(found("ephemeral")).isEqualTo(1);
    }

    @Test
    void an_index_that_misses_events_is_rebuilt_at_start() {
        Search.mapping(entityManagerFactory).scope(Event.class).workspace().purge();
        assertThat(index.indexed().count()).isZero();

        index.afterSingletonsInstantiated();

        assertThat(index.indexed()).isEqualTo(index.stored());
        assertThat(index.stored().count()).isPositive();
    }

    @Test
    void an_index_behind_by_changes_pending_in_the_outbox_is_waited_for_and_not_rebuilt() throws Exception {
        EventDetails unchanged = editor.create(draft("Consultations on the border crossings"));
        EventDetails behind = editor.create(draft("Talks on the transit of potash"));
        // Written around the application: only a rebuild would bring this title into the index.
        jdbc.update("update event set title = 'Zeppelin consultations' where id = ?", unchanged.id());
        // Another node's change on its way: the index misses the event, the outbox holds its change.
        inIndexingPlan(plan -> plan.purge(Event.class, behind.id(), null));
        UUID pending = UUID.randomUUID();
        jdbc.update(
                "insert into hsearch_outbox_event (id, entity_name, entity_id, entity_id_hash, payload, retries,"
                        + " process_after, status) values (?, 'Event', ?, 0, ?, 0, ?, 'PENDING')",
                pending,
                String.valueOf(behind.id()),
                new byte[] {0},
                OffsetDateTime.now());
        try {
            CompletableFuture<Void> check = CompletableFuture.runAsync(index::afterSingletonsInstantiated);
            Thread.sleep(500);
            assertThat(check).as("the check waits for the outbox").isNotDone();

            // The other node's agent brings the change to the index and takes it from the outbox.
            inIndexingPlan(plan -> plan.addOrUpdate(entityManager.find(Event.class, behind.id())));
            jdbc.update("delete from hsearch_outbox_event where id = ?", pending);
            check.get(30, TimeUnit.SECONDS);

            assertThat(index.indexed()).isEqualTo(index.stored());
            assertThat(found("Zeppelin")).as("not rebuilt").isZero();
        } finally {
            jdbc.update("delete from hsearch_outbox_event where id = ?", pending);
            jdbc.update(
                    "update event set title = 'Consultations on the border crossings' where id = ?", unchanged.id());
        }
    }

    private void inIndexingPlan(Consumer<SearchIndexingPlan> work) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        tx -> work.accept(Search.session(entityManager).indexingPlan()));
    }
}
