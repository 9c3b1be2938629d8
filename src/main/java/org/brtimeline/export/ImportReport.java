package org.brtimeline.export;

import java.util.ArrayList;
import java.util.List;

/**
 * What an event import did: the drafts it stored, or, when anything was rejected, nothing stored and every rejection
 * with where it is (a CSV row as a spreadsheet numbers it, the header being row 1; a TimelineJS slide counted from 1
 * after the title slide; or the file), the field and the reason. Notes say what was left out of a stored draft (an
 * actor or a quote that does not resolve here), which rejects nothing.
 */
public record ImportReport(String format, List<Stored> stored, List<Problem> rejected, List<Problem> notes) {

    /** A draft stored: where it came from in the file, its new id, title and date label. */
    public record Stored(String where, long id, String title, String label) {}

    /** Something wrong or left out: where in the file, which field (empty for the file as a whole), and why. */
    public record Problem(String where, String field, String reason) {

        /** "row 3, start: '2020-13-01' is not a date"; "file: not JSON". */
        @Override
        public String toString() {
            return where + (field.isEmpty() ? "" : ", " + field) + ": " + reason;
        }
    }

    public ImportReport {
        stored = List.copyOf(stored);
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
    }

    static ImportReport refused(String format, String reason) {
        return new ImportReport(format, List.of(), List.of(new Problem("file", "", reason)), List.of());
    }

    /** Whether the drafts were stored: only when nothing was rejected. */
    public boolean imported() {
        return rejected.isEmpty() && !stored.isEmpty();
    }

    /** One line: "Imported 12 events as drafts (CSV)", or "Nothing imported: 2 problems (TimelineJS)". */
    public String summary() {
        String from = format.isEmpty() ? "" : " (" + format + ")";
        if (imported()) {
            return "Imported " + stored.size() + (stored.size() == 1 ? " event" : " events") + " as drafts" + from;
        }
        return "Nothing imported: " + rejected.size() + (rejected.size() == 1 ? " problem" : " problems") + from;
    }

    /** The whole report as lines of text, for the command line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        stored.forEach(s -> lines.add("  " + s.where() + ": event " + s.id() + ", " + s.label() + ": " + s.title()));
        rejected.forEach(p -> lines.add("  rejected: " + p));
        notes.forEach(p -> lines.add("  note: " + p));
        return lines;
    }
}
