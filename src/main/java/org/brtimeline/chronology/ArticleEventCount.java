package org.brtimeline.chronology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many published events cite an article: derived from the events and their evidence, and kept by
 * {@link ArticleEventCounts} on every edit so that articles sort by it without a count over every event.
 */
@Entity
@Table(name = "article_event_count")
class ArticleEventCount {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "published_events", nullable = false)
    private int publishedEvents;

    protected ArticleEventCount() {}
}
