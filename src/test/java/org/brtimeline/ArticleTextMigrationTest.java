package org.brtimeline;

import org.junit.jupiter.api.Test;

/** Migration V5 moves the stored texts and fills in the evidence's paragraphs (H2; PostgreSQL in PostgresMigrationIT). */
class ArticleTextMigrationTest {

    @Test
    void an_existing_database_keeps_its_texts_and_gets_the_paragraph_of_every_evidence() {
        ArticleTextMigration.check("jdbc:h2:mem:article-text-migration;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
