package org.brtimeline.chronology.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.brtimeline.base.api.BadParameterException;
import org.brtimeline.base.api.Parameters;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.EventQuery;
import org.springframework.modulith.NamedInterface;

/**
 * The filters of the read API, bound from the query string and read strictly: {@code GET /api/events} and every
 * export take exactly these, with the names the timeline and the list use in their own addresses.
 */
@NamedInterface("filters")
public record EventFilter(
        @Parameter(
                description = "First day of the window (YYYY-MM-DD): events whose possible dates reach it or later",
                example = "2020-08-01")
        String from,

        @Parameter(
                description = "Last day of the window (YYYY-MM-DD): events whose possible dates start by then",
                example = "2020-12-31")
        String to,

        @Parameter(
                description =
                        "Words or \"a phrase\" to find in titles, summaries and quotes (names match their other spellings);"
                                + " at most 12 words or phrases and 300 characters",
                example = "Lukashenko")
        String q,

        @Parameter(description = "Only events with this actor (an id from the events' actors); repeatable")
        List<String> actor,

        @Parameter(
                description =
                        "Only events of this category: diplomacy, military, politics, protest, repression, economy or statement; repeatable",
                example = "protest")
        List<String> category,

        @Parameter(description = "Only events supported by the article with this slug")
        String article) {

    /** The query these filters stand for; a malformed value is a 400 naming its parameter. */
    public EventQuery query() {
        LocalDate fromDate = Parameters.date("from", from);
        LocalDate toDate = Parameters.date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadParameterException("from", "from: " + fromDate + " is after to " + toDate);
        }
        return new EventQuery(fromDate, toDate, q, actorIds(), categories(), article, false);
    }

    private Set<Long> actorIds() {
        return values(actor).stream().map(EventFilter::actorId).collect(Collectors.toSet());
    }

    private Set<Category> categories() {
        return values(category).stream().map(EventFilter::category).collect(Collectors.toSet());
    }

    private static List<String> values(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .toList();
    }

    private static Long actorId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadParameterException("actor", "actor: '" + value + "' is not a whole number");
        }
    }

    private static Category category(String value) {
        return Arrays.stream(Category.values())
                .filter(c -> c.code().equals(value.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new BadParameterException(
                        "category",
                        "category: '" + value + "' is not one of "
                                + Arrays.stream(Category.values())
                                        .map(Category::code)
                                        .collect(Collectors.joining(", "))));
    }
}
