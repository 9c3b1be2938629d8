package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.source.ArticleBody;
import org.brtimeline.source.ArticleDetails;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final String TEXT = "MINSK -- Russian Prime Minister Mikhail Mishustin has arrived in Minsk.\n\n"
            + "Meanwhile, the Interior Ministry said that 24 people were detained the previous day.";

    private final ArticleBody article = ArticleBody.of(
            new ArticleDetails(
                    "rferl-test",
                    "Russian PM In Minsk",
                    "RFE/RL",
                    null,
                    "en",
                    LocalDate.of(2020, 9, 3),
                    DatePrecision.DAY,
                    null),
            TEXT,
            NOW);

    private Event mishustinVisit() {
        return new Event(
                "Mishustin visits Minsk",
                Category.DIPLOMACY,
                EventDate.of(LocalDate.of(2020, 9, 3), DatePrecision.DAY),
                NOW);
    }

    @Test
    void evidence_quotes_exactly_the_text_at_its_offsets() {
        Event event = mishustinVisit();
        int start = TEXT.indexOf("Russian Prime Minister");
        int end = TEXT.indexOf(" has arrived");

        Evidence evidence = event.addEvidence(article, start, end);

        assertThat(evidence.quote()).isEqualTo("Russian Prime Minister Mikhail Mishustin");
        assertThat(evidence.quote()).isEqualTo(TEXT.substring(evidence.startOffset(), evidence.endOffset()));
        assertThat(evidence.passageIndex()).contains(0);
    }

    @Test
    void evidence_in_the_second_paragraph_knows_its_passage() {
        Event event = mishustinVisit();
        int start = TEXT.indexOf("24 people");

        assertThat(event.addEvidence(article, start, start + 9).passageIndex()).contains(1);
    }

    @Test
    void evidence_outside_the_article_is_rejected() {
        Event event = mishustinVisit();

        assertThatThrownBy(() -> event.addEvidence(article, TEXT.length() - 5, TEXT.length() + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not inside the text");
        assertThatThrownBy(() -> event.addEvidence(article, -1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event.addEvidence(article, 10, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evidence_of_nothing_but_white_space_is_rejected() {
        int blank = TEXT.indexOf("\n\n");

        assertThatThrownBy(() -> mishustinVisit().addEvidence(article, blank, blank + 2))
                .hasMessageContaining("white space");
    }

    @Test
    void the_same_passage_cannot_be_cited_twice_for_one_event() {
        Event event = mishustinVisit();
        event.addEvidence(article, 0, 5);

        assertThatThrownBy(() -> event.addEvidence(article, 0, 5)).hasMessageContaining("already cited");
    }

    @Test
    void an_event_cannot_be_published_without_evidence() {
        Event event = mishustinVisit();

        assertThatThrownBy(event::publish).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("status");
            assertThat(e.problem()).contains("without evidence");
        });
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void a_published_event_keeps_its_last_piece_of_evidence() {
        Event event = mishustinVisit();
        Evidence only = event.addEvidence(article, 0, 5);
        event.publish();

        assertThatThrownBy(() -> event.removeEvidence(only)).hasMessageContaining("at least one");
        assertThat(event.evidence()).hasSize(1);
    }

    @Test
    void a_draft_may_lose_all_its_evidence() {
        Event event = mishustinVisit();
        Evidence only = event.addEvidence(article, 0, 5);

        event.removeEvidence(only);

        assertThat(event.evidence()).isEmpty();
    }

    @Test
    void a_title_is_required_and_limited_in_length() {
        assertThatThrownBy(() -> new Event(
                        " ", Category.PROTEST, EventDate.of(LocalDate.of(2020, 9, 6), DatePrecision.DAY), NOW))
                .hasMessage("title: required");
        assertThatThrownBy(() -> mishustinVisit().rename("x".repeat(Event.MAX_TITLE + 1)))
                .hasMessageContaining("at most " + Event.MAX_TITLE);
    }

    @Test
    void a_merged_event_takes_no_evidence_and_no_changes() {
        Event survivor = mishustinVisit();
        Event duplicate = mishustinVisit();
        survivor.absorb(duplicate);

        assertThatThrownBy(() -> duplicate.addEvidence(article, 0, 5)).hasMessageContaining("merged into another");
        assertThatThrownBy(() -> duplicate.rename("A new title")).hasMessageContaining("merged into another");
        assertThatThrownBy(duplicate::delete).hasMessageContaining("merged into another");
        assertThatThrownBy(() -> mishustinVisit().absorb(duplicate)).hasMessageContaining("already merged");
        assertThat(duplicate.isEditable()).isFalse();
        assertThat(duplicate.status()).isEqualTo(EventStatus.MERGED);
    }

    @Test
    void a_deleted_event_takes_no_evidence_until_it_is_restored() {
        Event event = mishustinVisit();
        event.delete();

        assertThatThrownBy(() -> event.addEvidence(article, 0, 5)).hasMessageContaining("deleted");
        assertThatThrownBy(() -> event.summarise("Changed while deleted")).hasMessageContaining("deleted");
        event.undelete();
        assertThat(event.addEvidence(article, 0, 5).quote()).isEqualTo("MINSK");
    }
}
