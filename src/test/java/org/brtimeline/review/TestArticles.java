package org.brtimeline.review;

import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.ArticleService;

/** The articles the review's tests add: only their slug, day of publication and text matter to the candidates. */
final class TestArticles {

    private TestArticles() {}

    static void add(ArticleService articles, String slug, LocalDate published, String text) {
        articles.add(
                new ArticleDetails(
                        slug, "Test article " + slug, "Test Wire", null, "en", published, DatePrecision.DAY, null),
                text);
    }
}
