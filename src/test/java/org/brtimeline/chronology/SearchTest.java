package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What readers' searches find in the curated corpus, through the search index. */
@IntegrationTest
class SearchTest {

    @Autowired
    ChronologyService chronology;

    private List<String> titles(String text) {
        return chronology.slice(EventQuery.window(null, null, text), 0, 1000).stream()
                .map(EventDetails::title)
                .toList();
    }

    private List<String> ranked(String text) {
        return chronology.slice(EventQuery.window(null, null, text), 0, 1000, EventOrder.BEST_MATCH).stream()
                .map(EventDetails::title)
                .toList();
    }

    @Test
    void a_word_matches_in_any_inflection() {
        assertThat(titles("protest")).isNotEmpty().isEqualTo(titles("protests")).isEqualTo(titles("protesting"));
    }

    @Test
    void case_and_diacritics_do_not_matter() {
        assertThat(titles("Mishustin"))
                .isNotEmpty()
                .isEqualTo(titles("MISHUSTIN"))
                .isEqualTo(titles("Mišhustín"));
    }

    @Test
    void every_word_must_match() {
        List<String> both = titles("Putin Lukashenko");

        assertThat(both).isNotEmpty();
        assertThat(titles("Putin")).containsAll(both).hasSizeGreaterThan(both.size());
        assertThat(titles("Putin Lukashenko latrine")).isEmpty();
    }

    @Test
    void a_quoted_phrase_matches_its_words_in_that_order() {
        assertThat(titles("\"Mishustin visits Minsk\""))
                .containsExactly("Russian Prime Minister Mishustin visits Minsk");
        assertThat(titles("\"Minsk visits Mishustin\"")).isEmpty();
    }

    @Test
    void a_persons_other_spellings_find_the_same_events() {
        assertThat(titles("Lukashenka")).isNotEmpty().isEqualTo(titles("Lukashenko"));
        assertThat(titles("Makey")).isNotEmpty().isEqualTo(titles("Makei"));
    }

    @Test
    void the_best_matches_come_first_when_asked_and_date_order_otherwise() {
        assertThat(ranked("Mishustin visits Minsk").get(0)).isEqualTo("Russian Prime Minister Mishustin visits Minsk");

        List<EventDetails> byDate = chronology.slice(EventQuery.window(null, null, "Mishustin"), 0, 1000);
        assertThat(byDate)
                .extracting(EventDetails::earliest)
                .isSortedAccordingTo(LocalDate::compareTo)
                .hasSize((int) chronology.count(EventQuery.window(null, null, "Mishustin")));
    }

    @Test
    void the_cited_articles_titles_and_the_places_are_searched_too() {
        String articleTitle = chronology
                .slice(EventQuery.window(null, null, "Mishustin"), 0, 1)
                .get(0)
                .evidence()
                .get(0)
                .articleTitle();
        String rareWord = java.util.Arrays.stream(articleTitle.split("\\W+"))
                .filter(w -> w.length() > 6)
                .findFirst()
                .orElseThrow();

        assertThat(titles(rareWord)).isNotEmpty();
    }

    @Test
    void a_search_answers_windows_counts_and_steps_like_the_database_does() {
        EventQuery all = EventQuery.window(null, null, "Lukashenko");
        List<EventDetails> found = chronology.slice(all, 0, 1000);
        EventDetails second = found.get(1);

        assertThat(chronology.count(all)).isEqualTo(found.size());
        assertThat(chronology.position(all, second.id())).contains(1L);
        assertThat(chronology.neighbour(all, second.id(), false))
                .map(EventDetails::id)
                .contains(found.get(0).id());
        assertThat(chronology.neighbour(all, second.id(), true))
                .map(EventDetails::id)
                .contains(found.get(2).id());
        assertThat(chronology.countPer(all, BucketSize.YEAR).stream()
                        .mapToLong(DateBucket::count)
                        .sum())
                .isEqualTo(found.size());
        var extent = chronology.extent(all).orElseThrow();
        assertThat(extent.start()).isEqualTo(found.get(0).earliest());
        assertThat(extent.count()).isEqualTo(found.size());
        LocalDate from = LocalDate.of(2021, 1, 1);
        assertThat(chronology.count(new EventQuery(from, null, "Lukashenko", null, null, null, false)))
                .isEqualTo(
                        found.stream().filter(e -> !e.latest().isBefore(from)).count());
        assertThat(chronology.countStartingBefore(all, from))
                .isEqualTo(
                        found.stream().filter(e -> e.earliest().isBefore(from)).count());
    }
}
