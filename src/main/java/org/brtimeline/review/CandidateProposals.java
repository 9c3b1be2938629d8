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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brtimeline.base.Access;
import org.brtimeline.chronology.ArticleEvidence;
import org.brtimeline.chronology.ChronologyService;
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
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Proposes the events of each new article as candidates (skipping sentences that already are evidence) and groups
 * them with the candidates of other articles that report the same event. Editors store articles ({@link Access}); the
 * candidates of an article stored at start-up or from the command line are proposed as the system.
 */
@Service
@PreAuthorize(Access.EDITORS)
public class CandidateProposals {

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
    private final Clock clock;
    private final EntityManager entities;
    private final TemporalTagger tagger = new TemporalTagger();
    private final Gazetteer gazetteer = Gazetteer.instance();

    CandidateProposals(
            DateCandidateRepository candidates,
            ArticleService articles,
            ChronologyService chronology,
            Clock clock,
            EntityManager entities) {
        this.candidates = candidates;
        this.articles = articles;
        this.chronology = chronology;
        this.clock = clock;
        this.entities = entities;
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
            SameEvent.Report mine = candidate.report(p.quote());
            List<DateCandidate> closest = naming.stream()
                    .filter(candidate::sharesDaysAndAnActorWith)
                    .sorted(Comparator.comparingDouble(
                                    (DateCandidate other) -> SameEvent.datesAndActors(mine, other.report("")))
                            .reversed())
                    .limit(OTHER_CANDIDATES)
                    .toList();
            SameEvent.best(mine, closest, o -> o.report(quoteOf(o, texts)))
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

    private String quoteOf(DateCandidate c, Map<String, ArticleBody> texts) {
        return texts.computeIfAbsent(
                        c.article().slug(), slug -> articles.body(slug).orElseThrow())
                .textBetween(c.startOffset(), c.endOffset());
    }
}
