package org.brtimeline.chronology;

import java.time.LocalDate;
import java.util.Set;
import org.brtimeline.base.InvalidValueException;

/**
 * What a reader asks for: a date window (events whose possible dates overlap it), a text to find
 * in titles, summaries and quotes, actors, categories and an article. Empty parts do not filter.
 */
public record EventQuery(
        LocalDate from,
        LocalDate to,
        String text,
        Set<Long> actorIds,
        Set<Category> categories,
        String articleSlug,
        boolean includeDrafts) {

    public EventQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValueException("from", from + " is after to " + to);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        actorIds = actorIds == null ? Set.of() : Set.copyOf(actorIds);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        articleSlug = articleSlug == null || articleSlug.isBlank() ? null : articleSlug.strip();
    }

    /** Every published event. */
    public static EventQuery everything() {
        return new EventQuery(null, null, null, Set.of(), Set.of(), null, false);
    }

    /** The published events an article supports. */
    public static EventQuery ofArticle(String slug) {
        return new EventQuery(null, null, null, Set.of(), Set.of(), slug, false);
    }

    public static EventQuery window(LocalDate from, LocalDate to, String text) {
        return new EventQuery(from, to, text, Set.of(), Set.of(), null, false);
    }
}
