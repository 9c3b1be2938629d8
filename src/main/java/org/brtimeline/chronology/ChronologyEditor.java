package org.brtimeline.chronology;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.brtimeline.base.Access;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.source.ArticleBody;
import org.brtimeline.source.ArticleService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors' changes to the chronology: create, edit with optimistic locking, evidence, delete and
 * undo, merge, and restoring an earlier revision. Every change is a revision in the history. The service checks
 * its callers itself ({@link Access}).
 */
@Service
public class ChronologyEditor {

    private final EventRepository events;
    private final ActorRepository actors;
    private final ArticleService articles;
    private final EventHistory history;
    private final ArticleEventCounts counts;
    private final Clock clock;

    /** A read-only transaction of its own, beside the one an edit runs in. */
    private final TransactionTemplate apart;

    ChronologyEditor(
            EventRepository events,
            ActorRepository actors,
            ArticleService articles,
            EventHistory history,
            ArticleEventCounts counts,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.actors = actors;
        this.articles = articles;
        this.history = history;
        this.counts = counts;
        this.clock = clock;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.apart.setReadOnly(true);
    }

    /** Any event, drafts and deleted ones included: editors see everything. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.EDITORS)
    public EventDetails find(long id) {
        return EventDetails.of(event(id));
    }

    @Transactional
    @PreAuthorize(Access.EDITORS)
    public EventDetails create(EventDraft draft) {
        return create(draft, List.of());
    }

    /** A new event citing the passages an editor selected; it may be published at once, since it has evidence. */
    @Transactional
    @PreAuthorize(Access.EDITORS)
    public EventDetails create(EventDraft draft, List<SelectedPassage> evidence) {
        return flushed(newEvent(draft, evidence), ArticleEventCounts.Tally.none());
    }

    /**
     * Stores events read from a file as drafts (whatever status the drafts name), all in one transaction: when one
     * fails, none is stored. For an editor's upload (the page and the import's own entry point are editors' only) and
     * for the {@code import-events} command, which runs without a user (its revisions are the system's).
     */
    @PreAuthorize(Access.EDITORS_OR_SYSTEM)
    @Transactional
    public List<EventDetails> importDrafts(List<ImportedDraft> drafts) {
        List<Event> created = new java.util.ArrayList<>();
        for (ImportedDraft imported : drafts) {
            imported.draft().setStatus(EventStatus.DRAFT);
            created.add(newEvent(imported.draft(), imported.evidence()));
        }
        List<Event> saved = events.saveAllAndFlush(created);
        counts.after(ArticleEventCounts.Tally.none(), saved.toArray(Event[]::new));
        return saved.stream().map(EventDetails::of).toList();
    }

    private Event newEvent(EventDraft draft, List<SelectedPassage> evidence) {
        Event event = new Event(draft.getTitle(), draft.getCategory(), draft.date(), clock.instant());
        for (SelectedPassage passage : evidence) {
            event.addEvidence(article(passage.articleSlug()), passage.start(), passage.end());
        }
        apply(event, draft);
        return event;
    }

    /**
     * Builds, cites and publishes a curated event of the corpus; it joins the import's transaction, which runs at
     * start-up as the system ({@link org.brtimeline.base.SystemTask}): no editor publishes without the form's checks.
     */
    @Transactional
    @PreAuthorize(Access.SYSTEM)
    public EventDetails importCurated(ImportedEvent imported) {
        if (imported.evidence().isEmpty()) {
            throw new InvalidValueException("evidence", "at least one quote is required");
        }
        Event event = new Event(imported.title(), imported.category(), imported.date(), clock.instant());
        event.markCurated(imported.key());
        event.summarise(imported.summary());
        event.involve(new HashSet<>(actors.findAllById(imported.actorIds())));
        event.locate(imported.places());
        for (SelectedPassage passage : imported.evidence()) {
            event.addEvidence(article(passage.articleSlug()), passage.start(), passage.end());
        }
        event.publish();
        return flushed(event, ArticleEventCounts.Tally.none());
    }

    /** Stores a new actor (an editor's, or a curated one of the corpus); its name must be new, aliases included. */
    @Transactional
    @PreAuthorize(Access.EDITORS_OR_SYSTEM)
    public EventDetails.ActorRef addActor(String name, ActorKind kind, java.util.Collection<String> aliases) {
        Actor actor = new Actor(name, kind, aliases);
        List<String> spellings = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(actor.name()), actor.aliases().stream())
                .toList();
        if (actors
                .findCalledAnyOf(spellings.stream()
                        .map(s -> s.toLowerCase(java.util.Locale.ROOT))
                        .toList())
                .stream()
                .anyMatch(a -> spellings.stream().anyMatch(a::isCalled))) {
            throw new InvalidValueException("name", "an actor called '" + actor.name() + "' exists");
        }
        return actors.save(actor).ref();
    }

    /** The exact text an editor selected, to show before it is used. */
    @Transactional(readOnly = true)
    public String quoteOf(SelectedPassage passage) {
        return article(passage.articleSlug()).textBetween(passage.start(), passage.end());
    }

    /** The article with its text, to cut quotes from. */
    private ArticleBody article(String slug) {
        return articles.body(slug)
                .orElseThrow(() -> new InvalidValueException("evidence", "unknown article '" + slug + "'"));
    }

    /** Saves the draft over the event, unless someone saved it after {@code expectedVersion}. */
    @Transactional
    @PreAuthorize(Access.EDITORS)
    public EventDetails update(long id, long expectedVersion, EventDraft draft) {
        Event event = current(id, expectedVersion);
        var before = counts.before(event);
        apply(event, draft);
        return flushed(event, before);
    }

    /** Cites a passage, unless someone saved the event after {@code expectedVersion}. */
    @Transactional
    @PreAuthorize(Access.EDITORS)
    public EventDetails addEvidence(long eventId, long expectedVersion, String articleSlug, int start, int end) {
        Event event = current(eventId, expectedVersion);
        var before = counts.before(event);
        event.addEvidence(article(articleSlug), start, end);
        event.touch(clock.instant());
        return flushed(event, before);
    }

    @Transactional
    @PreAuthorize(Access.EDITORS)
    public EventDetails removeEvidence(long eventId, long expectedVersion, long evidenceId) {
        Event event = current(eventId, expectedVersion);
        var before = counts.before(event);
        Evidence evidence = event.evidence().stream()
                .filter(e -> e.id() == evidenceId)
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("evidence", "the event has no evidence " + evidenceId));
        event.removeEvidence(evidence);
        event.touch(clock.instant());
        return flushed(event, before);
    }

    @Transactional
    @PreAuthorize(Access.EDITORS)
    public void delete(long id, long expectedVersion) {
        Event event = current(id, expectedVersion);
        var before = counts.before(event);
        event.delete();
        event.touch(clock.instant());
        flushed(event, before);
    }

    @Transactional
    @PreAuthorize(Access.EDITORS)
    public EventDetails undelete(long id, long expectedVersion) {
        Event event = current(id, expectedVersion);
        var before = counts.before(event);
        event.undelete();
        event.touch(clock.instant());
        return flushed(event, before);
    }

    /**
     * Keeps {@code survivorId}: the other event's evidence, actors and places move to it, and it
     * redirects there. Both must still be as the editor saw them.
     */
    @Transactional
    @PreAuthorize(Access.EDITORS)
    public EventDetails merge(long survivorId, long survivorVersion, long otherId, long otherVersion) {
        Event survivor = current(survivorId, survivorVersion);
        Event other = current(otherId, otherVersion);
        // Both counted before; after, the merged event is a pointer that counts for no article.
        var before = counts.before(survivor, other);
        survivor.absorb(other);
        survivor.touch(clock.instant());
        other.touch(clock.instant());
        return flushed(survivor, before);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.EDITORS)
    public List<EventRevision> history(long id) {
        event(id);
        return history.of(id);
    }

    /** Brings back the event as it was at a revision; the restore is itself a new revision. */
    @Transactional
    @PreAuthorize(Access.EDITORS)
    public EventDetails restore(long id, long expectedVersion, long revision) {
        Event event = current(id, expectedVersion);
        var before = counts.before(event);
        Event then = history.at(id, revision);
        history.noteRestoreOf(revision);
        event.rename(then.title());
        event.summarise(then.summary());
        event.categorise(then.category());
        event.redate(then.date().copy());
        event.involve(new HashSet<>(then.actors()));
        event.locate(then.places());
        event.citeExactly(then.evidence());
        if (then.status() == EventStatus.PUBLISHED) {
            event.publish();
        } else {
            event.unpublish();
        }
        event.touch(clock.instant());
        return flushed(event, before);
    }

    /**
     * The events editors may still change (drafts and published ones, not merged or deleted) whose
     * title contains the text, most recently changed first: what a picker offers.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.EDITORS)
    public List<EventDetails> editable(String titleContains, long offset, int limit) {
        String pattern = org.brtimeline.base.LikePattern.containing(titleContains);
        Specification<Event> editable = (root, query, cb) -> cb.and(
                root.get(Event_.status).in(EventStatus.DRAFT, EventStatus.PUBLISHED),
                cb.like(cb.lower(root.get(Event_.title)), pattern, org.brtimeline.base.LikePattern.ESCAPE));
        Sort order = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
        return events.findAll(editable, new OffsetLimit(offset, limit, order)).stream()
                .map(EventDetails::of)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.EDITORS)
    public List<EventDetails> deleted(int page, int size) {
        return events.findByStatusOrderByUpdatedAtDesc(EventStatus.DELETED, PageRequest.of(page, size)).stream()
                .map(EventDetails::of)
                .toList();
    }

    /** How many events are deleted (and can be restored). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.EDITORS)
    public long deletedCount() {
        return events.countByStatus(EventStatus.DELETED);
    }

    private void apply(Event event, EventDraft draft) {
        event.rename(draft.getTitle());
        event.summarise(draft.getSummary());
        event.categorise(draft.getCategory());
        event.redate(draft.date());
        List<Long> actorIds =
                draft.getActors().stream().map(EventDetails.ActorRef::id).toList();
        event.involve(new HashSet<>(actors.findAllById(actorIds)));
        event.locate(draft.placeList());
        if (draft.getStatus() == EventStatus.PUBLISHED) {
            event.publish();
        } else {
            event.unpublish();
        }
        event.touch(clock.instant());
    }

    private Event event(long id) {
        return events.findById(id).orElseThrow(() -> new IllegalArgumentException("No event with id " + id));
    }

    private Event current(long id, long expectedVersion) {
        Event event = event(id);
        if (event.version() != expectedVersion) {
            throw new EditConflictException(EventDetails.of(event));
        }
        return event;
    }

    /**
     * Writes the edit of {@code event}, unless someone saved it meanwhile, and then the change it makes to the articles'
     * counts of published events, from what the edited events counted for {@code before}.
     */
    private EventDetails flushed(Event event, ArticleEventCounts.Tally before) {
        Event saved;
        try {
            saved = events.saveAndFlush(event);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException(committed(event.id()));
        }
        counts.after(before, saved);
        return EventDetails.of(saved);
    }

    /**
     * The event as it is stored now, read in a transaction of its own. After a conflict found when the edit is
     * written, this transaction's persistence context holds the editor's own unsaved values, not the other editor's
     * commit that the conflict dialog must show and merge with.
     */
    EventDetails committed(long id) {
        return apart.execute(status -> EventDetails.of(event(id)));
    }
}
