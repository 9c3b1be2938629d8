package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.reader.ReaderService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Editors' changes, through the service, on the real database with its history. */
@WritingTest
@WithMockUser(username = "alice", roles = "EDITOR")
class ChronologyEditorTest {

    private static final String RFERL = "rferl-russian-pm-in-minsk-2020-09-03";

    @Autowired
    ChronologyEditor editor;

    @Autowired
    ChronologyService chronology;

    @Autowired
    ReaderService reader;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private EventDraft draft(String title) {
        EventDraft draft = new EventDraft();
        draft.setTitle(title);
        draft.setCategory(Category.PROTEST);
        draft.setStart(LocalDate.of(2020, 9, 6));
        draft.setPrecision(DatePrecision.DAY);
        return draft;
    }

    private int offsetOf(String quote) {
        return reader.article(RFERL).orElseThrow().text().indexOf(quote);
    }

    private EventDetails withEvidence(EventDetails event, String quote) {
        int at = offsetOf(quote);
        return editor.addEvidence(event.id(), event.version(), RFERL, at, at + quote.length());
    }

    @Test
    void an_actor_is_found_by_any_spelling_and_none_is_added_twice_under_one() {
        assertThat(chronology.actorCalled("  lukashenka ").orElseThrow().name()).isEqualTo("Alexander Lukashenko");
        assertThat(chronology.actorCalled("Lukash")).isEmpty();

        assertThatThrownBy(() -> editor.addActor("MAKEY", ActorKind.PERSON, List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("an actor called 'MAKEY' exists");
        assertThatThrownBy(() -> editor.addActor("Alyaksandr Ryhoravich", ActorKind.PERSON, List.of("Lukashenka")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(editor.addActor("Alyaksandr Ryhoravich", ActorKind.PERSON, List.of("Ryhoravich"))
                        .name())
                .isEqualTo("Alyaksandr Ryhoravich");
    }

    @Test
    void every_change_to_an_event_or_its_evidence_raises_the_last_revision_that_the_read_api_keeps_answers_by() {
        long before = chronology.lastRevision();
        EventDetails created = editor.create(draft("A change the API must not hide"));
        long afterCreating = chronology.lastRevision();
        EventDetails cited = withEvidence(created, "24 people were detained the previous day");
        long afterCiting = chronology.lastRevision();

        assertThat(afterCreating).isGreaterThan(before);
        assertThat(afterCiting).isGreaterThan(afterCreating);
        assertThat(cited.evidence()).hasSize(1);
    }

    @Test
    void a_new_event_starts_as_an_invisible_draft() {
        EventDetails created = editor.create(draft("A draft nobody sees"));

        assertThat(created.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(chronology.find(created.id())).isEmpty();
        assertThat(editor.find(created.id()).title()).isEqualTo("A draft nobody sees");
    }

    @Test
    void evidence_from_a_selection_is_the_exact_text_and_allows_publishing() {
        EventDetails event = editor.create(draft("Detentions at unregistered protests"));
        String quote = "24 people were detained the previous day";

        EventDetails cited = withEvidence(event, quote);
        EventDraft publish = EventDraft.of(cited);
        publish.setStatus(EventStatus.PUBLISHED);
        EventDetails published = editor.update(cited.id(), cited.version(), publish);

        assertThat(published.evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo(quote);
            assertThat(e.startOffset()).isEqualTo(offsetOf(quote));
        });
        assertThat(chronology.find(published.id())).isPresent();
    }

    @Test
    void publishing_without_evidence_is_refused() {
        EventDraft draft = draft("No source");
        draft.setStatus(EventStatus.PUBLISHED);

        assertThatThrownBy(() -> editor.create(draft)).hasMessageContaining("without evidence");
    }

    @Test
    void a_second_editor_saving_an_old_version_gets_a_conflict_and_overwrites_nothing() {
        EventDetails opened = editor.create(draft("Original title"));
        EventDraft first = EventDraft.of(opened);
        first.setTitle("First editor's title");
        editor.update(opened.id(), opened.version(), first);

        EventDraft second = EventDraft.of(opened);
        second.setTitle("Second editor's title");

        assertThatThrownBy(() -> editor.update(opened.id(), opened.version(), second))
                .isInstanceOfSatisfying(
                        EditConflictException.class,
                        conflict -> assertThat(conflict.current().title()).isEqualTo("First editor's title"));
        assertThat(editor.find(opened.id()).title()).isEqualTo("First editor's title");
    }

    @Test
    void a_deleted_event_disappears_for_readers_and_can_be_restored() {
        EventDetails event =
                withEvidence(editor.create(draft("To be deleted")), "Sixteen of them will remain in custody");

        editor.delete(event.id(), event.version());

        EventDetails deleted = editor.find(event.id());
        assertThat(deleted.status()).isEqualTo(EventStatus.DELETED);
        assertThat(editor.deleted(0, 1)).extracting(EventDetails::id).containsExactly(event.id());
        assertThat(editor.deletedCount()).isPositive();
        EventDetails restored = editor.undelete(event.id(), deleted.version());
        assertThat(restored.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(restored.evidence()).hasSize(1);
    }

    @Test
    void merging_keeps_the_evidence_of_both_on_the_survivor() {
        EventDetails survivor =
                withEvidence(editor.create(draft("Survivor")), "Lilia Vlasova, had been charged with tax evasion");
        EventDetails duplicate =
                withEvidence(editor.create(draft("Duplicate")), "another detained member of its presidium");

        EventDetails merged = editor.merge(survivor.id(), survivor.version(), duplicate.id(), duplicate.version());

        assertThat(merged.evidence()).hasSize(2);
        assertThat(merged.evidence().get(1))
                .usingRecursiveComparison()
                .comparingOnlyFields("articleSlug", "quote", "startOffset", "endOffset", "passage")
                .isEqualTo(duplicate.evidence().get(0));
        EventDetails gone = editor.find(duplicate.id());
        assertThat(gone.status()).isEqualTo(EventStatus.MERGED);
        assertThat(gone.evidence()).isEmpty();
        assertThat(chronology.mergedInto(duplicate.id())).contains(survivor.id());
    }

    @Test
    void a_conflict_found_only_when_the_edit_is_written_shows_the_other_editors_commit_not_this_editors_values()
            throws Exception {
        EventDetails opened = editor.create(draft("Before both edits"));
        CountDownLatch otherHoldsTheRow = new CountDownLatch(1);
        CountDownLatch otherCommits = new CountDownLatch(1);
        // The other editor's save holds the event's row uncommitted: this editor's save reads the event as opened,
        // passes the version check, and waits to write; then the other commits, and this write finds the version moved.
        Thread otherEditor = new Thread(() -> separately().executeWithoutResult(status -> {
            jdbc.update(
                    "update event set title = ?, version = version + 1 where id = ?",
                    "The other editor's title",
                    opened.id());
            otherHoldsTheRow.countDown();
            awaitQuietly(otherCommits);
        }));
        otherEditor.start();
        otherHoldsTheRow.await();
        EventDraft mine = draft("This editor's title");
        ExecutorService thisEditor = Executors.newSingleThreadExecutor();
        Future<EventDetails> saving = thisEditor.submit(DelegatingSecurityContextCallable.create(
                () -> editor.update(opened.id(), opened.version(), mine), SecurityContextHolder.getContext()));
        waitUntilASessionIsBlocked();
        otherCommits.countDown();
        otherEditor.join();

        assertThatThrownBy(saving::get)
                .cause()
                .isInstanceOf(EditConflictException.class)
                .satisfies(conflict -> assertThat(
                                ((EditConflictException) conflict).current().title())
                        .isEqualTo("The other editor's title"));
        thisEditor.shutdown();
        assertThat(editor.find(opened.id()).title()).isEqualTo("The other editor's title");
    }

    private TransactionTemplate separately() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    private void waitUntilASessionIsBlocked() throws InterruptedException {
        for (int tries = 0; tries < 500; tries++) {
            Integer blocked = jdbc.queryForObject(
                    "select count(*) from information_schema.sessions where blocker_id is not null", Integer.class);
            if (blocked != null && blocked > 0) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("this editor's save never waited for the other's row");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void an_event_merged_into_one_merged_in_turn_leads_to_the_last_survivor() {
        EventDetails first =
                withEvidence(editor.create(draft("First")), "Lilia Vlasova, had been charged with tax evasion");
        EventDetails second = withEvidence(editor.create(draft("Second")), "another detained member of its presidium");
        EventDetails third = withEvidence(editor.create(draft("Third")), "Sixteen of them will remain in custody");

        EventDetails secondNow = editor.merge(second.id(), second.version(), first.id(), first.version());
        editor.merge(third.id(), third.version(), secondNow.id(), secondNow.version());

        assertThat(chronology.mergedInto(first.id())).contains(third.id());
        assertThat(chronology.mergedInto(second.id())).contains(third.id());
        assertThat(chronology.mergedInto(third.id())).isEmpty();
    }

    @Test
    void the_history_says_who_changed_what_and_an_earlier_version_can_be_restored() {
        EventDetails v1 = editor.create(draft("Before"));
        EventDraft change = EventDraft.of(v1);
        change.setTitle("After");
        change.setStart(LocalDate.of(2020, 9, 1));
        change.setPrecision(DatePrecision.MONTH);
        EventDetails v2 = editor.update(v1.id(), v1.version(), change);

        List<EventRevision> history = editor.history(v2.id());

        assertThat(history).hasSize(2);
        assertThat(history.get(0).kind()).isEqualTo("created");
        assertThat(history).allSatisfy(r -> assertThat(r.username()).isEqualTo("alice"));
        assertThat(history.get(1).changes())
                .contains("title: “Before” → “After”", "date: “6 September 2020” → “September 2020”");

        EventDetails restored =
                editor.restore(v2.id(), v2.version(), history.get(0).revision());

        assertThat(restored.title()).isEqualTo("Before");
        assertThat(restored.label()).isEqualTo("6 September 2020");
        assertThat(editor.history(v2.id())).hasSize(3);
    }

    @Test
    void restoring_an_earlier_version_cites_its_evidence_again_with_quote_and_paragraph() {
        EventDetails cited =
                withEvidence(editor.create(draft("Cited, then not")), "another detained member of its presidium");
        EventDetails.EvidenceDetails evidence = cited.evidence().get(0);
        EventDetails uncited = editor.removeEvidence(cited.id(), cited.version(), evidence.id());
        long whenCited = editor.history(cited.id()).get(1).revision();

        EventDetails restored = editor.restore(cited.id(), uncited.version(), whenCited);

        assertThat(restored.evidence())
                .singleElement()
                .usingRecursiveComparison()
                .comparingOnlyFields("articleSlug", "quote", "startOffset", "endOffset", "passage")
                .isEqualTo(evidence);
        assertThat(evidence.passage()).isNotNull();
    }

    @Test
    void every_write_with_the_version_before_someone_elses_save_is_a_conflict_and_changes_nothing() {
        EventDetails opened =
                withEvidence(editor.create(draft("Seen by two editors")), "24 people were detained the previous day");
        EventDetails duplicate = editor.create(draft("A duplicate"));
        long created = editor.history(opened.id()).get(0).revision();
        EventDraft theirs = EventDraft.of(opened);
        theirs.setTitle("Saved by someone else");
        EventDetails saved = editor.update(opened.id(), opened.version(), theirs);
        int at = offsetOf("Sixteen of them");
        long evidence = opened.evidence().get(0).id();

        List<Runnable> staleWrites = List.of(
                () -> editor.addEvidence(opened.id(), opened.version(), RFERL, at, at + 7),
                () -> editor.removeEvidence(opened.id(), opened.version(), evidence),
                () -> editor.restore(opened.id(), opened.version(), created),
                () -> editor.merge(opened.id(), opened.version(), duplicate.id(), duplicate.version()),
                () -> editor.merge(duplicate.id(), duplicate.version(), opened.id(), opened.version()),
                () -> editor.delete(opened.id(), opened.version()));

        for (Runnable write : staleWrites) {
            assertThatThrownBy(write::run).isInstanceOf(EditConflictException.class);
        }
        assertThat(editor.find(opened.id())).isEqualTo(saved);
        assertThat(editor.find(duplicate.id()).status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void restoring_a_deleted_event_needs_the_version_the_editor_saw() {
        EventDetails event = editor.create(draft("Deleted, then restored twice"));
        editor.delete(event.id(), event.version());
        EventDetails deleted = editor.find(event.id());
        editor.undelete(event.id(), deleted.version());

        assertThatThrownBy(() -> editor.undelete(event.id(), deleted.version()))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void a_merged_event_refuses_edits_and_evidence() {
        EventDetails survivor = editor.create(draft("The survivor"));
        EventDetails duplicate = editor.create(draft("Merged away"));
        editor.merge(survivor.id(), survivor.version(), duplicate.id(), duplicate.version());
        EventDetails merged = editor.find(duplicate.id());
        EventDraft change = EventDraft.of(merged);
        change.setTitle("Edited after the merge");
        int at = offsetOf("Sixteen of them");

        assertThatThrownBy(() -> editor.update(merged.id(), merged.version(), change))
                .hasMessageContaining("merged into another event");
        assertThatThrownBy(() -> editor.addEvidence(merged.id(), merged.version(), RFERL, at, at + 7))
                .hasMessageContaining("merged into another event");
        assertThat(editor.find(duplicate.id()).title()).isEqualTo("Merged away");
        assertThat(chronology.mergedInto(duplicate.id())).contains(survivor.id());
    }

    @Test
    void a_deleted_event_refuses_evidence() {
        EventDetails event = editor.create(draft("Deleted before it was cited"));
        editor.delete(event.id(), event.version());
        EventDetails deleted = editor.find(event.id());
        int at = offsetOf("Sixteen of them");

        assertThatThrownBy(() -> editor.addEvidence(deleted.id(), deleted.version(), RFERL, at, at + 7))
                .hasMessageContaining("deleted");
    }

    @Test
    void the_events_offered_for_new_evidence_leave_out_merged_and_deleted_ones() {
        EventDetails survivor = editor.create(draft("Offerable survivor"));
        EventDetails merged = editor.create(draft("Offerable merged away"));
        EventDetails deleted = editor.create(draft("Offerable deleted"));
        editor.merge(survivor.id(), survivor.version(), merged.id(), merged.version());
        editor.delete(deleted.id(), deleted.version());

        assertThat(editor.editable("offerable", 0, 50))
                .extracting(EventDetails::title)
                .containsExactly("Offerable survivor");
    }

    @Test
    void typed_wildcards_are_text_in_every_picker_search() {
        editor.create(draft("Tariffs rise 50% on potash"));
        editor.create(draft("Tariffs rise 500 on potash"));
        editor.addActor("Wildcard_Test Person", ActorKind.PERSON, List.of());
        editor.addActor("WildcardXTest Person", ActorKind.PERSON, List.of());

        assertThat(editor.editable("rise 50%", 0, 50))
                .extracting(EventDetails::title)
                .containsExactly("Tariffs rise 50% on potash");
        assertThat(chronology.actorChoices("wildcard_", 0, 10))
                .extracting(EventDetails.ActorRef::name)
                .containsExactly("Wildcard_Test Person");
        assertThat(reader.articleChoices("%", 0, 10)).isEmpty();
    }
}
