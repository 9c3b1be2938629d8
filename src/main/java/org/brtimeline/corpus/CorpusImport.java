package org.brtimeline.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record that the corpus was imported. Its presence, not the number of events, decides that
 * the corpus is not imported again, so events that editors delete later do not come back.
 */
@Entity
@Table(name = "corpus_import")
class CorpusImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "articles", nullable = false)
    private int articles;

    @Column(name = "events", nullable = false)
    private int events;

    protected CorpusImport() {}

    CorpusImport(Instant importedAt, int articles, int events) {
        this.importedAt = importedAt;
        this.articles = articles;
        this.events = events;
    }
}
