package org.brtimeline.export.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.chronology.api.EventFilter;
import org.brtimeline.export.AtomFeed;
import org.brtimeline.export.EventExports;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The latest events of a selection as an Atom feed, for feed readers: {@code /feed.atom} with the API's filters. */
@RestController
@Tag(name = "Exports")
class FeedController {

    /** How many events a feed holds: the newest by date. */
    static final int ENTRIES = 50;

    private final EventExports exports;

    FeedController(EventExports exports) {
        this.exports = exports;
    }

    @GetMapping("/feed.atom")
    @Operation(summary = "Atom feed of the " + ENTRIES + " latest events (by date) that match the filters")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/atom+xml"))
    void feed(@ParameterObject EventFilter filter, HttpServletRequest request, HttpServletResponse response)
            throws IOException, XMLStreamException {
        EventQuery query = filter.query();
        EventExports.Latest latest = exports.latest(query, ENTRIES);
        String site =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String selection = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/atom+xml;charset=UTF-8");
        new AtomFeed(site)
                .write(
                        response.getWriter(),
                        site + "/feed.atom" + selection,
                        site + "/chronology" + selection,
                        latest.events(),
                        latest.changed());
    }
}
