package org.brtimeline.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.brtimeline.base.Access;
import org.brtimeline.chronology.ArticleEvidence;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventClues;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.SelectedPassage;
import org.brtimeline.extraction.Candidate;
import org.brtimeline.extraction.CandidateFinder;
import org.brtimeline.extraction.EventDescriber;
import org.brtimeline.extraction.Gazetteer;
import org.brtimeline.extraction.Granularity;
import org.brtimeline.extraction.KnownActor;
import org.brtimeline.extraction.SameEvent;
import org.brtimeline.extraction.TemporalTagger;
import org.brtimeline.source.Article;
import org.brtimeline.source.ArticleAdded;
import org.brtimeline.source.ArticleBody;
import org.brtimeline.source.ArticleService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Proposes the events of each new article as candidates (skipping sentences that already are
 * evidence), groups them with the candidates of other articles that report the same event, and
 * records the editors' decisions on them. Only editors call it ({@link Access}); the candidates of an article stored at
 * start-up or from the command line are proposed as the system.
 */
@Service
@PreAuthorize(Access.EDITORS)
public class ReviewService {

    /**
     * How many events are compared with a candidate: those most like it (sharing the most of its actors and words) of
     * all the events whose dates overlap its, as the search index ranks them.
     */
    private static final int ALIKE_EVENTS = 50;

    /** What a decision on a candidate another editor decided meanwhile says, before what was left undone. */
    private static final String DECIDED_MEANWHILE = "This sentence has been reviewed meanwhile by another editor;";

    /**
     * How many pending candidates of other articles that overlap a window of new ones' dates ({@link DateWindows}) and
     * name one of their actors are read (the latest proposed; when a window's reach this limit, each of its candidates
     * reads its own), and how many of those, the closest to each new one by dates and actors, are compared word for
     * word.
     */
    private static final int CANDIDATES_NAMING = 2_000;

    private static final int OTHER_CANDIDATES = 50;

    private final DateCandidateRepository candidates;
    private final ArticleService articles;
    private final ChronologyService chronology;
    private final ChronologyEditor editor;
    private final Clock clock;
    private final EntityManager entities;
    private final TemporalTagger tagger = new TemporalTagger();
    private final Gazetteer gazetteer = Gazetteer.instance();

    ReviewService(
            DateCandidateRepository candidates,
            ArticleService articles,
            ChronologyService chronology,
            ChronologyEditor editor,
            Clock clock,
            EntityManager entities) {
        this.candidates = candidates;
        this.entities = entities;
        this.articles = articles;
        this.chronology = chronology;
        this.editor = editor;
        this.clock = clock;
    }

    /**
     * Every stored article gets its candidates in the transaction that stores it, just before it commits (after the
     * rest of that transaction, such as the corpus's events, whose evidence is then left out): an article is never
     * stored without them, even when the process is killed right after.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @PreAuthorize(Access.EDITORS_OR_SYSTEM)
    public void onArticleAdded(ArticleAdded added) {
        propose(added.slug());
    }

    /** Proposes the article's dated sentences, once; sentences already cited as evidence are left out. */
    @Transactional
    @PreAuthorize(Access.EDITORS_OR_SYSTEM)
    public int propose(String slug) {
        ArticleBody body =
                articles.body(slug).orElseThrow(() -> new IllegalArgumentException("No article '" + slug + "'"));
        Article article = body.article();
        article.candidatesProposed();
        if (candidates.existsByArticleSlug(slug)) {
            return 0;
        }
        List<ArticleEvidence> cited = chronology.evidenceInArticle(slug);
        EventDescriber describer = new EventDescriber(
                chronology.actorProfiles().stream()
                        .map(a -> new KnownActor(a.name(), a.kind().name(), a.aliases()))
                        .toList(),
                gazetteer);
        List<Candidate> found = CandidateFinder.find(
                        body.text(),
                        tagger.tag(body.text(), article.published()),
                        article.published(),
                        Granularity.valueOf(article.publishedPrecision().name()),
                        describer)
                .stream()
                .filter(c -> cited.stream().noneMatch(e -> e.startOffset() < c.end() && c.start() < e.endOffset()))
                .toList();
        // Other articles' texts, read once each for all of this article's candidates.
        Map<String, ArticleBody> texts = new HashMap<>();
        // The grouping queries read other articles' candidates only: flushing (dirty-checking every candidate stored so
        // far) before each of them made an article of 11,000 candidates take 11,000 checks of up to 11,000 entities.
        FlushModeType flushMode = entities.getFlushMode();
        entities.setFlushMode(FlushModeType.COMMIT);
        try {
            List<Proposed> proposed = found.stream()
                    .map(c -> new Proposed(
                            candidates.save(new DateCandidate(article, c, clock.instant())),
                            c.evidence().quote()))
                    .filter(p -> !p.stored().actors().isEmpty())
                    .toList();
            for (DateWindows.Window<Proposed> window : DateWindows.of(
                    proposed, p -> p.stored().earliest(), p -> p.stored().latest())) {
                groupWithOtherArticles(slug, window, texts);
            }
        } finally {
            entities.setFlushMode(flushMode);
        }
        return found.size();
    }

    /** A new candidate and the sentence it was found in. */
    private record Proposed(DateCandidate stored, String quote) {}

    /**
     * A candidate that reports what a pending candidate of another article reports joins that one's group. One query
     * reads the pending candidates of other articles that overlap the window's days and name one of its candidates'
     * actors (the latest {@link #CANDIDATES_NAMING}); for each candidate, those that overlap its own dates and share an
     * actor are ranked by dates and actors, and the best {@link #OTHER_CANDIDATES} compared word for word.
     */
    private void groupWithOtherArticles(
            String slug, DateWindows.Window<Proposed> window, Map<String, ArticleBody> texts) {
        Set<String> actors = window.members().stream()
                .flatMap(p -> p.stored().actors().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<DateCandidate> forWindow = pendingElsewhereNaming(slug, window.earliest(), window.latest(), actors);
        // A window's query that reached its limit may have left out what one of its candidates needs: each asks alone.
        boolean cut = forWindow.size() >= CANDIDATES_NAMING && window.members().size() > 1;
        for (Proposed p : window.members()) {
            DateCandidate candidate = p.stored();
            List<DateCandidate> naming = cut
                    ? pendingElsewhereNaming(slug, candidate.earliest(), candidate.latest(), candidate.actors())
                    : forWindow;
            SameEvent.Report mine = report(candidate, p.quote());
            List<DateCandidate> closest = naming.stream()
                    .filter(other -> !other.earliest().isAfter(candidate.latest())
                            && !other.latest().isBefore(candidate.earliest())
                            && other.actors().stream().anyMatch(candidate.actors()::contains))
                    .sorted(Comparator.comparingDouble(
                                    (DateCandidate other) -> SameEvent.datesAndActors(mine, report(other, "")))
                            .reversed())
                    .limit(OTHER_CANDIDATES)
                    .toList();
            SameEvent.best(mine, closest, o -> report(o, quoteOf(o, texts)))
                    .ifPresent(best -> candidate.joinGroupOf(
                            best.other(), best.match().score(), best.match().reason()));
        }
    }

    private List<DateCandidate> pendingElsewhereNaming(
            String slug, LocalDate earliest, LocalDate latest, Collection<String> actors) {
        return candidates.findBy(
                CandidateSpecifications.pendingElsewhereNaming(slug, earliest, latest, actors),
                query -> query.sortBy(Sort.by(Sort.Direction.DESC, "id"))
                        .limit(CANDIDATES_NAMING)
                        .all());
    }

    private static SameEvent.Report report(DateCandidate c, String quote) {
        return new SameEvent.Report(c.earliest(), c.latest(), c.actors(), quote);
    }

    private String quoteOf(DateCandidate c, Map<String, ArticleBody> texts) {
        return texts.computeIfAbsent(
                        c.article().slug(), slug -> articles.body(slug).orElseThrow())
                .textBetween(c.startOffset(), c.endOffset());
    }

    /** The article's text with its date expressions, and how many of its candidates there are and are decided. */
    @Transactional(readOnly = true)
    public Optional<Review> review(String slug) {
        return articles.body(slug)
                .map(body -> new Review(
                        slug,
                        body.article().title(),
                        body.text(),
                        tagger.tag(body.text(), body.article().published()),
                        candidates.countByArticleSlug(slug),
                        candidates.countByArticleSlugAndStatusNot(slug, CandidateStatus.PENDING)));
    }

    /**
     * A page of the article's candidates in text order, with the actors they name and, for the pending ones, a
     * possible duplicate: a fixed number of queries however many candidates the article has.
     */
    @Transactional(readOnly = true)
    public List<ReviewItem> candidates(String slug, Pageable page) {
        List<DateCandidate> found = candidates.findByArticleSlugOrderByStartOffset(slug, page);
        if (found.isEmpty()) {
            return List.of();
        }
        ArticleBody body = articles.body(slug).orElseThrow();
        List<String> quotes = found.stream()
                .map(c -> body.textBetween(c.startOffset(), c.endOffset()))
                .toList();
        List<List<EventDetails.ActorRef>> actors = ownActors(found, quotes);
        List<EventClues> clues = IntStream.range(0, found.size())
                .mapToObj(i -> PossibleDuplicate.clues(found.get(i).window(), quotes.get(i), actors.get(i)))
                .toList();
        Map<EventClues, List<EventDetails>> alike = chronology.resembling(
                IntStream.range(0, found.size())
                        .filter(i -> found.get(i).isPending())
                        .mapToObj(clues::get)
                        .toList(),
                ALIKE_EVENTS);
        Map<Long, List<ReviewItem.OtherQuote>> elsewhere = sameEventElsewhere(slug, found);
        return IntStream.range(0, found.size())
                .mapToObj(i -> item(
                        found.get(i),
                        quotes.get(i),
                        actors.get(i),
                        alike.getOrDefault(clues.get(i), List.of()),
                        elsewhere.getOrDefault(found.get(i).group(), List.of())))
                .toList();
    }

    /** Per group, the quotes of other articles' candidates in it (one query for the article's groups). */
    private Map<Long, List<ReviewItem.OtherQuote>> sameEventElsewhere(String slug, List<DateCandidate> found) {
        Set<Long> groups = found.stream().map(DateCandidate::group).collect(Collectors.toSet());
        if (groups.isEmpty()) {
            return Map.of();
        }
        Map<Long, Double> scores = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        found.stream().filter(c -> c.groupId() != null).forEach(c -> {
            scores.put(c.group(), c.groupScore());
            reasons.put(c.group(), c.groupReason());
        });
        List<DateCandidate> others = candidates.inGroupsElsewhere(groups, slug);
        Map<String, ArticleBody> texts =
                articles.bodies(others.stream().map(o -> o.article().slug()).collect(Collectors.toSet()));
        return others.stream()
                .collect(Collectors.groupingBy(
                        DateCandidate::group,
                        Collectors.mapping(
                                o -> new ReviewItem.OtherQuote(
                                        o.article().slug(),
                                        o.article().title(),
                                        texts.get(o.article().slug()).textBetween(o.startOffset(), o.endOffset()),
                                        o.groupScore() != null ? o.groupScore() : scores.getOrDefault(o.group(), 0.0),
                                        o.groupReason() != null
                                                ? o.groupReason()
                                                : reasons.getOrDefault(o.group(), "")),
                                Collectors.toList())));
    }

    /** How many of the article's candidates are decided. */
    @Transactional(readOnly = true)
    public long reviewed(String slug) {
        return candidates.countByArticleSlugAndStatusNot(slug, CandidateStatus.PENDING);
    }

    /** Rejects a candidate still to review; refused (and nothing changes) when another editor decided it meanwhile. */
    @Transactional
    public void reject(long candidateId) {
        candidate(candidateId);
        if (candidates.markRejected(candidateId, CandidateStatus.PENDING, CandidateStatus.REJECTED) == 0) {
            throw new IllegalStateException(DECIDED_MEANWHILE + " it was left as decided.");
        }
    }

    /**
     * Cites the candidate's sentence as evidence of an existing event instead of creating a duplicate, and marks the
     * candidate accepted, in one transaction: if the candidate was decided meanwhile, the event is left uncited.
     */
    @Transactional
    public EventDetails addAsEvidence(long candidateId, long eventId) {
        DateCandidate candidate = candidate(candidateId);
        // The review lists nearby events without their versions: the event is cited as it is now.
        EventDetails event = editor.addEvidence(
                eventId,
                editor.find(eventId).version(),
                candidate.article().slug(),
                candidate.startOffset(),
                candidate.endOffset());
        if (candidates.markAccepted(candidateId, eventId, CandidateStatus.PENDING, CandidateStatus.ACCEPTED) == 0) {
            throw new IllegalStateException(DECIDED_MEANWHILE + " the event was not cited.");
        }
        return event;
    }

    /**
     * The event form's starting point for a candidate: its title, date and sentence, the actors it names and the places
     * it puts the event at (for a candidate stored before places were recorded, the chronology's places it names).
     */
    @Transactional(readOnly = true)
    public CandidateDraft draftFor(long candidateId) {
        DateCandidate c = candidate(candidateId);
        String sentence = articles.body(c.article().slug()).orElseThrow().textBetween(c.startOffset(), c.endOffset());
        List<String> places = c.described() ? c.places() : chronology.placesMentionedIn(sentence);
        return CandidateDraft.of(c, ownActors(List.of(c), List.of(sentence)).get(0), places);
    }

    /** For each candidate, in order, {@link #ownActors(DateCandidate, List, Map) its actors}: two queries for all. */
    private List<List<EventDetails.ActorRef>> ownActors(List<DateCandidate> found, List<String> quotes) {
        List<List<EventDetails.ActorRef>> inQuotes = chronology.actorsMentionedIn(quotes);
        Map<String, EventDetails.ActorRef> named = chronology.actorsNamed(found.stream()
                .filter(DateCandidate::described)
                .flatMap(c -> c.actors().stream())
                .collect(Collectors.toSet()));
        return IntStream.range(0, found.size())
                .mapToObj(i -> ownActors(found.get(i), inQuotes.get(i), named))
                .toList();
    }

    /**
     * The actors the candidate names, in its order: those its sentence describes the event with, including one the
     * sentence calls only "he" ("At a joint press conference with his Belarusian counterpart Makei, he said": Lavrov,
     * named the paragraph before), and for a sentence with several dates, those of the part the date dates ("The
     * unexpected death of his predecessor, Makei": Makei, not Lavrov and Aleinik). Candidates stored before migration
     * V10, or naming none of the chronology's actors (renamed or deleted since), keep all those the sentence names.
     */
    private static List<EventDetails.ActorRef> ownActors(
            DateCandidate c, List<EventDetails.ActorRef> inSentence, Map<String, EventDetails.ActorRef> named) {
        if (!c.described()) {
            return inSentence;
        }
        List<EventDetails.ActorRef> own =
                c.actors().stream().map(named::get).filter(Objects::nonNull).toList();
        return own.isEmpty() ? inSentence : own;
    }

    /**
     * Creates the event an editor made of a candidate, citing its sentence, and marks the candidate accepted, in one
     * transaction: if the candidate was decided meanwhile (by another editor), no event is left behind.
     */
    @Transactional
    public EventDetails accept(long candidateId, EventDraft draft) {
        DateCandidate c = candidate(candidateId);
        EventDetails created =
                editor.create(draft, List.of(new SelectedPassage(c.article().slug(), c.startOffset(), c.endOffset())));
        if (candidates.markAccepted(candidateId, created.id(), CandidateStatus.PENDING, CandidateStatus.ACCEPTED)
                == 0) {
            throw new IllegalStateException(DECIDED_MEANWHILE + " no event was created.");
        }
        return created;
    }

    /** A page of the articles with candidates still to review, the longest waiting first; at most 1,000 at once. */
    @Transactional(readOnly = true)
    public List<PendingArticle> inbox(int page, int size) {
        return candidates.pendingArticles(
                CandidateStatus.PENDING, org.springframework.data.domain.PageRequest.of(page, Math.min(size, 1_000)));
    }

    /** How many articles wait in the inbox, and how many of their candidates. */
    @Transactional(readOnly = true)
    public InboxTotals inboxTotals() {
        Object[] totals = candidates.pendingTotals(CandidateStatus.PENDING).get(0);
        return new InboxTotals(((Number) totals[0]).longValue(), ((Number) totals[1]).longValue());
    }

    /** The size of the review inbox. */
    public record InboxTotals(long articles, long candidates) {}

    private DateCandidate candidate(long id) {
        return candidates.findById(id).orElseThrow(() -> new IllegalArgumentException("No candidate " + id));
    }

    private ReviewItem item(
            DateCandidate c,
            String quote,
            List<EventDetails.ActorRef> actors,
            List<EventDetails> alike,
            List<ReviewItem.OtherQuote> elsewhere) {
        return new ReviewItem(
                c.id(),
                c.title(),
                quote,
                c.startOffset(),
                c.endOffset(),
                c.dateText(),
                c.label(),
                c.earliest(),
                c.latest(),
                c.granularity().name().toLowerCase(Locale.ROOT),
                c.status(),
                c.eventId(),
                actors,
                c.isPending()
                        ? PossibleDuplicate.among(alike, quote, actors, c.earliest(), c.latest())
                                .orElse(null)
                        : null,
                c.origin(),
                c.newNames(),
                c.places(),
                c.category(),
                elsewhere);
    }
}
