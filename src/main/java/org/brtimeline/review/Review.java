package org.brtimeline.review;

import java.util.List;
import org.brtimeline.extraction.TemporalExpression;

/**
 * One article's review: its text with every date expression found, and how many candidates it has and how many are
 * decided (the candidates themselves come a page at a time, {@link ReviewService#candidates}).
 */
public record Review(
        String slug, String title, String text, List<TemporalExpression> expressions, long total, long reviewed) {}
