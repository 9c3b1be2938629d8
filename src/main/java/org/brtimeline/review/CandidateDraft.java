package org.brtimeline.review;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.DateBasis;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.SelectedPassage;
import org.brtimeline.extraction.DateOrigin;

/** A candidate turned into what the event form starts from: a draft (with the actors and places the sentence names) and the sentence to attach as evidence. */
public record CandidateDraft(EventDraft draft, SelectedPassage evidence) {

    static CandidateDraft of(DateCandidate c, List<EventDetails.ActorRef> actors, List<String> places) {
        EventDraft draft = new EventDraft();
        draft.setTitle(c.title());
        draft.setActors(new LinkedHashSet<>(actors));
        draft.setPlaces(String.join(", ", places));
        draft.setWording(c.dateText());
        draft.setCategory(category(c.category()));
        boolean yearStated =
                c.origin() == null ? c.dateText().matches(".*\\b\\d{4}\\b.*") : c.origin() == DateOrigin.STATED;
        draft.setBasis(yearStated ? DateBasis.STATED : DateBasis.RESOLVED);
        draft.setDateNote(yearStated ? "" : note(c));
        LocalDate from = c.earliest();
        LocalDate to = c.latest();
        switch (c.granularity()) {
            case DAY -> {
                draft.setPrecision(DatePrecision.DAY);
                draft.setStart(from);
                draft.setEnd(to.equals(from) ? null : to);
                // "about 24 August 2020": ten days served before a release (a range takes no qualifier)
                draft.setQualifier(
                        to.equals(from) && c.mod() != null ? c.mod().qualifier().orElse(null) : null);
            }
            case WEEK -> {
                draft.setPrecision(DatePrecision.WEEK);
                draft.setStart(from);
            }
            case MONTH -> {
                draft.setPrecision(DatePrecision.MONTH);
                draft.setStart(from.withDayOfMonth(1));
                draft.setQualifier(c.mod() == null ? null : c.mod().qualifier().orElse(null));
            }
            case SEASON, QUARTER -> {
                draft.setPrecision(DatePrecision.MONTH);
                draft.setStart(from.withDayOfMonth(1));
                // "the end of the summer" is its last month
                draft.setEnd(to.withDayOfMonth(1).equals(from.withDayOfMonth(1)) ? null : to.withDayOfMonth(1));
            }
            case YEAR -> {
                draft.setPrecision(DatePrecision.YEAR);
                draft.setStart(from.withDayOfYear(1));
                draft.setQualifier(c.mod() == null ? null : c.mod().qualifier().orElse(null));
            }
            default -> {
                draft.setPrecision(DatePrecision.YEAR);
                draft.setStart(from.withDayOfYear(1));
                draft.setEnd(to.getYear() == from.getYear() ? null : to.withDayOfYear(1));
            }
        }
        return new CandidateDraft(draft, new SelectedPassage(c.article().slug(), c.startOffset(), c.endOffset()));
    }

    private static String note(DateCandidate c) {
        if (c.origin() == DateOrigin.PUBLICATION) {
            return "Reported as news with no date of its own (the article's lead, or a statement made on an occasion"
                    + " the sentence names): dated on the article's publication date "
                    + c.article().published() + ".";
        }
        if (c.origin() == DateOrigin.INHERITED) {
            return "The sentence gives no date; it goes on from “" + c.dateText() + "” (resolved against the "
                    + "publication date " + c.article().published() + ").";
        }
        return "Proposed by the date tagger from “" + c.dateText() + "”, resolved against the article's "
                + "publication date " + c.article().published() + ".";
    }

    private static Category category(String suggested) {
        return Arrays.stream(Category.values())
                .filter(k -> k.name().equals(suggested))
                .findFirst()
                .orElse(null);
    }
}
