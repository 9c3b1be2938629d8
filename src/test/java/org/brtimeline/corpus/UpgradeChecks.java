package org.brtimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.chronology.EventRevision;
import org.brtimeline.chronology.ImportedEvent;
import org.brtimeline.chronology.SelectedPassage;
import org.brtimeline.reader.ReaderService;
import org.brtimeline.review.ReviewInbox;
import org.brtimeline.review.ReviewService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An upgrade from the first version: the application starts on a database written by migrations V1 to V3 with the
 * data of those versions ({@link FirstVersionDatabase}), runs the later migrations itself, and then shows and edits
 * that data as if it had been written by today's version. Run on H2 ({@code UpgradeFromFirstVersionTest}) and on
 * PostgreSQL ({@code UpgradeFromFirstVersionPostgresIT}). The reading checks run first, then the writing ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WithMockUser(username = "alice", roles = "EDITOR")
abstract class UpgradeChecks {

    /** Written by the subclass before the application starts. */
    static FirstVersionDatabase before;

    @Autowired
    ChronologyService chronology;

    @Autowired
    ChronologyEditor editor;

    @Autowired
    ReaderService reader;

    @Autowired
    ReviewService review;

    @Autowired
    ReviewInbox inbox;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void every_migration_has_run_on_the_old_data() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion())
                .isEqualTo(flyway.info().all()[flyway.info().all().length - 1].getVersion());
    }

    @Test
    @Order(2)
    void the_corpus_is_not_imported_again() {
        assertThat(reader.articleCount()).isEqualTo(before.texts.size());
        assertThat(chronology.count(EventQuery.everything())).isEqualTo(before.events.size());
    }

    @Test
    @Order(3)
    void every_event_reads_as_it_was_written_with_each_quote_at_its_offsets_in_its_paragraph() {
        Map<String, EventDetails> shown = chronology.search(EventQuery.everything(), 0, 1000).items().stream()
                .collect(Collectors.toMap(EventDetails::title, Function.identity(), (a, b) -> a));

        for (ImportedEvent written : before.events) {
            EventDetails event = shown.get(written.title());
            assertThat(event).as(written.key()).isNotNull();
            assertThat(event.summary()).as(written.key()).isEqualTo(written.summary());
            assertThat(event.category()).isEqualTo(written.category());
            assertThat(List.of(event.earliest(), event.latest(), event.precision(), event.label()))
                    .as(written.key())
                    .isEqualTo(List.of(
                            written.date().earliest(),
                            written.date().latest(),
                            written.date().precision(),
                            written.date().label()));
            assertThat(event.places()).isEqualTo(written.places());
            assertThat(event.actors())
                    .extracting(EventDetails.ActorRef::id)
                    .containsExactlyInAnyOrderElementsOf(written.actorIds());
            assertThat(event.evidence())
                    .extracting(e -> new SelectedPassage(e.articleSlug(), e.startOffset(), e.endOffset()))
                    .containsExactlyInAnyOrderElementsOf(written.evidence());
            for (EventDetails.EvidenceDetails evidence : event.evidence()) {
                var article = reader.article(evidence.articleSlug()).orElseThrow();
                assertThat(article.text()).isEqualTo(before.texts.get(evidence.articleSlug()));
                assertThat(article.text().substring(evidence.startOffset(), evidence.endOffset()))
                        .isEqualTo(evidence.quote());
                var paragraph = article.passages().get(evidence.passage());
                assertThat(evidence.startOffset())
                        .as("the paragraph migration V5 found for the quote")
                        .isBetween(paragraph.startOffset(), paragraph.endOffset() - 1);
            }
        }
    }

    @Test
    @Order(3)
    void migration_v13_counted_the_published_events_citing_each_article_as_the_search_index_finds_them() {
        var byEvents = reader.articles(0, 100, "events", true);

        assertThat(byEvents).hasSize(before.texts.size());
        assertThat(byEvents)
                .allSatisfy(article -> assertThat(article.eventCount())
                        .as(article.slug())
                        .isEqualTo(chronology.count(EventQuery.ofArticle(article.slug()))));
        assertThat(byEvents.get(0).eventCount()).isPositive();
    }

    @Test
    @Order(4)
    void searching_finds_the_old_events_in_the_index_built_at_start() {
        var hits = chronology
                .search(EventQuery.window(null, null, "Mishustin"), 0, 10)
                .items();

        assertThat(hits).extracting(EventDetails::title).contains("Russian Prime Minister Mishustin visits Minsk");
    }

    @Test
    @Order(5)
    void the_editor_of_v2_logs_in_with_the_same_password() {
        var login = authentication.authenticate(new UsernamePasswordAuthenticationToken(
                FirstVersionDatabase.EDITOR, FirstVersionDatabase.EDITOR_PASSWORD));

        assertThat(login.isAuthenticated()).isTrue();
        assertThat(login.getAuthorities()).extracting(Object::toString).contains("ROLE_EDITOR");
    }

    @Test
    @Order(6)
    void the_event_merged_under_v2_still_points_to_the_event_that_absorbed_it() {
        assertThat(chronology.mergedInto(before.mergedEventId)).contains(before.survivorId);
        assertThat(chronology.find(before.mergedEventId)).isEmpty();
    }

    @Test
    @Order(7)
    void the_candidate_of_v3_waits_in_the_review_with_the_mod_its_bounds_imply() {
        assertThat(inbox.articles(0, 1_000)).extracting(p -> p.slug()).contains(before.candidateArticle());
        assertThat(review.candidates(before.candidateArticle(), PageRequest.of(0, 50)))
                .extracting(c -> c.title() + " / " + c.label())
                .contains(FirstVersionDatabase.CANDIDATE_TITLE + " / late June 2021");
        assertThat(jdbc.queryForObject(
                        "select date_mod from date_candidate where title = ?",
                        String.class,
                        FirstVersionDatabase.CANDIDATE_TITLE))
                .isEqualTo("END");
    }

    @Test
    @Order(10)
    void the_history_written_under_v2_is_shown_and_goes_on() {
        EventDetails event = chronology.find(before.editedEventId).orElseThrow();
        assertThat(editor.history(event.id()))
                .extracting(EventRevision::number, EventRevision::username, EventRevision::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, FirstVersionDatabase.EDITOR, "created"),
                        org.assertj.core.groups.Tuple.tuple(2, FirstVersionDatabase.EDITOR, "changed"));

        editor.update(event.id(), event.version(), withSummary(event, "Edited after the upgrade."));

        List<EventRevision> history = editor.history(event.id());
        assertThat(history).hasSize(3);
        assertThat(history.get(2).username()).isEqualTo("alice");
        assertThat(history.get(2).changes())
                .anySatisfy(change -> assertThat(change).contains("Edited after the upgrade."));
    }

    @Test
    @Order(11)
    void an_event_from_before_the_history_can_be_edited_and_gets_one() {
        EventDetails event = chronology.find(before.survivorId).orElseThrow();
        assertThat(editor.history(event.id())).isEmpty();

        EventDetails saved = editor.update(event.id(), event.version(), withSummary(event, "Edited at last."));

        assertThat(saved.summary()).isEqualTo("Edited at last.");
        assertThat(editor.history(event.id())).hasSize(1);
    }

    @Test
    @Order(12)
    void new_rows_get_ids_after_the_rows_the_old_versions_wrote() {
        long highest = jdbc.queryForObject("select max(id) from event", Long.class);
        EventDetails old = chronology.find(before.survivorId).orElseThrow();
        EventDraft draft = withSummary(old, "A new draft after the upgrade.");
        draft.setTitle("A new event after the upgrade");
        draft.setStatus(org.brtimeline.chronology.EventStatus.DRAFT);

        EventDetails created = editor.create(draft);

        assertThat(created.id()).isGreaterThan(highest);
    }

    private static EventDraft withSummary(EventDetails event, String summary) {
        EventDraft draft = EventDraft.of(event);
        draft.setSummary(summary);
        return draft;
    }
}
