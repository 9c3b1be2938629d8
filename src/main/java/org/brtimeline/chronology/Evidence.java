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
import org.brtimeline.source.ArticleBody;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * A passage of an article that reports an event: the article, the half-open character range
 * {@code [start, end)}, the quote, which always equals the article's text at those offsets, and the
 * paragraph it starts in. Quote and paragraph are taken from the text once, when the evidence is
 * made, so that showing evidence never loads the article's text.
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

    /** The paragraph in which the quote starts; null when it starts in the white space between paragraphs. */
    @Column(name = "passage_index")
    private Integer passageIndex;

    protected Evidence() {}

    Evidence(Event event, ArticleBody text, int startOffset, int endOffset) {
        String quoted = text.textBetween(startOffset, endOffset);
        if (quoted.isBlank()) {
            throw new InvalidValueException("evidence", "the selected range holds only white space");
        }
        if (quoted.length() > MAX_QUOTE) {
            throw new InvalidValueException("evidence", "a quote is at most " + MAX_QUOTE + " characters");
        }
        this.event = event;
        this.article = text.article();
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.quote = quoted;
        this.passageIndex = article.passageIndexAt(startOffset).orElse(null);
    }

    /** The same passage cited for another event: the quote and paragraph are copied, as the text never changes. */
    Evidence(Event event, Evidence cited) {
        this.event = event;
        this.article = cited.article;
        this.startOffset = cited.startOffset;
        this.endOffset = cited.endOffset;
        this.quote = cited.quote;
        this.passageIndex = cited.passageIndex;
    }

    /** Whether this evidence quotes the same range of the same article. */
    boolean quotesTheSameAs(Article otherArticle, int start, int end) {
        return article.slug().equals(otherArticle.slug()) && startOffset == start && endOffset == end;
    }

    /** The index of the paragraph in which the quote starts. */
    public Optional<Integer> passageIndex() {
        return Optional.ofNullable(passageIndex);
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
