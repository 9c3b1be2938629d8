package org.brtimeline.source;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores and finds articles. A text that is already stored (same checksum) is refused. */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final Clock clock;

    ArticleService(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Transactional
    public Article add(ArticleDetails details, String text) {
        Article article = new Article(details, text, clock.instant());
        if (articles.existsByChecksum(article.checksum())) {
            throw new IllegalArgumentException("text: this article is already stored (same text)");
        }
        if (articles.existsBySlug(article.slug())) {
            throw new IllegalArgumentException("slug: '" + article.slug() + "' is taken");
        }
        return articles.save(article);
    }

    @Transactional(readOnly = true)
    public Optional<Article> find(String slug) {
        return articles.findBySlug(slug);
    }

    @Transactional(readOnly = true)
    public List<Article> all() {
        return articles.findAllByOrderByPublishedAscSlugAsc();
    }

    @Transactional(readOnly = true)
    public long count() {
        return articles.count();
    }
}
