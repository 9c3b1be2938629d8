package org.brtimeline.editing.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.SelectedPassage;
import org.brtimeline.review.CandidateDecisions;
import org.brtimeline.review.CandidateDraft;
import org.brtimeline.review.ReviewService;

/**
 * Where a new event starts from: a passage selected in the reader ({@code ?article=slug&start=…&end=…})
 * or a proposed dated sentence of the review ({@code ?candidate=ID}), which becomes its first evidence.
 */
final class NewEventStart {

    private final ChronologyEditor editor;
    private final ReviewService review;
    private final CandidateDecisions decisions;
    private SelectedPassage passage;
    private Long candidate;
    private EventDraft proposed;
    private String quote;

    NewEventStart(ChronologyEditor editor, ReviewService review, CandidateDecisions decisions) {
        this.editor = editor;
        this.review = review;
        this.decisions = decisions;
    }

    /** Reads the address; what it names is kept until the event is saved. */
    void read(QueryParameters parameters) {
        passage = null;
        candidate = null;
        proposed = null;
        quote = null;
        var p = parameters.getParameters();
        try {
            if (p.containsKey("article")) {
                passage = new SelectedPassage(
                        p.get("article").get(0),
                        Integer.parseInt(p.get("start").get(0)),
                        Integer.parseInt(p.get("end").get(0)));
            } else if (p.containsKey("candidate")) {
                long id = Long.parseLong(p.get("candidate").get(0));
                CandidateDraft draft = review.draftFor(id);
                candidate = id;
                passage = draft.evidence();
                proposed = draft.draft();
            }
            quote = passage == null ? null : "Evidence to attach: “" + editor.quoteOf(passage) + "”";
        } catch (RuntimeException e) {
            passage = null;
            candidate = null;
            proposed = null;
            quote = "The selected passage or proposed sentence could not be found; fill in the form instead.";
        }
    }

    /** What to say above the form, if anything. */
    Optional<String> quote() {
        return Optional.ofNullable(quote);
    }

    /** The proposed sentence's title, date and actors, when the event starts from one. */
    Optional<EventDraft> proposed() {
        return Optional.ofNullable(proposed);
    }

    List<SelectedPassage> evidence() {
        return passage == null ? List.of() : List.of(passage);
    }

    /**
     * Creates the event with its first evidence. From a proposed sentence, the event is created and the sentence
     * marked accepted in one transaction (neither happens when another editor decided the sentence meanwhile).
     */
    EventDetails create(EventDraft draft) {
        return candidate != null ? decisions.accept(candidate, draft) : editor.create(draft, evidence());
    }

    /** The event was saved: nothing is pending any more. */
    void saved() {
        passage = null;
        candidate = null;
        proposed = null;
        quote = null;
    }
}
