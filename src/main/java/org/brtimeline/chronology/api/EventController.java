package org.brtimeline.chronology.api;

import java.time.LocalDate;
import org.brtimeline.base.api.BadParameterException;
import org.brtimeline.base.api.NotFoundException;
import org.brtimeline.base.api.Parameters;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventOrder;
import org.brtimeline.chronology.EventPage;
import org.brtimeline.chronology.EventQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API of the chronology: published events, in date order or ranked by a search, with their evidence. */
@RestController
@RequestMapping("/api/events")
class EventController {

    private final ChronologyService chronology;

    EventController(ChronologyService chronology) {
        this.chronology = chronology;
    }

    @GetMapping
    EventPage events(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            @RequestParam(required = false) String sort) {
        LocalDate fromDate = Parameters.date("from", from);
        LocalDate toDate = Parameters.date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadParameterException("from", "from: " + fromDate + " is after to " + toDate);
        }
        Parameters.atLeast("page", page, 0);
        Parameters.atLeast("size", size, 1);
        int capped = Math.min(size, ChronologyService.MAX_PAGE_SIZE);
        EventQuery query = EventQuery.window(fromDate, toDate, q);
        return chronology.search(query, page, capped, order(sort, query));
    }

    /** {@code date} (oldest first), {@code -date} (newest first) or {@code relevance}; a search is ranked by default. */
    private static EventOrder order(String sort, EventQuery query) {
        if (sort == null || sort.isBlank()) {
            return query.text() == null ? EventOrder.OLDEST_FIRST : EventOrder.BEST_MATCH;
        }
        return switch (sort.strip()) {
            case "date" -> EventOrder.OLDEST_FIRST;
            case "-date" -> EventOrder.NEWEST_FIRST;
            case "relevance" -> EventOrder.BEST_MATCH;
            default ->
                throw new BadParameterException("sort", "sort: '" + sort + "' is not one of date, -date, relevance");
        };
    }

    @GetMapping("/{id}")
    EventDetails event(@PathVariable long id) {
        return chronology.find(id).orElseThrow(() -> new NotFoundException("No published event with id " + id));
    }
}
