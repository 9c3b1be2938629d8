package org.brtimeline.timeline.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.brtimeline.base.ui.DateFields;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.EventQuery;

/**
 * What a reader narrowed the chronology to, as it stands in the URL ({@code from}, {@code to},
 * {@code q}, {@code actor} (repeatable), {@code category} (repeatable), {@code article},
 * {@code event}), shared by the timeline and the list so that a link reopens the same view.
 */
public record ChronologyFilter(
        LocalDate from,
        LocalDate to,
        String text,
        Set<Long> actorIds,
        Set<Category> categories,
        String article,
        Long event) {

    public static ChronologyFilter none() {
        return new ChronologyFilter(null, null, null, Set.of(), Set.of(), null, null);
    }

    /**
     * Reads the URL's parameters; a malformed one is ignored rather than failing the page: a date that is no date or
     * lies outside the years the date fields take ({@link DateFields#FIRST_DAY}), a window whose end comes before its start, an actor or
     * event that is no number, an unknown category, a search too long to run ({@link EventQuery#searchProblem}).
     */
    public static ChronologyFilter from(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        LocalDate from = date(first(p, "from"));
        LocalDate to = date(first(p, "to"));
        boolean reversed = from != null && to != null && from.isAfter(to);
        return new ChronologyFilter(
                reversed ? null : from,
                reversed ? null : to,
                first(p, "q").filter(q -> EventQuery.searchProblem(q).isEmpty()).orElse(null),
                p.getOrDefault("actor", List.of()).stream()
                        .map(ChronologyFilter::number)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toSet()),
                p.getOrDefault("category", List.of()).stream()
                        .map(ChronologyFilter::category)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toSet()),
                first(p, "article").orElse(null),
                first(p, "event").flatMap(ChronologyFilter::number).orElse(null));
    }

    /**
     * What {@link #from} left out of these parameters, in plain words, for the page to say so: a reader who typed or
     * was sent a broken address learns why the page shows more than was asked. The values are quoted as given (cut
     * at 40 characters); the page shows them as text.
     */
    public static List<String> leftOut(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        List<String> problems = new java.util.ArrayList<>();
        for (String name : List.of("from", "to")) {
            first(p, name)
                    .filter(value -> date(Optional.of(value)) == null)
                    .ifPresent(value -> problems.add(name + ": " + quoted(value) + " is not a date from the year "
                            + DateFields.FIRST_DAY.getYear() + " to " + DateFields.LAST_DAY.getYear()));
        }
        LocalDate from = date(first(p, "from"));
        LocalDate to = date(first(p, "to"));
        if (from != null && to != null && from.isAfter(to)) {
            problems.add("from and to: the window ends before it starts");
        }
        first(p, "q").flatMap(EventQuery::searchProblem).ifPresent(problem -> problems.add("q: " + problem));
        p.getOrDefault("actor", List.of()).stream()
                .filter(value -> number(value).isEmpty())
                .forEach(value -> problems.add("actor: " + quoted(value) + " is not an actor's number"));
        p.getOrDefault("category", List.of()).stream()
                .filter(value -> category(value).isEmpty())
                .forEach(value -> problems.add("category: " + quoted(value) + " is not a category"));
        first(p, "event")
                .filter(value -> number(value).isEmpty())
                .ifPresent(value -> problems.add("event: " + quoted(value) + " is not an event's number"));
        return problems;
    }

    private static String quoted(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    public QueryParameters toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (from != null) {
            p.put("from", List.of(from.toString()));
        }
        if (to != null) {
            p.put("to", List.of(to.toString()));
        }
        if (text != null && !text.isBlank()) {
            p.put("q", List.of(text));
        }
        if (!actorIds.isEmpty()) {
            p.put("actor", actorIds.stream().sorted().map(String::valueOf).toList());
        }
        if (!categories.isEmpty()) {
            p.put("category", categories.stream().sorted().map(Category::code).toList());
        }
        if (article != null) {
            p.put("article", List.of(article));
        }
        if (event != null) {
            p.put("event", List.of(event.toString()));
        }
        return new QueryParameters(p);
    }

    /** The database query for these filters, with the given window (which may differ from from/to). */
    public EventQuery query(LocalDate windowFrom, LocalDate windowTo) {
        LocalDate a = windowFrom;
        LocalDate b = windowTo;
        if (a != null && b != null && a.isAfter(b)) {
            a = windowTo;
            b = windowFrom;
        }
        return new EventQuery(a, b, text, actorIds, categories, article, false);
    }

    public EventQuery query() {
        return query(from, to);
    }

    public ChronologyFilter withWindow(LocalDate newFrom, LocalDate newTo) {
        return new ChronologyFilter(newFrom, newTo, text, actorIds, categories, article, event);
    }

    public ChronologyFilter withCategories(Set<Category> newCategories) {
        return new ChronologyFilter(from, to, text, actorIds, newCategories, article, event);
    }

    public ChronologyFilter withEvent(Long newEvent) {
        return new ChronologyFilter(from, to, text, actorIds, categories, article, newEvent);
    }

    public ChronologyFilter withNarrowing(
            LocalDate newFrom,
            LocalDate newTo,
            String newText,
            Set<Long> newActors,
            Set<Category> newCategories,
            String newArticle) {
        return new ChronologyFilter(newFrom, newTo, newText, newActors, newCategories, newArticle, event);
    }

    private static Optional<String> first(Map<String, List<String>> p, String name) {
        return p.getOrDefault(name, List.of()).stream()
                .filter(v -> !v.isBlank())
                .findFirst();
    }

    private static LocalDate date(Optional<String> value) {
        try {
            return value.map(LocalDate::parse)
                    .filter(d -> !d.isBefore(DateFields.FIRST_DAY) && !d.isAfter(DateFields.LAST_DAY))
                    .orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Category> category(String value) {
        try {
            return Optional.of(Category.valueOf(value.toUpperCase()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
