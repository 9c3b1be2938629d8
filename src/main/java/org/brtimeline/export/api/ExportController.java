package org.brtimeline.export.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.brtimeline.base.api.ApiError;
import org.brtimeline.base.api.BadParameterException;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.chronology.api.EventFilter;
import org.brtimeline.export.CsvEvents;
import org.brtimeline.export.EventExports;
import org.brtimeline.export.ICalendar;
import org.brtimeline.export.TimelineJs;
import org.brtimeline.export.WebAnnotations;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The chronology as files: every endpoint takes the filters of {@code GET /api/events} and writes all the matching
 * published events in date order, at most {@link EventExports#maxEvents()} (more is a 400: narrow the filters).
 */
@RestController
@RequestMapping("/api/export")
@Tag(name = "Exports", description = "All matching events as one file, oldest first, with the filters of /api/events")
@ApiResponse(
        responseCode = "400",
        description = "A filter is malformed, or more events match than an export holds (app.export.max-events,"
                + " by default " + EventExports.DEFAULT_MAX_EVENTS + ")",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = ApiError.class)))
class ExportController {

    static final String TITLE = "Belarus–Russia timeline";

    private final EventExports exports;
    private final ObjectMapper json;
    private final Clock clock;

    ExportController(EventExports exports, ObjectMapper json, Clock clock) {
        this.exports = exports;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/events.csv")
    @Operation(summary = "CSV (RFC 4180, UTF-8, header row): one row per event with its first source, or per evidence")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    void csv(
            @ParameterObject EventFilter filter,
            @Parameter(description = "event (one row per event) or evidence (one row per piece of evidence)")
                    @RequestParam(defaultValue = "event")
                    String rows,
            HttpServletResponse response)
            throws IOException {
        CsvEvents.Rows perRow =
                switch (rows.strip()) {
                    case "event" -> CsvEvents.Rows.EVENT;
                    case "evidence" -> CsvEvents.Rows.EVIDENCE;
                    default -> throw new BadParameterException("rows", "rows: '" + rows + "' is not event or evidence");
                };
        EventQuery query = checked(filter);
        Writer out = open(response, "text/csv;charset=UTF-8;header=present", "events.csv");
        CsvEvents csv = new CsvEvents(out, site(), perRow);
        csv.header();
        exports.forEach(query, csv::write);
        out.flush();
    }

    @GetMapping("/events.json")
    @Operation(summary = "JSON: an array of events in the shape of /api/events items")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = EventDetails.class))))
    void events(@ParameterObject EventFilter filter, HttpServletResponse response) throws IOException {
        EventQuery query = checked(filter);
        try (JsonGenerator out = generator(response, MediaType.APPLICATION_JSON_VALUE, "events.json")) {
            out.writeStartArray();
            exports.forEach(query, out::writeObject);
            out.writeEndArray();
        }
    }

    @GetMapping("/timelinejs.json")
    @Operation(summary = "TimelineJS JSON: a title slide and one slide per event, dates to their precision")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    void timelineJs(@ParameterObject EventFilter filter, HttpServletResponse response) throws IOException {
        EventQuery query = checked(filter);
        try (JsonGenerator out = generator(response, MediaType.APPLICATION_JSON_VALUE, "timelinejs.json")) {
            TimelineJs timeline = new TimelineJs(out, site());
            timeline.begin(TITLE, "Events of Belarus–Russia relations, each tied to the articles that report it.");
            exports.forEach(query, timeline::write);
            timeline.end();
        }
    }

    @GetMapping("/annotations.jsonld")
    @Operation(summary = "W3C Web Annotations (JSON-LD): one annotation per piece of evidence, with text selectors")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/ld+json"))
    void annotations(@ParameterObject EventFilter filter, HttpServletResponse response) throws IOException {
        EventQuery query = checked(filter);
        String type = "application/ld+json;profile=\"" + WebAnnotations.CONTEXT + "\"";
        try (JsonGenerator out = generator(response, type, "annotations.jsonld")) {
            WebAnnotations annotations = new WebAnnotations(out, site(), exports::article);
            annotations.begin(site() + "/api/export/annotations.jsonld", "Evidence of the " + TITLE);
            exports.forEach(query, annotations::write);
            annotations.end();
        }
    }

    @GetMapping("/events.ics")
    @Operation(summary = "iCalendar (RFC 5545): all-day events for those known to the day")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/calendar"))
    void calendar(@ParameterObject EventFilter filter, HttpServletResponse response) throws IOException {
        EventQuery query = checked(filter);
        Writer out = open(response, "text/calendar;charset=UTF-8", "events.ics");
        String site = site();
        ICalendar calendar = new ICalendar(out, site, URI.create(site).getHost(), clock.instant());
        calendar.begin(TITLE);
        exports.forEach(query, calendar::write);
        calendar.end();
    }

    private EventQuery checked(EventFilter filter) {
        EventQuery query = filter.query();
        long count = exports.count(query);
        if (count > exports.maxEvents()) {
            throw new BadParameterException(
                    null,
                    count + " events match; an export holds at most " + exports.maxEvents()
                            + ": narrow the filters (from, to, q, actor, category, article)");
        }
        return query;
    }

    private static Writer open(HttpServletResponse response, String type, String file) throws IOException {
        headers(response, type, file);
        return response.getWriter();
    }

    private JsonGenerator generator(HttpServletResponse response, String type, String file) throws IOException {
        headers(response, type, file);
        return json.createGenerator(response.getOutputStream(), JsonEncoding.UTF8);
    }

    private static void headers(HttpServletResponse response, String type, String file) {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
    }

    /** Scheme, host and context path of this request, which every link in an export starts with. */
    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
