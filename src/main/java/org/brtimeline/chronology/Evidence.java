package org.brtimeline.chronology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.base.TextAnalysis;
import org.brtimeline.source.Article;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * A passage of an article that reports an event: the article, the half-open character range
 * {@code [start, end)} and the quote, which always equals the article's text at those offsets.
 */
@Entity
@Table(name = "evidence")
@Audited
public class Evidence {

    public static final int MAX_QUOTE = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinColumn(name = "article_id", nullable = false)
    // Articles never change once stored (evidence points into their text), so nothing is re-indexed for them.
    @IndexedEmbedded(includePaths = {"title", "slug"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private Article article;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @FullTextField(analyzer = TextAnalysis.READER_TEXT)
    @Column(name = "quote", nullable = false, length = MAX_QUOTE)
    private String quote;

    protected Evidence() {}

    Evidence(Event event, Article article, int startOffset, int endOffset) {
        String text = article.textBetween(startOffset, endOffset);
        if (text.isBlank()) {
            throw new InvalidValueException("evidence", "the selected range holds only white space");
        }
        if (text.length() > MAX_QUOTE) {
            throw new InvalidValueException("evidence", "a quote is at most " + MAX_QUOTE + " characters");
        }
        this.event = event;
        this.article = article;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.quote = text;
    }

    /** Whether this evidence quotes the same range of the same article. */
    boolean quotesTheSameAs(Article otherArticle, int start, int end) {
        return article.slug().equals(otherArticle.slug()) && startOffset == start && endOffset == end;
    }

    /** The index of the paragraph in which the quote starts. */
    public Optional<Integer> passageIndex() {
        return article.passageIndexAt(startOffset);
    }

    public Long id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public Article article() {
        return article;
    }

    public int startOffset() {
        return startOffset;
    }

    public int endOffset() {
        return endOffset;
    }

    public String quote() {
        return quote;
    }
}
