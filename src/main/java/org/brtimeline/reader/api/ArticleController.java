package org.brtimeline.reader.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.brtimeline.base.api.ApiError;
import org.brtimeline.base.api.NotFoundException;
import org.brtimeline.base.api.Parameters;
import org.brtimeline.reader.ArticleSummary;
import org.brtimeline.reader.ArticleText;
import org.brtimeline.reader.ReaderService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API of the articles: metadata, event counts, full text and paragraphs. */
@RestController
@RequestMapping("/api/articles")
@Tag(name = "Articles", description = "The articles that the evidence quotes, with their full texts")
class ArticleController {

    private static final String ARTICLE = """
            {
              "slug": "rferl-russian-pm-in-minsk-2020-09-03",
              "title": "Russian PM In Minsk As Belarus Looks To Ally For Help",
              "publisher": "RFE/RL",
              "url": "https://www.rferl.org/a/russian-pm-visits-minsk-as-belarus-looks-to-ally-for-help/30818225.html",
              "language": "en",
              "published": "2020-09-03",
              "precision": "day",
              "publishedLabel": "3 September 2020",
              "publishedNote": null,
              "eventCount": 9,
              "text": "UNITED24 - Make a charitable donation in support of Ukraine!\\n\\n…",
              "passages": [{"index": 0, "startOffset": 0, "endOffset": 60}]
            }
            """;

    /** The most articles one answer holds: a client pages through more. */
    static final int MOST_PER_PAGE = 1000;

    private final ReaderService reader;

    ArticleController(ReaderService reader) {
        this.reader = reader;
    }

    @GetMapping
    @Operation(
            summary = "A page of the articles, oldest first unless sorted, with the number of published events each"
                    + " supports (no texts)")
    @ApiResponse(
            responseCode = "200",
            description = "The articles",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = ArticleSummary.class))))
    List<ArticleSummary> articles(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Articles per page, at most " + MOST_PER_PAGE + " (larger is capped)")
                    @RequestParam(defaultValue = "" + MOST_PER_PAGE)
                    int size,
            @Parameter(
                            description =
                                    "The order: published, title, publisher (text without regard to case) or events (the number"
                                            + " of published events), then by slug")
                    @RequestParam(defaultValue = "published")
                    String sort,
            @Parameter(description = "asc or desc") @RequestParam(defaultValue = "asc") String order) {
        Parameters.atLeast("page", page, 0);
        Parameters.atLeast("size", size, 1);
        Parameters.oneOf("sort", sort, ReaderService.SORTS);
        Parameters.oneOf("order", order, List.of("asc", "desc"));
        return reader.articles(page, Math.min(size, MOST_PER_PAGE), sort, order.equals("desc"));
    }

    @GetMapping("/{slug}")
    @Operation(
            summary = "One article with its full text and paragraphs",
            description = "Evidence offsets (startOffset, endOffset) index into the text in UTF-16 code units.")
    @ApiResponse(
            responseCode = "200",
            description = "The article",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ArticleText.class),
                            examples = @ExampleObject(name = "article", value = ARTICLE)))
    @ApiResponse(
            responseCode = "404",
            description = "No article has this slug",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ApiError.class)))
    ArticleText article(@PathVariable String slug) {
        return reader.article(slug).orElseThrow(() -> new NotFoundException("No article with slug '" + slug + "'"));
    }
}
