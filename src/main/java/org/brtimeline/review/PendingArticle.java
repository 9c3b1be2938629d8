package org.brtimeline.review;

import java.time.Instant;

/** An article in the review inbox: how many of its candidates wait for a decision, and since when. */
public record PendingArticle(String slug, String title, String publisher, long pending, Instant since) {}
