package org.brtimeline.source;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.brtimeline.base.Access;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.base.LikePattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and finds articles. A text that is already stored (same checksum) is refused. An article is
 * found without its text; {@link #body} loads the text for the pages that show it.
 */
@Service
public class ArticleService {

    /** The properties {@link #page(int, int, String, boolean)} sorts by. */
    public static final java.util.Set<String> SORTABLE = java.util.Set.of("title", "publisher", "published");

    private final ArticleRepository articles;
    private final ArticleBodyRepository bodies;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ArticleService(
            ArticleRepository articles,
            ArticleBodyRepository bodies,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.articles = articles;
        this.bodies = bodies;
        this.clock = clock;
        this.events = events;
    }

    /** Whether this text is stored already (same checksum): what {@link #add} would refuse it for, asked beforehand. */
    @Transactional(readOnly = true)
    public boolean isStored(String text) {
        return text != null && !text.isBlank() && articles.existsByChecksum(Article.checksumOf(text));
    }

    /** Why a text stored already is refused. */
    public static final String ALREADY_STORED = "this article is already stored (same text)";

    /** Stores an article: an editor's, or the system's at start-up and from the command line. */
    @Transactional
    @PreAuthorize(Access.EDITORS_OR_SYSTEM)
    public Article add(ArticleDetails details, String text) {
        ArticleBody body = ArticleBody.of(details, text, clock.instant());
        Article article = body.article();
        if (articles.existsByChecksum(article.checksum())) {
            throw new InvalidValueException("text", ALREADY_STORED);
        }
        if (articles.existsBySlug(article.slug())) {
            throw new InvalidValueException("slug", "'" + article.slug() + "' is taken");
        }
        Article saved = articles.save(article);
        bodies.save(body);
        events.publishEvent(new ArticleAdded(saved.slug()));
        return saved;
    }

    /** Whether a text is stored already (same checksum), so an import can skip it. */
    @Transactional(readOnly = true)
    public boolean contains(String text) {
        return articles.existsByChecksum(Article.checksumOf(text));
    }

    /** A free slug derived from a title: lower-case words joined by hyphens, numbered when taken. */
    @Transactional(readOnly = true)
    public String slugFor(String title) {
        String base = java.text.Normalizer.normalize(title == null ? "" : title, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase()
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        base = base.isEmpty()
                ? "article"
                : base.substring(0, Math.min(base.length(), Article.MAX_SLUG - 4))
                        .replaceAll("-$", "");
        String slug = base;
        for (int n = 2; articles.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    @Transactional(readOnly = true)
    public Optional<Article> find(String slug) {
        return articles.findBySlug(slug);
    }

    /** An article with its text (one query), for the pages that show the text or cut quotes from it. */
    @Transactional(readOnly = true)
    public Optional<ArticleBody> body(String slug) {
        return bodies.findBySlug(slug);
    }

    /** Several articles with their texts, by slug, in one query. */
    @Transactional(readOnly = true)
    public Map<String, ArticleBody> bodies(Collection<String> slugs) {
        return slugs.isEmpty()
                ? Map.of()
                : bodies.findBySlugIn(slugs).stream()
                        .collect(Collectors.toMap(b -> b.article().slug(), b -> b));
    }

    /**
     * One page of the articles, never all of them at once, in the order given ({@code title}, {@code publisher} or {@code published}; text without
     * regard to case), then by slug, so that a page never repeats or skips an article of the one before.
     */
    @Transactional(readOnly = true)
    public List<Article> page(int page, int size, String property, boolean descending) {
        if (!SORTABLE.contains(property)) {
            throw new IllegalArgumentException("Articles are not sorted by " + property);
        }
        Sort.Order order = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
        if (!property.equals("published")) {
            order = order.ignoreCase();
        }
        return articles.findBy(PageRequest.of(page, size, Sort.by(order, Sort.Order.asc("slug"))));
    }

    /** The slugs of the articles whose dated sentences are still to be proposed for review, oldest first. */
    @Transactional(readOnly = true)
    public List<String> withCandidatesPending() {
        return articles.findSlugsWithCandidatesPending();
    }

    @Transactional(readOnly = true)
    public long count() {
        return articles.count();
    }

    /** One page of the articles whose title or publisher contains the text (any case), newest first. */
    @Transactional(readOnly = true)
    public List<Article> matching(String text, int page, int pageSize) {
        return articles.findMatching(LikePattern.containing(text), PageRequest.of(page, pageSize));
    }
}
