package org.brtimeline.reader.api;

import java.util.List;
import org.brtimeline.base.api.NotFoundException;
import org.brtimeline.reader.ArticleSummary;
import org.brtimeline.reader.ArticleText;
import org.brtimeline.reader.ReaderService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The read API of the articles: metadata, event counts, full text and paragraphs. */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private final ReaderService reader;

    ArticleController(ReaderService reader) {
        this.reader = reader;
    }

    @GetMapping
    List<ArticleSummary> articles() {
        return reader.articles();
    }

    @GetMapping("/{slug}")
    ArticleText article(@PathVariable String slug) {
        return reader.article(slug).orElseThrow(() -> new NotFoundException("No article with slug '" + slug + "'"));
    }
}
