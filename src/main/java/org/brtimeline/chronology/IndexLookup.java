package org.brtimeline.chronology;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * Answers queries from the search index (Hibernate Search): every count, and the events of searches and windows. With
 * a search text, every word or "quoted phrase" must
 * match in the title, summary, places, quotes, the cited articles' titles or the actors' names and spellings, each in
 * any case, with or without diacritics and in any English inflection ({@link org.brtimeline.base.TextAnalysis}); a
 * person's name also matches in their other spellings ({@link SearchTerms}). Dates, status, categories, actors and
 * article filter in the index too, so a search of a million events never leaves the index except to load the events
 * it returns.
 */
@Component
class IndexLookup implements EventRows {

    /** The searchable texts of an event, with how much a match in each counts for ranking. */
    private static final Map<String, Float> TEXTS = Map.of(
            "title", 3f,
            "summary", 1.5f,
            "places", 1f,
            "actors.name", 1f,
            "actors.aliases", 1f,
            "evidence.quote", 1f,
            "evidence.article.title", 0.5f);

    private static final String EARLIEST = "date.earliest";
    private static final String LATEST = "date.latest";
    private static final String ID = "id";

    private static final float SHARED_ACTOR = 3f;
    private static final float WITHIN_THE_DAYS = 2f;

    /** More distinct days than any chronology has (about 270 years). */
    private static final int MAX_DAYS = 100_000;

    private final EntityManager entityManager;
    private final ActorRepository actors;

    IndexLookup(EntityManager entityManager, ActorRepository actors) {
        this.entityManager = entityManager;
        this.actors = actors;
    }

    public List<DateBucket> countPer(EventQuery query, BucketSize size) {
        var days = AggregationKey.<Map<LocalDate, Long>>of("days");
        var scope = scope();
        Map<LocalDate, Long> perDay = session()
                .search(scope)
                .where(matching(scope, query))
                .aggregation(
                        days,
                        f -> f.terms()
                                .field(EARLIEST, LocalDate.class)
                                .maxTermCount(MAX_DAYS)
                                .orderByTermAscending())
                .fetch(0)
                .aggregation(days);
        return DateBucket.rollUp(perDay, size);
    }

    public Optional<DateBucket> extent(EventQuery query) {
        var scope = scope();
        SearchPredicate matching = matching(scope, query);
        var first = session()
                .search(scope)
                .select(f -> f.field(EARLIEST, LocalDate.class))
                .where(matching)
                .sort(f -> f.field(EARLIEST))
                .fetch(1);
        if (first.hits().isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = session()
                .search(scope)
                .select(f -> f.field(LATEST, LocalDate.class))
                .where(matching)
                .sort(f -> f.field(LATEST).desc())
                .fetchHits(1)
                .get(0);
        return Optional.of(
                new DateBucket(first.hits().get(0), last, first.total().hitCount()));
    }

    @Override
    public List<Event> slice(EventQuery query, long offset, int limit, EventOrder order) {
        if (offset > Integer.MAX_VALUE - limit) {
            return List.of();
        }
        var scope = scope();
        return session()
                .search(scope)
                .where(matching(scope, query))
                .sort(f -> order(f, order))
                .fetchHits((int) offset, limit);
    }

    /**
     * A page of the matching events in this order and how many match in all, from one search of the index. The index
     * collects {@code offset + limit} hits: callers keep the offset small.
     */
    public Found page(EventQuery query, long offset, int limit, EventOrder order) {
        var scope = scope();
        var result = session()
                .search(scope)
                .where(matching(scope, query))
                .sort(f -> order(f, order))
                .fetch((int) offset, limit);
        return new Found(result.hits(), result.total().hitCount());
    }

    /** Some of the matching events, and how many match. */
    record Found(List<Event> events, long total) {}

    public long count(EventQuery query) {
        var scope = scope();
        return session().search(scope).where(matching(scope, query)).fetchTotalHitCount();
    }

    @Override
    public Optional<Event> neighbour(EventQuery query, Event from, boolean forward) {
        var scope = scope();
        var f = scope.predicate();
        return session()
                .search(scope)
                .where(matchingAnd(scope, query, beyond(f, from, forward)))
                .sort(s -> order(s, forward ? EventOrder.OLDEST_FIRST : EventOrder.NEWEST_FIRST))
                .fetchHits(1)
                .stream()
                .findFirst();
    }

    public boolean matches(EventQuery query, long eventId) {
        var scope = scope();
        var f = scope.predicate();
        return session()
                        .search(scope)
                        .where(matchingAnd(scope, query, f.match().field(ID).matching(eventId)))
                        .fetchTotalHitCount()
                > 0;
    }

    public long countBefore(EventQuery query, Event event) {
        var scope = scope();
        var f = scope.predicate();
        return session()
                .search(scope)
                .where(matchingAnd(scope, query, beyond(f, event, false)))
                .fetchTotalHitCount();
    }

    public long countStartingBefore(EventQuery query, LocalDate day) {
        var scope = scope();
        var f = scope.predicate();
        return session()
                .search(scope)
                .where(matchingAnd(scope, query, f.range().field(EARLIEST).lessThan(day)))
                .fetchTotalHitCount();
    }

    /**
     * The ids of the published events overlapping the clues' days that share one of their actors or words, the most
     * alike first, at most {@code limit}. Every overlapping event is ranked, in the index, by what the review weighs:
     * {@value #SHARED_ACTOR} for each shared actor, 1 for each shared word (in the title, summary or places, in any
     * inflection), {@value #WITHIN_THE_DAYS} for dates within the clues' days; ties go to the latest.
     */
    List<Long> resembling(EventClues clues, int limit) {
        if (clues.actorIds().isEmpty() && clues.words().isEmpty()) {
            return List.of();
        }
        DateWindow days = clues.window();
        return session()
                .search(Event.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var alike = f.bool();
                    clues.actorIds()
                            .forEach(id -> alike.should(f.match()
                                    .field("actors.id")
                                    .matching(id)
                                    .constantScore()
                                    .boost(SHARED_ACTOR)));
                    clues.words()
                            .forEach(word -> alike.should(f.match()
                                    .fields("title", "summary", "places")
                                    .matching(word)
                                    .constantScore()
                                    .boost(1f)));
                    return f.bool()
                            .must(alike)
                            .should(f.bool()
                                    .must(f.range().field(EARLIEST).atLeast(days.from()))
                                    .must(f.range().field(LATEST).atMost(days.to()))
                                    .constantScore()
                                    .boost(WITHIN_THE_DAYS))
                            .filter(f.match().field("status").matching(EventStatus.PUBLISHED))
                            .filter(f.range().field(LATEST).atLeast(days.from()))
                            .filter(f.range().field(EARLIEST).atMost(days.to()));
                })
                .sort(f -> f.composite(c -> {
                    c.add(f.score());
                    c.add(f.field(EARLIEST).desc());
                    c.add(f.field(ID).desc());
                }))
                .fetchHits(limit);
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }

    private SearchScope<Event> scope() {
        return session().scope(Event.class);
    }

    /** The whole query as one index predicate: the text's terms must all match, the rest filters. */
    private SearchPredicate matching(SearchScope<Event> scope, EventQuery query) {
        SearchPredicateFactory f = scope.predicate();
        var all = f.bool();
        SearchTerms terms = SearchTerms.of(query.text(), query.text() == null ? List.of() : actors.findAll());
        if (terms.isEmpty()) {
            all.must(f.matchAll());
        }
        for (Set<String> spellings : terms.terms()) {
            var any = f.bool();
            spellings.forEach(spelling -> any.should(inAnyText(f, spelling)));
            all.must(any);
        }
        if (!query.includeDrafts()) {
            all.filter(f.match().field("status").matching(EventStatus.PUBLISHED));
        }
        if (query.from() != null) {
            all.filter(f.range().field(LATEST).atLeast(query.from()));
        }
        if (query.to() != null) {
            all.filter(f.range().field(EARLIEST).atMost(query.to()));
        }
        if (!query.categories().isEmpty()) {
            all.filter(f.terms().field("category").matchingAny(query.categories()));
        }
        if (!query.actorIds().isEmpty()) {
            all.filter(f.terms().field("actors.id").matchingAny(query.actorIds()));
        }
        if (query.articleSlug() != null) {
            all.filter(f.match().field("evidence.article.slug").matching(query.articleSlug()));
        }
        return all.toPredicate();
    }

    /** The query's events that also meet {@code extra}. */
    private SearchPredicate matchingAnd(SearchScope<Event> scope, EventQuery query, PredicateFinalStep extra) {
        return scope.predicate()
                .and(matching(scope, query), extra.toPredicate())
                .toPredicate();
    }

    private static PredicateFinalStep inAnyText(SearchPredicateFactory f, String spelling) {
        var fields = TEXTS.entrySet().iterator();
        var first = fields.next();
        var phrase = f.phrase().field(first.getKey()).boost(first.getValue());
        while (fields.hasNext()) {
            var next = fields.next();
            phrase = phrase.field(next.getKey()).boost(next.getValue());
        }
        return phrase.matching(spelling);
    }

    /** The events after ({@code forward}) or before {@code event} in chronological order: earliest, latest, then id. */
    private static PredicateFinalStep beyond(SearchPredicateFactory f, Event event, boolean forward) {
        LocalDate earliest = event.date().earliest();
        LocalDate latest = event.date().latest();
        return f.or(
                past(f, EARLIEST, earliest, forward),
                f.and(
                        f.match().field(EARLIEST).matching(earliest),
                        f.or(
                                past(f, LATEST, latest, forward),
                                f.and(f.match().field(LATEST).matching(latest), past(f, ID, event.id(), forward)))));
    }

    private static PredicateFinalStep past(SearchPredicateFactory f, String field, Object value, boolean forward) {
        return forward
                ? f.range().field(field).greaterThan(value)
                : f.range().field(field).lessThan(value);
    }

    private static SortFinalStep order(SearchSortFactory f, EventOrder order) {
        SortOrder direction = order == EventOrder.NEWEST_FIRST ? SortOrder.DESC : SortOrder.ASC;
        var chronological = f.composite(c -> {
            c.add(f.field(EARLIEST).order(direction));
            c.add(f.field(LATEST).order(direction));
            c.add(f.field(ID).order(direction));
        });
        return order == EventOrder.BEST_MATCH
                ? f.composite(c -> {
                    c.add(f.score());
                    c.add(chronological);
                })
                : chronological;
    }
}
