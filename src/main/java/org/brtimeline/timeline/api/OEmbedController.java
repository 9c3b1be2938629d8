package org.brtimeline.timeline.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.brtimeline.base.api.ApiError;
import org.brtimeline.base.api.BadParameterException;
import org.brtimeline.base.api.NotFoundException;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.timeline.EmbedCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * oEmbed (oembed.com) for the timeline: given an event's permalink ({@code /events/{id}}) or a timeline address
 * ({@code /timeline?…}) on this site, the {@code <iframe>} of the embedded timeline showing the same, so that a blog
 * or a CMS that knows oEmbed turns a pasted link into the timeline.
 */
@RestController
@Tag(name = "oEmbed", description = "The embedded timeline for a permalink or a timeline address")
class OEmbedController {

    private static final String TITLE = "Belarus–Russia timeline";
    private static final List<String> TIMELINE_PARAMETERS =
            List.of("from", "to", "q", "actor", "category", "article", "event", "lanes");

    private final ChronologyService chronology;

    OEmbedController(ChronologyService chronology) {
        this.chronology = chronology;
    }

    @GetMapping(value = "/api/oembed", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "oEmbed 1.0 (type rich) for an event's permalink or a timeline address on this site")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OEmbed.class)))
    @ApiResponse(
            responseCode = "404",
            description = "The address is not an event's permalink or the timeline on this site",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "501",
            description = "A format other than json",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<?> oEmbed(
            @Parameter(description = "The page to embed: https://…/events/{id} or https://…/timeline?…") @RequestParam
                    String url,
            @Parameter(description = "json (the only format answered)") @RequestParam(defaultValue = "json")
                    String format,
            @Parameter(description = "The most pixels wide the consumer can show") @RequestParam(required = false)
                    Integer maxwidth,
            @Parameter(description = "The most pixels high the consumer can show") @RequestParam(required = false)
                    Integer maxheight) {
        if (!"json".equals(format)) {
            return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED)
                    .body(ApiError.of(HttpStatus.NOT_IMPLEMENTED, "format", "format: only json is answered"));
        }
        String site =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Embedded embedded = embedded(url, site)
                .orElseThrow(() -> new NotFoundException(
                        "url: '" + url + "' is not an event's permalink or the timeline on this site"));
        int width = size("maxwidth", maxwidth, EmbedCode.DEFAULT_WIDTH);
        int height = size("maxheight", maxheight, EmbedCode.DEFAULT_HEIGHT);
        String address = EmbedCode.address(site, embedded.query());
        String html = EmbedCode.iframe(address, embedded.title(), String.valueOf(width), height);
        return ResponseEntity.ok(new OEmbed("1.0", "rich", embedded.title(), TITLE, site + "/", html, width, height));
    }

    /** What the address shows, as the embedded timeline's query: an event, or the timeline's own parameters. */
    private Optional<Embedded> embedded(String url, String site) {
        URI address;
        URI ours = URI.create(site);
        try {
            address = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String prefix = ours.getRawPath() == null ? "" : ours.getRawPath();
        if (address.getHost() == null
                || !address.getHost().equalsIgnoreCase(ours.getHost())
                || address.getRawPath() == null
                || !address.getRawPath().startsWith(prefix)) {
            return Optional.empty();
        }
        String path = address.getRawPath().substring(prefix.length()).replaceFirst("^/", "");
        if (path.matches("events/\\d{1,18}")) {
            long id = Long.parseLong(path.substring("events/".length()));
            return chronology.find(id).map(EventDetails::title).map(title -> new Embedded(title, "event=" + id));
        }
        if (path.equals("timeline") || path.isEmpty()) {
            MultiValueMap<String, String> parameters =
                    UriComponentsBuilder.fromUri(address).build().getQueryParams();
            UriComponentsBuilder kept = UriComponentsBuilder.newInstance();
            TIMELINE_PARAMETERS.forEach(name -> Optional.ofNullable(parameters.get(name))
                    .ifPresent(values -> kept.queryParam(name, values.toArray())));
            String query = Optional.ofNullable(kept.build().getQuery()).orElse("");
            return Optional.of(new Embedded(TITLE, query));
        }
        return Optional.empty();
    }

    private static int size(String name, Integer most, int usual) {
        if (most == null) {
            return usual;
        }
        if (most < 1) {
            throw new BadParameterException(name, name + ": must be 1 or more");
        }
        return Math.min(most, usual);
    }

    private record Embedded(String title, String query) {}
}
