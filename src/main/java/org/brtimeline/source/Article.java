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
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Whether its dated sentences are still to be proposed for review: true from storing until they are proposed, in
     * the same transaction; a start proposes those of an article left so (one stored by an earlier version whose
     * import was killed in between).
     */
    @Column(name = "candidates_pending", nullable = false)
    private boolean candidatesPending;

    @ElementCollection
    @CollectionTable(name = "passage", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "passage_index")
    private List<Passage> passages = new ArrayList<>();

    protected Article() {}

    /** Checks the text and computes its checksum and paragraphs; the text itself is kept by {@link ArticleBody#of}. */
    Article(ArticleDetails details, String text, Instant createdAt) {
        problemsWith(details, text).entrySet().stream().findFirst().ifPresent(problem -> {
            throw new InvalidValueException(problem.getKey(), problem.getValue());
        });
        this.slug = details.slug().strip();
        this.title = details.title().strip();
        this.publisher = details.publisher().strip();
        this.url = stripped(details.url());
        this.language = details.language().strip();
        this.published = details.published();
        this.publishedPrecision = details.publishedPrecision();
        this.publishedNote = stripped(details.publishedNote());
        this.checksum = checksumOf(text);
        this.createdAt = createdAt;
        this.candidatesPending = true;
        this.passages = new ArrayList<>(Paragraphs.of(text));
    }

    /**
     * Everything wrong with an article's details and text, by field in the order of the form, so that a form can show
     * every problem at once: empty when the article may be stored (apart from a slug or text already taken).
     */
    public static Map<String, String> problemsWith(ArticleDetails details, String text) {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "slug", details.slug(), MAX_SLUG, true);
        if (!problems.containsKey("slug")
                && !SLUG.matcher(details.slug().strip()).matches()) {
            problems.put("slug", "use lower-case letters, digits and single hyphens, not '" + details.slug() + "'");
        }
        check(problems, "title", details.title(), MAX_TITLE, true);
        check(problems, "publisher", details.publisher(), MAX_PUBLISHER, true);
        check(problems, "url", details.url(), MAX_URL, false);
        if (!problems.containsKey("url")
                && stripped(details.url()) != null
                && !isWebAddress(details.url().strip())) {
            problems.put("url", "must be a web address starting with http:// or https://");
        }
        check(problems, "language", details.language(), MAX_LANGUAGE, true);
        Optional<String> outOfYears =
                Optional.ofNullable(details.published()).flatMap(org.brtimeline.base.CalendarYears::problemWith);
        if (details.published() == null) {
            problems.put("published", "required");
        } else if (outOfYears.isPresent()) {
            problems.put("published", outOfYears.get());
        } else if (details.publishedPrecision() == null) {
            problems.put("publishedPrecision", "required");
        } else if (!details.publishedPrecision().isAligned(details.published())) {
            problems.put(
                    "published",
                    "a " + details.publishedPrecision().code() + "-precision date must be the first day of its "
                            + details.publishedPrecision().code() + ", not " + details.published());
        }
        check(problems, "publishedNote", details.publishedNote(), MAX_NOTE, false);
        if (text == null || text.isBlank()) {
            problems.put("text", "an article needs a text");
        } else if (text.length() > MAX_TEXT) {
            problems.put("text", "longer than " + MAX_TEXT + " characters");
        } else {
            org.brtimeline.base.PlainText.problemIn(text).ifPresent(problem -> problems.put("text", problem));
        }
        return problems;
    }

    private static void check(Map<String, String> problems, String field, String value, int max, boolean required) {
        String trimmed = stripped(value);
        if (trimmed == null && required) {
            problems.put(field, "required");
        } else if (trimmed != null && trimmed.length() > max) {
            problems.put(field, "at most " + max + " characters (this has " + trimmed.length() + ")");
        } else {
            org.brtimeline.base.PlainText.problemIn(value).ifPresent(problem -> problems.put(field, problem));
        }
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
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

    public boolean candidatesPending() {
        return candidatesPending;
    }

    /** Its dated sentences have been proposed for review (or there were none): a start need not propose them. */
    public void candidatesProposed() {
        candidatesPending = false;
    }
}
