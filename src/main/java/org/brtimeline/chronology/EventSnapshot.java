package org.brtimeline.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields of an event that editors care about, for field-level differences between two versions. */
record EventSnapshot(
        String title,
        String summary,
        String category,
        String status,
        String date,
        String wording,
        List<String> actors,
        List<String> places,
        List<String> evidence) {

    static EventSnapshot of(Event e) {
        return new EventSnapshot(
                e.title(),
                e.summary(),
                e.category().code(),
                e.status().code(),
                e.date().label(),
                e.date().wording(),
                e.actors().stream().map(Actor::name).toList(),
                e.places(),
                e.evidence().stream()
                        .map(ev -> ev.article().slug() + " «" + ev.quote() + "»")
                        .toList());
    }

    /** "field: before → after" for every field that differs; an empty list when nothing does. */
    List<String> changesSince(EventSnapshot before) {
        List<String> changes = new ArrayList<>();
        compare(changes, "title", before.title, title);
        compare(changes, "summary", before.summary, summary);
        compare(changes, "category", before.category, category);
        compare(changes, "status", before.status, status);
        compare(changes, "date", before.date, date);
        compare(changes, "wording", before.wording, wording);
        compare(changes, "actors", String.join(", ", before.actors), String.join(", ", actors));
        compare(changes, "places", String.join(", ", before.places), String.join(", ", places));
        for (String added : evidence) {
            if (!before.evidence.contains(added)) {
                changes.add("evidence added: " + added);
            }
        }
        for (String removed : before.evidence) {
            if (!evidence.contains(removed)) {
                changes.add("evidence removed: " + removed);
            }
        }
        return changes;
    }

    private static void compare(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(field + ": " + quoted(before) + " → " + quoted(after));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String quoted(String s) {
        return blankToNull(s) == null ? "(empty)" : "“" + s + "”";
    }
}
