package org.brtimeline.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The full text of an article (up to {@link Article#MAX_TEXT} characters), in a table of its own:
 * only the pages that show it (the reader, the review queue) or cut quotes from it load it, never
 * lists, windows or the API's event pages. Never changed once stored.
 */
@Entity
@Immutable
@Table(name = "article_text")
public class ArticleBody {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(name = "text_content", nullable = false, updatable = false, length = Article.MAX_TEXT)
    private String text;

    protected ArticleBody() {}

    private ArticleBody(Article article, String text) {
        this.article = article;
        this.text = text;
    }

    /** A new article and its text, made together so that the text is the one its checksum and paragraphs come from. */
    public static ArticleBody of(ArticleDetails details, String text, Instant createdAt) {
        return new ArticleBody(new Article(details, text, createdAt), text);
    }

    /** The exact text between two offsets; rejects a range outside the text or an empty one. */
    public String textBetween(int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is not inside the text of '"
                    + article.slug() + "' (" + text.length() + " characters)");
        }
        return text.substring(start, end);
    }

    public Article article() {
        return article;
    }

    public String text() {
        return text;
    }
}
