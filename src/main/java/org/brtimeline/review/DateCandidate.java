package org.brtimeline.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.brtimeline.chronology.DateWindow;
import org.brtimeline.extraction.Candidate;
import org.brtimeline.extraction.Granularity;
import org.brtimeline.extraction.TimexMod;
import org.brtimeline.source.Article;

/** A dated sentence of an article proposed as an event, waiting for (or carrying) an editor's decision. */
@Entity
@Table(name = "date_candidate")
public class DateCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "date_text", nullable = false, length = 300)
    private String dateText;

    @Column(name = "earliest", nullable = false)
    private LocalDate earliest;

    @Column(name = "latest", nullable = false)
    private LocalDate latest;

    @Enumerated(EnumType.STRING)
    @Column(name = "granularity", nullable = false, length = 10)
    private Granularity granularity;

    /** The tagger's mod (START, MID, END, …): how the text hedged the date. */
    @Enumerated(EnumType.STRING)
    @Column(name = "date_mod", length = 20)
    private TimexMod mod;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CandidateStatus status = CandidateStatus.PENDING;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DateCandidate() {}

    DateCandidate(Article article, Candidate found, Instant now) {
        this.article = article;
        this.startOffset = found.start();
        this.endOffset = found.end();
        this.title = found.title().length() > 300 ? found.title().substring(0, 300) : found.title();
        this.dateText = found.wording().length() > 300 ? found.wording().substring(0, 300) : found.wording();
        this.earliest = found.earliest();
        this.latest = found.latest();
        this.granularity = found.precision();
        this.mod = found.mod();
        this.label = found.label();
        this.createdAt = now;
    }

    void accept(long event) {
        status = CandidateStatus.ACCEPTED;
        eventId = event;
    }

    void reject() {
        status = CandidateStatus.REJECTED;
    }

    boolean isPending() {
        return status == CandidateStatus.PENDING;
    }

    /** The days the sentence's date may mean: where a possible duplicate among the events would lie. */
    DateWindow window() {
        return new DateWindow(earliest, latest);
    }

    public Long id() {
        return id;
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

    public String title() {
        return title;
    }

    public String dateText() {
        return dateText;
    }

    public LocalDate earliest() {
        return earliest;
    }

    public LocalDate latest() {
        return latest;
    }

    public Granularity granularity() {
        return granularity;
    }

    public TimexMod mod() {
        return mod;
    }

    public String label() {
        return label;
    }

    public CandidateStatus status() {
        return status;
    }

    public Long eventId() {
        return eventId;
    }
}
