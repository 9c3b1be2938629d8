package org.brtimeline.reader;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.brtimeline.chronology.ArticleEventCounts;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDate;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.source.Article;
import org.brtimeline.source.ArticleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles as a reader sees them: the list with the number of events each supports (without their
 * texts), and one article with its text and paragraphs.
 */
@Service
public class ReaderService {

    /** The order by the number of published events each article supports. */
    public static final String BY_EVENTS = "events";

    /** Every order {@link #articles(int, int, String, boolean)} knows. */
    public static final List<String> SORTS = java.util.stream.Stream.concat(
                    ArticleService.SORTABLE.stream(), java.util.stream.Stream.of(BY_EVENTS))
            .sorted()
            .toList();

    private final ArticleService articles;
    private final ChronologyService chronology;
    private final ArticleEventCounts counts;

    ReaderService(ArticleService articles, ChronologyService chronology, ArticleEventCounts counts) {
        this.articles = articles;
        this.chronology = chronology;
        this.counts = counts;
    }

    /**
     * One page of the articles, oldest first, each with the number of published events it supports: two queries
     * for the page, whatever the number of articles.
     */
    @Transactional(readOnly = true)
    public List<ArticleSummary> articles(int page, int size) {
        return articles(page, size, "published", false);
    }

    private List<ArticleSummary> summaries(List<Article> shown) {
        Map<String, Long> counted = counts.of(shown.stream().map(Article::slug).toList());
        return shown.stream()
                .map(a -> summary(a, counted.getOrDefault(a.slug(), 0L)))
                .toList();
    }

    /**
     * One page of the articles in the reader's order: by {@code title}, {@code publisher}, {@code published} or
     * {@code events} (the published events each supports, a count kept as events change), ties by slug.
     */
    @Transactional(readOnly = true)
    public List<ArticleSummary> articles(int page, int size, String by, boolean descending) {
        if (BY_EVENTS.equals(by)) {
            return counts.page(page, size, descending).stream()
                    .map(c -> summary(c.article(), c.publishedEvents()))
                    .toList();
        }
        return summaries(articles.page(page, size, by, descending));
    }

    @Transactional(readOnly = true)
    public long articleCount() {
        return articles.count();
    }

    @Transactional(readOnly = true)
    public Optional<ArticleText> article(String slug) {
        return articles.body(slug).map(body -> {
            Article a = body.article();
            // This article's events only (from the search index), not a count over every article.
            long count = chronology.count(EventQuery.ofArticle(a.slug()));
            var passages = a.passages();
            List<ArticleText.PassageRange> ranges = IntStream.range(0, passages.size())
                    .mapToObj(i -> new ArticleText.PassageRange(
                            i, passages.get(i).startOffset(), passages.get(i).endOffset()))
                    .toList();
            return new ArticleText(
                    a.slug(),
                    a.title(),
                    a.publisher(),
                    a.url(),
                    a.language(),
                    a.published(),
                    a.publishedPrecision(),
                    EventDate.of(a.published(), a.publishedPrecision()).label(),
                    a.publishedNote(),
                    count,
                    body.text(),
                    ranges);
        });
    }

    /**
     * One page of the articles a filter offers for a typed text (title or publisher), newest first: a filter loads
     * the page it shows, not every article with its count of events.
     */
    @Transactional(readOnly = true)
    public List<ArticleChoice> articleChoices(String text, int page, int pageSize) {
        return articles.matching(text, page, pageSize).stream()
                .map(ReaderService::choice)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ArticleChoice> articleChoice(String slug) {
        return articles.find(slug).map(ReaderService::choice);
    }

    private static ArticleChoice choice(Article a) {
        return new ArticleChoice(a.slug(), a.publisher(), a.title());
    }

    private static ArticleSummary summary(Article a, long eventCount) {
        return new ArticleSummary(
                a.slug(),
                a.title(),
                a.publisher(),
                a.url(),
                a.language(),
                a.published(),
                a.publishedPrecision(),
                a.publishedNote(),
                eventCount);
    }
}
