package org.brtimeline.chronology;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.base.TextAnalysis;
import org.brtimeline.source.Article;
import org.brtimeline.source.ArticleBody;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * Something that happened, dated with honest precision and tied to the article passages that
 * report it. A published event always has at least one piece of evidence. Its changes are
 * package-private: only the chronology's services (which check versions and record revisions)
 * change an event.
 */
@Entity
@Table(name = "event")
@Audited
@Indexed(index = "event")
public class Event {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_PLACE = 200;
    public static final int MAX_KEY = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(sortable = Sortable.YES)
    private Long id;

    @FullTextField(analyzer = TextAnalysis.READER_TEXT)
    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @FullTextField(analyzer = TextAnalysis.READER_TEXT)
    @Column(name = "summary", length = MAX_SUMMARY)
    private String summary;

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private Category category;

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private EventStatus status = EventStatus.DRAFT;

    @Embedded
    @IndexedEmbedded(includePaths = {"earliest", "latest"})
    private EventDate date;

    @ManyToMany
    // An actor's new spelling reaches the events that name them when they are next indexed (actors gain spellings only
    // through the corpus import, which is followed by the start-up index check).
    @IndexedEmbedded(includePaths = {"id", "name", "aliases"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "event_actor",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderBy("name")
    private Set<Actor> actors = new LinkedHashSet<>();

    @FullTextField(analyzer = TextAnalysis.READER_TEXT)
    @ElementCollection
    @CollectionTable(name = "event_place", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "place_index")
    @Column(name = "place", nullable = false, length = MAX_PLACE)
    private List<String> places = new ArrayList<>();

    @IndexedEmbedded(includePaths = {"quote", "article.title", "article.slug"})
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Evidence> evidence = new ArrayList<>();

    /** The event that absorbed this one in a merge; its permalink redirects there. */
    @Column(name = "merged_into_id")
    private Long mergedInto;

    /** The stable key of a curated event in {@code corpus/events.yaml}; null for events editors add. */
    @Column(name = "curated_key", unique = true, length = MAX_KEY)
    private String curatedKey;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Event() {}

    Event(String title, Category category, EventDate date, Instant now) {
        rename(title);
        categorise(category);
        redate(date);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Every rule of an event that the draft breaks, by field ("title", "summary", "category", "start", "end",
     * "precision", "qualifier", "wording", "note", "places"), each checked on its own so that an import can report all
     * of them at once; empty when the draft makes a sound event.
     */
    static Map<String, String> problemsWith(EventDraft draft) {
        Event probe = new Event();
        Map<String, String> problems = new LinkedHashMap<>();
        List<Runnable> rules = List.of(
                () -> probe.rename(draft.getTitle()),
                () -> probe.summarise(draft.getSummary()),
                () -> probe.categorise(draft.getCategory()),
                () -> probe.redate(draft.date()),
                () -> probe.locate(draft.placeList()));
        for (Runnable rule : rules) {
            try {
                rule.run();
            } catch (InvalidValueException e) {
                problems.putIfAbsent(e.field(), e.problem());
            }
        }
        return problems;
    }

    final void rename(String newTitle) {
        requireEditable();
        if (newTitle == null || newTitle.isBlank()) {
            throw new InvalidValueException("title", "required");
        }
        if (newTitle.strip().length() > MAX_TITLE) {
            throw new InvalidValueException("title", "at most " + MAX_TITLE + " characters");
        }
        org.brtimeline.base.PlainText.check("title", newTitle);
        this.title = newTitle.strip();
    }

    void summarise(String newSummary) {
        requireEditable();
        if (newSummary != null && newSummary.strip().length() > MAX_SUMMARY) {
            throw new InvalidValueException("summary", "at most " + MAX_SUMMARY + " characters");
        }
        org.brtimeline.base.PlainText.check("summary", newSummary);
        this.summary = newSummary == null || newSummary.isBlank() ? null : newSummary.strip();
    }

    final void categorise(Category newCategory) {
        requireEditable();
        if (newCategory == null) {
            throw new InvalidValueException("category", "required");
        }
        this.category = newCategory;
    }

    final void redate(EventDate newDate) {
        requireEditable();
        if (newDate == null) {
            throw new InvalidValueException("date", "required");
        }
        this.date = newDate;
    }

    void involve(Set<Actor> newActors) {
        requireEditable();
        actors.clear();
        actors.addAll(newActors);
    }

    void locate(List<String> newPlaces) {
        requireEditable();
        List<String> cleaned = newPlaces.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .distinct()
                .toList();
        cleaned.stream().filter(p -> p.length() > MAX_PLACE).findAny().ifPresent(p -> {
            throw new InvalidValueException("places", "a place is at most " + MAX_PLACE + " characters");
        });
        cleaned.forEach(place -> org.brtimeline.base.PlainText.check("places", place));
        places.clear();
        places.addAll(cleaned);
    }

    void markCurated(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new InvalidValueException("key", "required, at most " + MAX_KEY + " characters");
        }
        this.curatedKey = key;
    }

    /** The articles whose count of published events this event adds to: the ones it cites, while it is published. */
    java.util.Set<Long> countedArticles() {
        return status == EventStatus.PUBLISHED
                ? evidence.stream().map(e -> e.article().id()).collect(java.util.stream.Collectors.toSet())
                : java.util.Set.of();
    }

    /** Cites the range {@code [start, end)} of the article; the quote is taken from the article's text itself. */
    Evidence addEvidence(ArticleBody text, int start, int end) {
        requireEditable();
        if (cites(text.article(), start, end)) {
            throw new InvalidValueException("evidence", "this passage is already cited for the event");
        }
        Evidence added = new Evidence(this, text, start, end);
        evidence.add(added);
        return added;
    }

    /** Cites the passage another event (or an earlier revision) cites, unless this event cites it already. */
    private void citeToo(Evidence cited) {
        if (!cites(cited.article(), cited.startOffset(), cited.endOffset())) {
            evidence.add(new Evidence(this, cited));
        }
    }

    private boolean cites(Article article, int start, int end) {
        return evidence.stream().anyMatch(e -> e.quotesTheSameAs(article, start, end));
    }

    void removeEvidence(Evidence removed) {
        requireEditable();
        if (status == EventStatus.PUBLISHED && evidence.size() == 1 && evidence.contains(removed)) {
            throw new InvalidValueException("evidence", "a published event keeps at least one piece of evidence");
        }
        evidence.remove(removed);
    }

    void publish() {
        requireEditable();
        if (evidence.isEmpty()) {
            throw new InvalidValueException("status", "an event cannot be published without evidence");
        }
        status = EventStatus.PUBLISHED;
    }

    void unpublish() {
        requireEditable();
        status = EventStatus.DRAFT;
    }

    /** Moves out of sight of readers; the history keeps it and {@link #undelete()} brings it back as a draft. */
    void delete() {
        requireEditable();
        status = EventStatus.DELETED;
    }

    void undelete() {
        if (status != EventStatus.DELETED) {
            throw new InvalidValueException("status", "only a deleted event can be restored");
        }
        status = EventStatus.DRAFT;
    }

    /**
     * Takes over another event that reports the same thing: its evidence, actors and places join
     * this one, and the other becomes a pointer here.
     */
    void absorb(Event other) {
        requireEditable();
        if (other == this || other.id != null && other.id.equals(id)) {
            throw new InvalidValueException("merge", "an event cannot be merged into itself");
        }
        if (other.status == EventStatus.MERGED || other.status == EventStatus.DELETED) {
            throw new InvalidValueException("merge", "'" + other.title + "' is already merged or deleted");
        }
        other.evidence.forEach(this::citeToo);
        actors.addAll(other.actors);
        List<String> union = new ArrayList<>(places);
        other.places.stream().filter(p -> !union.contains(p)).forEach(union::add);
        locate(union);
        other.status = EventStatus.MERGED;
        other.mergedInto = id;
        other.evidence.clear();
    }

    /** Replaces the evidence with the given ranges, keeping what is already cited (used when restoring a revision). */
    void citeExactly(List<Evidence> ranges) {
        requireEditable();
        evidence.removeIf(mine ->
                ranges.stream().noneMatch(r -> mine.quotesTheSameAs(r.article(), r.startOffset(), r.endOffset())));
        ranges.forEach(this::citeToo);
    }

    /**
     * A merged event is only a pointer to the event that absorbed it, and a deleted one is out of
     * sight until it is restored: neither changes, nor takes evidence.
     */
    private void requireEditable() {
        if (status == EventStatus.MERGED) {
            throw new InvalidValueException(
                    "status", "this event was merged into another event; edit that one instead");
        }
        if (status == EventStatus.DELETED) {
            throw new InvalidValueException("status", "this event is deleted; restore it before changing it");
        }
    }

    /** Whether editors may change it: not merged away, not deleted. */
    public boolean isEditable() {
        return status.allowsEdits();
    }

    public Long mergedInto() {
        return mergedInto;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Category category() {
        return category;
    }

    public EventStatus status() {
        return status;
    }

    public EventDate date() {
        return date;
    }

    public List<Actor> actors() {
        return actors.stream().sorted(Comparator.comparing(Actor::name)).toList();
    }

    public List<String> places() {
        return List.copyOf(places);
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public String curatedKey() {
        return curatedKey;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
