package org.brtimeline.generate;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.source.Article;

/**
 * An invented article: its text, its paragraphs (the passages the application would find in it)
 * and the sentences evidence may quote, as half-open ranges {@code [start, end)} of the text.
 */
record SyntheticArticle(
        int number,
        LocalDate published,
        String title,
        String publisher,
        String text,
        List<Range> paragraphs,
        List<Range> sentences) {

    /** Every synthetic article's slug starts so; any other slug is real data. */
    static final String SLUG_PREFIX = "synthetic-";

    record Range(int start, int end) {}

    String slug() {
        return SLUG_PREFIX + String.format("%06d", number);
    }

    String checksum() {
        return Article.checksumOf(text);
    }

    /** The paragraph a sentence stands in. */
    Range paragraphOf(Range sentence) {
        return paragraphs.get(paragraphIndexOf(sentence));
    }

    /** The index of the paragraph a sentence stands in. */
    int paragraphIndexOf(Range sentence) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Range p = paragraphs.get(i);
            if (p.start() <= sentence.start() && sentence.end() <= p.end()) {
                return i;
            }
        }
        throw new IllegalArgumentException("no paragraph holds " + sentence);
    }
}
