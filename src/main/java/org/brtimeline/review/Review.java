package org.brtimeline.review;

import org.brtimeline.extraction.TemporalExpression;
import java.util.List;

/** One article's review: its text with every date expression found, and the candidates with how many are decided. */
public record Review(String slug, String title, String text, List<TemporalExpression> expressions, List<ReviewItem> candidates) {

    public long reviewed() {
        return candidates.stream().filter(c -> c.status() != CandidateStatus.PENDING).count();
    }
}
