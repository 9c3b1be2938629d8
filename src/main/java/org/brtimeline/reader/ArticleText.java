package org.brtimeline.reader;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.base.DatePrecision;

/**
 * An article with its full text (every evidence offset indexes into it, in UTF-16 code units) and
 * its paragraphs.
 */
public record ArticleText(
        String slug,
        String title,
        String publisher,
        String url,
        String language,
        LocalDate published,
        DatePrecision precision,
        String publishedLabel,
        String publishedNote,
        long eventCount,
        String text,
        List<PassageRange> passages) {

    /** The paragraph {@code index} spans the half-open range {@code [startOffset, endOffset)}. */
    public record PassageRange(int index, int startOffset, int endOffset) {}
}
