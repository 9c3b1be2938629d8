package org.brtimeline.review;

import java.util.List;
import org.brtimeline.extraction.TemporalExpression;

/** One article's review: its text with every date expression found, and the candidates with how many are decided. */
public record Review(
        String slug, String title, String text, List<TemporalExpression> expressions, List<ReviewItem> candidates) {

    public long reviewed() {
        return candidates.stream()
                .filter(c -> c.status() != CandidateStatus.PENDING)
                .count();
    }
}
