package org.brtimeline.source;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.base.TextAnalysis;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A news article: its metadata, the checksum and paragraphs of its text, which is never changed once
 * stored, because every piece of evidence points into it by character offsets (UTF-16 code units).
 * The text itself is an {@link ArticleBody}, loaded only where it is needed.
 */
@Entity
@Table(name = "article")
public class Article {

    public static final int MAX_SLUG = 120;
    public static final int MAX_TITLE = 300;
    public static final int MAX_PUBLISHER = 200;
    public static final int MAX_URL = 1000;
    public static final int MAX_LANGUAGE = 10;
    public static final int MAX_NOTE = 1000;
    /** The longest text accepted, in characters (about 1 MB of English). */
    public static final int MAX_TEXT = 1_000_000;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField
    @Column(name = "slug", nullable = false, unique = true, length = MAX_SLUG)
    private String slug;

    @FullTextField(analyzer = TextAnalysis.READER_TEXT)
    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "publisher", nullable = false, length = MAX_PUBLISHER)
    private String publisher;

    @Column(name = "url", length = MAX_URL)
    private String url;

    @Column(name = "language", nullable = false, length = MAX_LANGUAGE)
    private String language;

    @Column(name = "published_on", nullable = false)
    private LocalDate published;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_precision", nullable = false, length = 10)
    private DatePrecision publishedPrecision;

    @Column(name = "published_note", length = MAX_NOTE)
    private String publishedNote;

    @Column(name = "checksum", nullable = false, unique = true, length = 64)
    private String checksum;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "passage", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "passage_index")
    private List<Passage> passages = new ArrayList<>();

    protected Article() {}

    /** Checks the text and computes its checksum and paragraphs; the text itself is kept by {@link ArticleBody#of}. */
    Article(ArticleDetails details, String text, Instant createdAt) {
        this.slug = required("slug", details.slug(), MAX_SLUG);
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidValueException(
                    "slug", "use lower-case letters, digits and single hyphens, not '" + slug + "'");
        }
        this.title = required("title", details.title(), MAX_TITLE);
        this.publisher = required("publisher", details.publisher(), MAX_PUBLISHER);
        this.url = optional("url", details.url(), MAX_URL);
        this.language = required("language", details.language(), MAX_LANGUAGE);
        this.published = requireNonNull("published", details.published());
        this.publishedPrecision = requireNonNull("publishedPrecision", details.publishedPrecision());
        if (!publishedPrecision.isAligned(published)) {
            throw new InvalidValueException(
                    "published",
                    "a " + publishedPrecision.code() + "-precision date must be the first day of its "
                            + publishedPrecision.code() + ", not " + published);
        }
        this.publishedNote = optional("publishedNote", details.publishedNote(), MAX_NOTE);
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "an article needs a text");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException("text", "longer than " + MAX_TEXT + " characters");
        }
        this.checksum = checksumOf(text);
        this.createdAt = createdAt;
        this.passages = new ArrayList<>(Paragraphs.of(text));
    }

    /** The SHA-256 of the text's UTF-8 bytes, in lower-case hex: two articles with the same text are one. */
    public static String checksumOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The paragraph in which the character at {@code offset} stands, if it is not white space between paragraphs. */
    public Optional<Integer> passageIndexAt(int offset) {
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).contains(offset)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "required");
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "at most " + max + " characters");
        }
        return trimmed;
    }

    private static <T> T requireNonNull(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "required");
        }
        return value;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String publisher() {
        return publisher;
    }

    public String url() {
        return url;
    }

    public String language() {
        return language;
    }

    public LocalDate published() {
        return published;
    }

    public DatePrecision publishedPrecision() {
        return publishedPrecision;
    }

    public String publishedNote() {
        return publishedNote;
    }

    public String checksum() {
        return checksum;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Passage> passages() {
        return List.copyOf(passages);
    }
}
