package org.brtimeline.chronology;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.brtimeline.base.DataReplaced;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.base.LikePattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds events for readers; every answer is built inside one read-only transaction. */
@Service
public class ChronologyService {

    /** The largest page anyone may ask for. */
    public static final int MAX_PAGE_SIZE = 1000;

    /** How many answers of {@link #countPer} and {@link #extent} are kept between edits. */
    private static final int KEPT_COUNTS = 32 * 64;

    /** Pages that start up to here are read with their total in one search of the index. */
    private static final long ONE_SEARCH_OFFSETS = 100_000;

    private final EventRepository events;
    private final ActorRepository actors;
    private final DatabaseLookup database;
    private final IndexLookup index;
    private final Revisions revisions;
    /** Counts per period and extents, which every reader's first window asks for alike: kept until the next edit. */
    private final RevisionCache<Counting, List<DateBucket>> counts;

    private final RevisionCache<EventQuery, Optional<DateBucket>> extents;

    private record Counting(EventQuery query, BucketSize size) {}

    ChronologyService(
            EventRepository events,
            ActorRepository actors,
            DatabaseLookup database,
            IndexLookup index,
            Revisions revisions,
            Clock clock,
            @Value("${app.cache.settle:5s}") Duration settle) {
        this.events = events;
        this.actors = actors;
        this.database = database;
        this.index = index;
        this.revisions = revisions;
        this.counts = new RevisionCache<>(clock, settle, KEPT_COUNTS, answer -> 1);
        this.extents = new RevisionCache<>(clock, settle, KEPT_COUNTS, answer -> 1);
    }

    /** A restore replaced the events without a new revision: the kept counts and extents are of before. */
    @EventListener(DataReplaced.class)
    @Order(DataReplaced.DROP)
    void dropKeptAnswers() {
        counts.clear();
        extents.clear();
    }

    /**
     * A number that grows with every change to any event or its evidence, made on this node or another one sharing the
     * database (the latest revision): while it stays the same, so do the published events.
     */
    public long lastRevision() {
        return revisions.latest();
    }

    /** How many matching events start (by their earliest possible day) in each year, month or day, in date order. */
    @Transactional(readOnly = true)
    public List<DateBucket> countPer(EventQuery query, BucketSize size) {
        return counts.get(new Counting(query, size), lastRevision(), () -> index.countPer(query, size));
    }

    /** The first and last possible day of all matching events and their number; empty when none match. */
    @Transactional(readOnly = true)
    public Optional<DateBucket> extent(EventQuery query) {
        return extents.get(query, lastRevision(), () -> index.extent(query));
    }

    /** One page of the matching events in date order, with their number. */
    @Transactional(readOnly = true)
    public EventPage search(EventQuery query, int page, int size) {
        return search(query, page, size, EventOrder.OLDEST_FIRST);
    }

    /** One page of the matching events in this order, with their number. */
    @Transactional(readOnly = true)
    public EventPage search(EventQuery query, int page, int size, EventOrder order) {
        if (page < 0) {
            throw new InvalidValueException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        long offset = (long) page * size;
        if (rows(query) == index && offset <= ONE_SEARCH_OFFSETS) {
            // The page and the total from one search of the index (a count and a slice were two). Past this offset the
            // count comes first: the index collects offset + size hits, so a page far past the end must not be asked.
            IndexLookup.Found found = index.page(query, offset, size, order);
            return new EventPage(found.events().stream().map(EventDetails::of).toList(), found.total(), page, size);
        }
        long total = count(query);
        if (offset >= total) {
            // Past the last event (and perhaps past what the database driver takes as an offset): an empty page.
            return new EventPage(List.of(), total, page, size);
        }
        return new EventPage(slice(query, offset, size, order), total, page, size);
    }

    /** Events from position {@code offset} on, at most {@code limit} (capped at {@link #MAX_PAGE_SIZE}), for lazy lists. */
    @Transactional(readOnly = true)
    public List<EventDetails> slice(EventQuery query, long offset, int limit) {
        return slice(query, offset, limit, EventOrder.OLDEST_FIRST);
    }

    /** The same, in this order. */
    @Transactional(readOnly = true)
    public List<EventDetails> slice(EventQuery query, long offset, int limit, EventOrder order) {
        if (offset < 0 || limit < 1) {
            throw new InvalidValueException("offset", "must be 0 or more, limit: 1 or more");
        }
        return rows(query).slice(query, offset, Math.min(limit, MAX_PAGE_SIZE), order).stream()
                .map(EventDetails::of)
                .toList();
    }

    /**
     * The matching event that comes right after ({@code forward}) or right before the given one in date
     * order (earliest day, then latest, then id), for stepping through a selection; empty at either end.
     */
    @Transactional(readOnly = true)
    public Optional<EventDetails> neighbour(EventQuery query, long eventId, boolean forward) {
        return events.findById(eventId)
                .flatMap(from -> rows(query).neighbour(query, from, forward))
                .map(EventDetails::of);
    }

    @Transactional(readOnly = true)
    public long count(EventQuery query) {
        return index.count(query);
    }

    /**
     * Where an event stands among the matching events in date order (the order of {@link #slice}, oldest first): how
     * many come before it. Empty when the event does not match.
     */
    @Transactional(readOnly = true)
    public Optional<Long> position(EventQuery query, long eventId) {
        return events.findById(eventId)
                .filter(e -> index.matches(query, eventId))
                .map(e -> index.countBefore(query, e));
    }

    /** How many matching events start (by their earliest possible day) before this day: where that day begins in date order. */
    @Transactional(readOnly = true)
    public long countStartingBefore(EventQuery query, LocalDate day) {
        return index.countStartingBefore(query, day);
    }

    /** A published event by id; drafts are not visible to readers. */
    @Transactional(readOnly = true)
    public Optional<EventDetails> find(long id) {
        return events.findById(id)
                .filter(e -> e.status() == EventStatus.PUBLISHED)
                .map(EventDetails::of);
    }

    /** Every quoted range of an article that supports a published event, in text order, with the event's date label. */
    @Transactional(readOnly = true)
    public List<ArticleEvidence> evidenceInArticle(String slug) {
        List<ArticleEvidence> ranges = events.evidenceIn(slug);
        Map<Long, String> labels =
                events
                        .findAllById(ranges.stream()
                                .map(ArticleEvidence::eventId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Event::id, e -> e.date().label()));
        return ranges.stream()
                .map(r -> new ArticleEvidence(
                        r.evidenceId(),
                        r.eventId(),
                        r.eventTitle(),
                        labels.get(r.eventId()),
                        r.startOffset(),
                        r.endOffset()))
                .toList();
    }

    /**
     * Where a merged event's permalink leads: the event that absorbed it, or, when that one was merged in turn, the
     * event its chain of merges ends at (A into B, then B into C: A leads to C). Empty for an event not merged.
     */
    @Transactional(readOnly = true)
    public Optional<Long> mergedInto(long id) {
        Optional<Long> survivor = Optional.empty();
        Set<Long> seen = new HashSet<>();
        Optional<Event> event = events.findById(id);
        while (event.isPresent()
                && event.get().status() == EventStatus.MERGED
                && seen.add(event.get().id())) {
            survivor = Optional.ofNullable(event.get().mergedInto());
            event = survivor.flatMap(events::findById);
        }
        return survivor;
    }

    /** Whether no event has ever been stored (or all were removed). */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return events.count() == 0 && actors.count() == 0;
    }

    /** The known actors whose name or one of whose spellings occurs in the text as a whole word. */
    @Transactional(readOnly = true)
    public List<EventDetails.ActorRef> actorsMentionedIn(String text) {
        return actorsMentionedIn(List.of(text)).get(0);
    }

    /** For each text, in order, the known actors it mentions; the actors are read once for all the texts. */
    @Transactional(readOnly = true)
    public List<List<EventDetails.ActorRef>> actorsMentionedIn(List<String> texts) {
        Map<EventDetails.ActorRef, Pattern> spellings = new LinkedHashMap<>();
        for (Actor actor : actors.findAllByOrderByNameAsc()) {
            String any = Stream.concat(Stream.of(actor.name()), actor.aliases().stream())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
            spellings.put(actor.ref(), Pattern.compile("(?<![\\p{L}])(?:" + any + ")(?![\\p{L}])"));
        }
        return texts.stream()
                .map(text -> spellings.entrySet().stream()
                        .filter(spelling -> spelling.getValue().matcher(text).find())
                        .map(Map.Entry::getKey)
                        .toList())
                .toList();
    }

    /**
     * The places named in the text as whole words, among those the chronology's events already name (Minsk,
     * Sochi, …), in the order the text names them.
     */
    @Transactional(readOnly = true)
    public List<String> placesMentionedIn(String text) {
        Map<Integer, String> found = new java.util.TreeMap<>();
        for (String place : events.knownPlaces()) {
            var at = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(place) + "(?![\\p{L}])")
                    .matcher(text);
            if (at.find()) {
                found.putIfAbsent(at.start(), place);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * For each sentence's clues, up to {@code perSentence} published events overlapping its days that share the most
     * of its actors and words, the most alike first: the search index ranks every overlapping event, however many share
     * the days; the events of all the sentences are then loaded in one query.
     */
    @Transactional(readOnly = true)
    public Map<EventClues, List<EventDetails>> resembling(Collection<EventClues> clues, int perSentence) {
        Map<EventClues, List<Long>> ids = new LinkedHashMap<>();
        clues.forEach(c -> ids.computeIfAbsent(c, key -> index.resembling(key, perSentence)));
        Map<Long, EventDetails> found =
                events
                        .findAllById(ids.values().stream()
                                .flatMap(List::stream)
                                .distinct()
                                .toList())
                        .stream()
                        .map(EventDetails::of)
                        .collect(Collectors.toMap(EventDetails::id, e -> e));
        return ids.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> entry.getValue().stream()
                                .filter(found::containsKey)
                                .map(found::get)
                                .toList()));
    }

    @Transactional(readOnly = true)
    public List<EventDetails.ActorRef> actors() {
        return actors.findAllByOrderByNameAsc().stream().map(Actor::ref).toList();
    }

    /** Every actor's spellings (its name, then its other names), by id: what an editor's typing may match. */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> actorSpellings() {
        return actors.findAllByOrderByNameAsc().stream()
                .collect(Collectors.toMap(
                        Actor::id,
                        a -> Stream.concat(Stream.of(a.name()), a.aliases().stream())
                                .toList()));
    }

    /**
     * One page of the actors a filter offers for a typed text (in the name or any spelling), by name: a filter loads
     * the page it shows, not every actor.
     */
    @Transactional(readOnly = true)
    public List<EventDetails.ActorRef> actorChoices(String text, int page, int pageSize) {
        return actors.findMatching(LikePattern.containing(text), PageRequest.of(page, pageSize)).stream()
                .map(Actor::ref)
                .toList();
    }

    /** These actors (those that exist), by name. */
    @Transactional(readOnly = true)
    public List<EventDetails.ActorRef> actors(Collection<Long> ids) {
        return actors.findAllById(ids).stream()
                .map(Actor::ref)
                .sorted(Comparator.comparing(EventDetails.ActorRef::name))
                .toList();
    }

    /** The actors of these names (those that exist), keyed by name: one query however many names. */
    @Transactional(readOnly = true)
    public Map<String, EventDetails.ActorRef> actorsNamed(Collection<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        return actors.findByNameIn(names).stream()
                .map(Actor::ref)
                .collect(Collectors.toMap(EventDetails.ActorRef::name, ref -> ref, (a, b) -> a));
    }

    /** Every actor with their spellings, by name: what candidate events recognise in new articles. */
    @Transactional(readOnly = true)
    public List<ActorProfile> actorProfiles() {
        return actors.findAllByOrderByNameAsc().stream().map(ActorProfile::of).toList();
    }

    /** An actor with their spellings, for their page. */
    @Transactional(readOnly = true)
    public Optional<ActorProfile> actor(long id) {
        return actors.findById(id).map(ActorProfile::of);
    }

    /** The actor that goes by this name or spelling. */
    @Transactional(readOnly = true)
    public Optional<EventDetails.ActorRef> actorCalled(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        return actors.findCalledAnyOf(List.of(nameOrAlias.strip().toLowerCase(java.util.Locale.ROOT))).stream()
                .filter(a -> a.isCalled(nameOrAlias.strip()))
                .findFirst()
                .map(Actor::ref);
    }

    /** Every spelling a search text stands for (its words and phrases, and the other spellings of the people it names), to mark hits. */
    @Transactional(readOnly = true)
    public List<String> searchedSpellings(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return SearchTerms.of(text, actors.findAllByOrderByNameAsc()).terms().stream()
                .flatMap(java.util.Set::stream)
                .distinct()
                .toList();
    }

    /** When each of these published events was last changed, by id (for feeds); others are left out. */
    @Transactional(readOnly = true)
    public Map<Long, java.time.Instant> lastChanged(Collection<Long> ids) {
        return events.findAllById(ids).stream()
                .filter(e -> e.status() == EventStatus.PUBLISHED)
                .collect(Collectors.toMap(Event::id, Event::updatedAt));
    }

    /** Searches and windows read their events from the index, open-ended lists from the database (see EventRows). */
    private EventRows rows(EventQuery query) {
        boolean window = query.from() != null && query.to() != null;
        return query.text() != null || window ? index : database;
    }
}
