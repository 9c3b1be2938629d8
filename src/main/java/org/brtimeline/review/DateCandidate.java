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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brtimeline.chronology.DateWindow;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.extraction.Candidate;
import org.brtimeline.extraction.DateOrigin;
import org.brtimeline.extraction.Granularity;
import org.brtimeline.extraction.SameEvent;
import org.brtimeline.extraction.TimexMod;
import org.brtimeline.source.Article;

/** A sentence of an article proposed as an event (title, actors, places, category, a date and how it was reached), waiting for (or carrying) an editor's decision. */
@Entity
@Table(name = "date_candidate")
public class DateCandidate {

    /** Lists (actors, new names, places) are stored joined with this separator, cut to the column's length. */
    static final String SEPARATOR = "; ";

    static final int LIST_LENGTH = 1000;

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

    /** How the date was reached; null for candidates stored before it was recorded. */
    @Enumerated(EnumType.STRING)
    @Column(name = "date_origin", length = 20)
    private DateOrigin origin;

    @Column(name = "actors", length = LIST_LENGTH)
    private String actors;

    @Column(name = "new_names", length = LIST_LENGTH)
    private String newNames;

    @Column(name = "places", length = LIST_LENGTH)
    private String places;

    @Column(name = "category", length = 20)
    private String category;

    /** The first candidate of the group of candidates (from several articles) that report the same event. */
    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "group_score")
    private Double groupScore;

    @Column(name = "group_reason", length = 300)
    private String groupReason;

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
        this.origin = found.origin();
        this.actors = joined(found.actors());
        this.newNames = joined(found.newNames());
        this.places = joined(found.places());
        this.category = found.category();
    }

    private static String joined(List<String> values) {
        String all = String.join(SEPARATOR, values);
        return all.length() <= LIST_LENGTH ? all : all.substring(0, all.lastIndexOf(SEPARATOR, LIST_LENGTH));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR));
    }

    /** Joins the group of an earlier candidate (of another article) that reports the same event. */
    void joinGroupOf(DateCandidate first, double score, String reason) {
        this.groupId = first.groupId == null ? first.id : first.groupId;
        this.groupScore = score;
        this.groupReason = reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    /** The group this candidate leads or belongs to. */
    Long group() {
        return groupId == null ? id : groupId;
    }

    boolean isPending() {
        return status == CandidateStatus.PENDING;
    }

    /** The days the sentence's date may mean: where a possible duplicate among the events would lie. */
    DateWindow window() {
        return new DateWindow(earliest, latest);
    }

    /** Whether another candidate may report the same event: its dates overlap this one's, and it shares an actor. */
    boolean sharesDaysAndAnActorWith(DateCandidate other) {
        return !other.earliest().isAfter(latest)
                && !other.latest().isBefore(earliest)
                && other.actors().stream().anyMatch(actors()::contains);
    }

    /** What the candidate reports, as the comparison with other articles' reports reads it. */
    SameEvent.Report report(String quote) {
        return new SameEvent.Report(earliest, latest, actors(), quote);
    }

    /**
     * The actors the candidate names, in its order: those its sentence describes the event with, including one the
     * sentence calls only "he" ("At a joint press conference with his Belarusian counterpart Makei, he said": Lavrov,
     * named the paragraph before), and for a sentence with several dates, those of the part the date dates ("The
     * unexpected death of his predecessor, Makei": Makei, not Lavrov and Aleinik). Candidates stored before migration
     * V10, or naming none of the chronology's actors (renamed or deleted since), keep all those the sentence names.
     */
    List<EventDetails.ActorRef> ownActors(
            List<EventDetails.ActorRef> inSentence, Map<String, EventDetails.ActorRef> named) {
        if (!described()) {
            return inSentence;
        }
        List<EventDetails.ActorRef> own =
                actors().stream().map(named::get).filter(Objects::nonNull).toList();
        return own.isEmpty() ? inSentence : own;
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

    public DateOrigin origin() {
        return origin;
    }

    public List<String> actors() {
        return split(actors);
    }

    public List<String> newNames() {
        return split(newNames);
    }

    /**
     * Whether the candidate was stored with what its sentence describes (title, actors, places, how its date was
     * reached); those stored before that was recorded (migration V10) were not, and know no places.
     */
    public boolean described() {
        return origin != null;
    }

    public List<String> places() {
        return split(places);
    }

    public String category() {
        return category;
    }

    public Long groupId() {
        return groupId;
    }

    public Double groupScore() {
        return groupScore;
    }

    public String groupReason() {
        return groupReason;
    }
}
