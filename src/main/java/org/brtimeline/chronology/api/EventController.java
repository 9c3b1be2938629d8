package org.brtimeline.chronology.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.brtimeline.base.api.ApiError;
import org.brtimeline.base.api.BadParameterException;
import org.brtimeline.base.api.NotFoundException;
import org.brtimeline.base.api.Parameters;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventOrder;
import org.brtimeline.chronology.EventPage;
import org.brtimeline.chronology.EventQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API of the chronology: published events, in date order or ranked by a search, with their evidence. */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Events", description = "Published events with their dates of honest precision and their evidence")
class EventController {

    private final ChronologyService chronology;

    EventController(ChronologyService chronology) {
        this.chronology = chronology;
    }

    @GetMapping
    @Operation(summary = "A page of the events that match the filters, oldest first (a search: best match first)")
    @ApiResponse(
            responseCode = "200",
            description = "The page and the number of matching events",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = EventPage.class),
                            examples = @ExampleObject(name = "page", value = ApiExamples.PAGE)))
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is malformed; the reply names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ApiError.class),
                            examples = @ExampleObject(name = "bad date", value = ApiExamples.BAD_DATE)))
    EventPage events(
            @ParameterObject EventFilter filter,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(
                            description = "Events per page, at most " + ChronologyService.MAX_PAGE_SIZE
                                    + " (larger is capped)")
                    @RequestParam(defaultValue = "100")
                    int size,
            @Parameter(
                            description =
                                    "date (oldest first), -date (newest first) or relevance; a search is ranked by default")
                    @RequestParam(required = false)
                    String sort) {
        EventQuery query = filter.query();
        Parameters.atLeast("page", page, 0);
        Parameters.atLeast("size", size, 1);
        int capped = Math.min(size, ChronologyService.MAX_PAGE_SIZE);
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
    @Operation(summary = "One published event by id")
    @ApiResponse(
            responseCode = "200",
            description = "The event",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = EventDetails.class),
                            examples = @ExampleObject(name = "event", value = ApiExamples.EVENT)))
    @ApiResponse(
            responseCode = "404",
            description = "No published event has this id",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ApiError.class)))
    EventDetails event(@PathVariable long id) {
        return chronology.find(id).orElseThrow(() -> new NotFoundException("No published event with id " + id));
    }
}
