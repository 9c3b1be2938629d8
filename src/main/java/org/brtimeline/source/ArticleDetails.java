package org.brtimeline.source;

import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;

/**
 * The metadata of an article, as an editor or the corpus gives it.
 *
 * @param publishedNote how the publication date was established when the article does not print it
 */
public record ArticleDetails(
        String slug,
        String title,
        String publisher,
        String url,
        String language,
        LocalDate published,
        DatePrecision publishedPrecision,
        String publishedNote) {}
