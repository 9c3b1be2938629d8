package org.brtimeline.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.brtimeline.chronology.EventDraft;

/**
 * One event as an import file gives it, before anything is looked up here: where it is in the file, the draft, its
 * actors by name, the quotes it cites, what could not be read (by the file's own field names), and what was read
 * otherwise than the file says (notes).
 */
record EventRow(
        String where,
        EventDraft draft,
        List<String> actors,
        List<Quote> quotes,
        List<ImportReport.Problem> problems,
        List<ImportReport.Problem> notes) {

    /** A quote as a file gives it: the article's slug, the words, and (from our CSV) where they start and end. */
    record Quote(String where, String articleSlug, String text, Integer start, Integer end) {}

    EventRow(String where, EventDraft draft) {
        this(where, draft, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    void problem(String field, String reason) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new ImportReport.Problem(where, field, reason));
        }
    }

    /** What a file held, read: its format, its events, and what is wrong with the file as a whole. */
    record Parsed(
            String format,
            List<EventRow> rows,
            List<ImportReport.Problem> fileProblems,
            UnaryOperator<String> fieldNames) {

        static Parsed refused(String format, String reason) {
            return new Parsed(format, List.of(), List.of(new ImportReport.Problem("file", "", reason)), f -> f);
        }
    }
}
