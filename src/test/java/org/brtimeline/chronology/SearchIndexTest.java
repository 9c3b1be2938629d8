package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Set;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The search index follows every edit, and is rebuilt at start when it misses events. */
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
}
