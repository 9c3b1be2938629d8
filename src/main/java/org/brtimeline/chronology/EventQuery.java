package org.brtimeline.chronology;

import java.time.LocalDate;
import java.util.Optional;
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

    /**
     * The most words or "phrases" a search takes. Each becomes a clause of the index's query for every spelling it
     * stands for and every text field, and the index refuses a query of more than 1,024 clauses; a reader's search
     * needs far fewer.
     */
    public static final int MOST_SEARCH_TERMS = 12;

    /** The longest search text, in characters. */
    public static final int LONGEST_SEARCH = 300;

    public EventQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValueException("from", from + " is after to " + to);
        }
        searchProblem(text).ifPresent(problem -> {
            throw new InvalidValueException("q", problem);
        });
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

    /** Why a search text cannot be searched (too long, too many words), in plain words; empty when it can. */
    public static Optional<String> searchProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.strip().length() > LONGEST_SEARCH) {
            return Optional.of("a search is at most " + LONGEST_SEARCH + " characters long; this one has "
                    + text.strip().length());
        }
        int terms = SearchTerms.count(text);
        return terms > MOST_SEARCH_TERMS
                ? Optional.of(
                        "a search takes at most " + MOST_SEARCH_TERMS + " words or \"phrases\"; this one has " + terms)
                : Optional.empty();
    }

    /**
     * The published events an editor picks from by typing their words (a combo box's filter): a type-ahead searches
     * the first {@link #MOST_SEARCH_TERMS} words of what was typed rather than failing on more.
     */
    public static EventQuery typed(String text) {
        String searched = text == null ? null : SearchTerms.first(text, MOST_SEARCH_TERMS);
        return window(
                null,
                null,
                searched == null || searched.length() <= LONGEST_SEARCH
                        ? searched
                        : searched.substring(0, LONGEST_SEARCH));
    }

    public static EventQuery window(LocalDate from, LocalDate to, String text) {
        return new EventQuery(from, to, text, Set.of(), Set.of(), null, false);
    }
}
