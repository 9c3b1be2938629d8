package org.brtimeline.review;

import java.util.List;
import org.brtimeline.base.Access;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.SelectedPassage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' decisions on candidates: reject, cite as evidence of an existing event, accept as a new event. A
 * candidate is decided once: a decision on one that another editor decided meanwhile is refused and changes nothing.
 * Only editors decide ({@link Access}).
 */
@Service
@PreAuthorize(Access.EDITORS)
public class CandidateDecisions {

    /** What a decision on a candidate another editor decided meanwhile says, before what was left undone. */
    private static final String DECIDED_MEANWHILE = "This sentence has been reviewed meanwhile by another editor;";

    private final DateCandidateRepository candidates;
    private final ChronologyEditor editor;

    CandidateDecisions(DateCandidateRepository candidates, ChronologyEditor editor) {
        this.candidates = candidates;
        this.editor = editor;
    }

    /** Rejects a candidate still to review; refused (and nothing changes) when another editor decided it meanwhile. */
    @Transactional
    public void reject(long candidateId) {
        // A candidate that is not there is refused as such, not as one decided meanwhile.
        candidates.get(candidateId);
        if (candidates.markRejected(candidateId, CandidateStatus.PENDING, CandidateStatus.REJECTED) == 0) {
            throw new IllegalStateException(DECIDED_MEANWHILE + " it was left as decided.");
        }
    }

    /**
     * Cites the candidate's sentence as evidence of an existing event instead of creating a duplicate, and marks the
     * candidate accepted, in one transaction: if the candidate was decided meanwhile, the event is left uncited.
     */
    @Transactional
    public EventDetails addAsEvidence(long candidateId, long eventId) {
        DateCandidate candidate = candidates.get(candidateId);
        // The review lists nearby events without their versions: the event is cited as it is now.
        EventDetails event = editor.addEvidence(
                eventId,
                editor.find(eventId).version(),
                candidate.article().slug(),
                candidate.startOffset(),
                candidate.endOffset());
        if (candidates.markAccepted(candidateId, eventId, CandidateStatus.PENDING, CandidateStatus.ACCEPTED) == 0) {
            throw new IllegalStateException(DECIDED_MEANWHILE + " the event was not cited.");
        }
        return event;
    }

    /**
     * Creates the event an editor made of a candidate, citing its sentence, and marks the candidate accepted, in one
     * transaction: if the candidate was decided meanwhile (by another editor), no event is left behind.
     */
    @Transactional
    public EventDetails accept(long candidateId, EventDraft draft) {
        DateCandidate c = candidates.get(candidateId);
        EventDetails created =
                editor.create(draft, List.of(new SelectedPassage(c.article().slug(), c.startOffset(), c.endOffset())));
        if (candidates.markAccepted(candidateId, created.id(), CandidateStatus.PENDING, CandidateStatus.ACCEPTED)
                == 0) {
            throw new IllegalStateException(DECIDED_MEANWHILE + " no event was created.");
        }
        return created;
    }
}
