package org.brtimeline.export.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.brtimeline.base.api.ApiError;
import org.brtimeline.base.api.NotFoundException;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.export.Citations;
import org.brtimeline.export.Citations.Format;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The sources of one published event as citations, for reference managers. */
@RestController
@RequestMapping("/api/events/{id}")
@Tag(name = "Citations", description = "The articles an event rests on, as references with the quotes it cites")
@ApiResponse(
        responseCode = "404",
        description = "No published event has this id",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = ApiError.class)))
class CitationController {

    private final ChronologyService chronology;
    private final Citations citations;

    CitationController(ChronologyService chronology, Citations citations) {
        this.chronology = chronology;
        this.citations = citations;
    }

    @GetMapping("/cite.json")
    @Operation(summary = "CSL-JSON (for citeproc: Zotero, Pandoc): one article-newspaper item per source")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/vnd.citationstyles.csl+json"))
    void cslJson(@PathVariable long id, HttpServletResponse response) throws IOException {
        write(id, Format.CSL_JSON, response);
    }

    @GetMapping("/cite.bib")
    @Operation(summary = "BibTeX: one @article per source, year and month only when known")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/x-bibtex"))
    void bibTex(@PathVariable long id, HttpServletResponse response) throws IOException {
        write(id, Format.BIBTEX, response);
    }

    @GetMapping("/cite.ris")
    @Operation(summary = "RIS (EndNote, Zotero, Mendeley): one NEWS record per source, the date to its precision")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/x-research-info-systems"))
    void ris(@PathVariable long id, HttpServletResponse response) throws IOException {
        write(id, Format.RIS, response);
    }

    private void write(long id, Format format, HttpServletResponse response) throws IOException {
        EventDetails event =
                chronology.find(id).orElseThrow(() -> new NotFoundException("No published event with id " + id));
        String site =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String text = citations.format(format, event, site);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"event-" + id + "-sources." + format.extension() + "\"");
        response.getWriter().write(text);
    }
}
