package org.brtimeline.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.EventDate;
import org.brtimeline.chronology.EventStatus;
import org.junit.jupiter.api.Test;

class SyntheticEventsTest {

    private static final List<String> ACTORS =
            Vocabulary.actors().stream().map(Vocabulary.NewActor::name).toList();
    private static final List<SyntheticArticle> ARTICLES = new SyntheticArticles(new Chance(3), ACTORS).write(2_000, 1);
    private static final List<SyntheticEvent> EVENTS = events(3, 20_000);

    private static List<SyntheticEvent> events(long seed, int count) {
        SyntheticEvents generator = new SyntheticEvents(new Chance(seed), ACTORS, ARTICLES);
        return IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
    }

    @Test
    void every_quote_is_the_text_of_its_article_at_its_offsets() {
        for (SyntheticEvent event : EVENTS) {
            for (SyntheticEvent.Quote quote : event.evidence()) {
                String text = ARTICLES.get(quote.article()).text();
                assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
                assertThat(quote.text()).isNotBlank();
            }
        }
    }

    @Test
    void an_event_cites_one_to_three_articles_published_soon_after_it_could_have_begun() {
        assertThat(EVENTS)
                .allSatisfy(event -> assertThat(event.evidence())
                        .hasSizeBetween(1, 3)
                        .extracting(SyntheticEvent.Quote::article)
                        .doesNotHaveDuplicates());
        assertThat(share(e -> e.evidence().size() == 1)).isCloseTo(0.6, within(0.02));
        assertThat(share(e -> e.evidence().size() == 3)).isCloseTo(0.1, within(0.02));
        long soon = EVENTS.stream()
                .flatMap(e -> e.evidence().stream()
                        .map(q -> ARTICLES.get(q.article()).published().toEpochDay()
                                - e.date().earliest().toEpochDay()))
                .filter(days -> days >= 0 && days <= 90)
                .count();
        long quotes = EVENTS.stream().mapToLong(e -> e.evidence().size()).sum();
        assertThat((double) soon / quotes).isGreaterThan(0.9);
        assertThat(EVENTS.stream()
                        .flatMap(e -> e.evidence().stream())
                        .map(SyntheticEvent.Quote::article)
                        .distinct())
                .hasSizeGreaterThan(1_900);
    }

    @Test
    void dates_follow_the_benchmark_mix_with_the_bounds_event_date_computes() {
        assertThat(share(e ->
                        e.date().precision() == DatePrecision.DAY && !e.date().isRange()))
                .isCloseTo(0.70, within(0.02));
        assertThat(share(e -> e.date().precision() == DatePrecision.WEEK)).isCloseTo(0.07, within(0.01));
        assertThat(share(e -> e.date().precision() == DatePrecision.MONTH)).isCloseTo(0.13, within(0.01));
        assertThat(share(e -> e.date().precision() == DatePrecision.YEAR)).isCloseTo(0.04, within(0.01));
        assertThat(share(e -> e.date().qualifier() != null)).isCloseTo(0.10, within(0.02));
        assertThat(share(e -> e.date().start().getYear() >= 2008)).isCloseTo(0.625, within(0.03));
        for (SyntheticEvent event : EVENTS) {
            EventDate date = event.date();
            EventDate recomputed = EventDate.of(date.start(), date.end(), date.precision(), date.qualifier());
            assertThat(date.earliest()).isEqualTo(recomputed.earliest()).isAfterOrEqualTo(LocalDate.of(1985, 1, 1));
            assertThat(date.latest()).isEqualTo(recomputed.latest()).isBeforeOrEqualTo(LocalDate.of(2030, 12, 31));
            assertThat(date.wording()).isEqualTo(date.label());
        }
    }

    @Test
    void most_events_are_published_and_the_first_actors_of_the_pool_are_the_most_involved() {
        assertThat(share(e -> e.status() == EventStatus.PUBLISHED)).isCloseTo(0.97, within(0.01));
        assertThat(share(e -> e.status() == EventStatus.DELETED)).isCloseTo(0.01, within(0.005));
        assertThat(share(e -> e.actors().contains(0))).isGreaterThan(0.1);
        assertThat(share(e -> e.actors().contains(ACTORS.size() - 1))).isLessThan(0.005);
        assertThat(EVENTS).allSatisfy(event -> {
            assertThat(event.actors()).hasSizeBetween(1, 4).doesNotHaveDuplicates();
            assertThat(event.places()).hasSizeBetween(0, 2);
            assertThat(event.title()).startsWith(ACTORS.get(event.actors().get(0)));
        });
        assertThat(share(e -> e.summary() != null)).isCloseTo(0.6, within(0.02));
    }

    @Test
    void the_same_seed_gives_the_same_events_and_another_seed_others() {
        List<SyntheticEvent> again = events(3, 500);
        List<SyntheticEvent> other = events(4, 500);

        for (int i = 0; i < 500; i++) {
            assertThat(again.get(i).title()).isEqualTo(EVENTS.get(i).title());
            assertThat(again.get(i).date().earliest())
                    .isEqualTo(EVENTS.get(i).date().earliest());
            assertThat(again.get(i).evidence()).isEqualTo(EVENTS.get(i).evidence());
        }
        assertThat(other)
                .extracting(SyntheticEvent::title)
                .isNotEqualTo(again.stream().map(SyntheticEvent::title).toList());
    }

    private static double share(Predicate<SyntheticEvent> condition) {
        return (double) EVENTS.stream().filter(condition).count() / EVENTS.size();
    }
}
