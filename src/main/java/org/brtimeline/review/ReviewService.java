package org.brtimeline.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.brtimeline.base.Access;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventClues;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.extraction.TemporalTagger;
import org.brtimeline.source.ArticleBody;
import org.brtimeline.source.ArticleService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An article's review: its candidates with what helps decide them (the actors they name, possible duplicates among the
 * events, the same event in other articles) and the event form's starting point for one. Only editors read it
 * ({@link Access}). The candidates are proposed by {@link CandidateProposals}, decided through
 * {@link CandidateDecisions}, and the articles waiting for a review listed by {@link ReviewInbox}.
 */
@Service
@PreAuthorize(Access.EDITORS)
public class ReviewService {

    /**
     * How many events are compared with a candidate: those most like it (sharing the most of its actors and words) of
     * all the events whose dates overlap its, as the search index ranks them.
     */
    private static final int ALIKE_EVENTS = 50;

    private final DateCandidateRepository candidates;
    private final ArticleService articles;
    private final ChronologyService chronology;
    private final TemporalTagger tagger = new TemporalTagger();

    ReviewService(DateCandidateRepository candidates, ArticleService articles, ChronologyService chronology) {
        this.candidates = candidates;
        this.articles = articles;
        this.chronology = chronology;
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
                .mapToObj(i -> ReviewItem.of(
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

    /**
     * The event form's starting point for a candidate: its title, date and sentence, the actors it names and the places
     * it puts the event at (for a candidate stored before places were recorded, the chronology's places it names).
     */
    @Transactional(readOnly = true)
    public CandidateDraft draftFor(long candidateId) {
        DateCandidate c = candidates.get(candidateId);
        String sentence = articles.body(c.article().slug()).orElseThrow().textBetween(c.startOffset(), c.endOffset());
        List<String> places = c.described() ? c.places() : chronology.placesMentionedIn(sentence);
        return CandidateDraft.of(c, ownActors(List.of(c), List.of(sentence)).get(0), places);
    }

    /** For each candidate, in order, {@link DateCandidate#ownActors its own actors}: two queries for all. */
    private List<List<EventDetails.ActorRef>> ownActors(List<DateCandidate> found, List<String> quotes) {
        List<List<EventDetails.ActorRef>> inQuotes = chronology.actorsMentionedIn(quotes);
        Map<String, EventDetails.ActorRef> named = chronology.actorsNamed(found.stream()
                .filter(DateCandidate::described)
                .flatMap(c -> c.actors().stream())
                .collect(Collectors.toSet()));
        return IntStream.range(0, found.size())
                .mapToObj(i -> found.get(i).ownActors(inQuotes.get(i), named))
                .toList();
    }
}
