package org.brtimeline.generate;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Adds an article, an event and its evidence the way the application does, letting the database choose the ids. */
public final class RowsWithoutIds {

    /** The ids the database chose. */
    public record Ids(long article, long event, long evidence) {}

    private RowsWithoutIds() {}

    public static Ids add(JdbcTemplate db) {
        OffsetDateTime now = OffsetDateTime.now();
        long article = insert(db, """
                insert into article (slug, title, publisher, language, published_on, published_precision,
                    checksum, created_at)
                values ('added-after-generating', 'Added', 'Test Wire', 'en', date '2024-01-02', 'DAY',
                    'checksum-of-the-added-text', ?)""", now);
        db.update("insert into article_text (article_id, text_content) values (?, 'Added text.')", article);
        long event = insert(db, """
                insert into event (title, category, status, date_start, date_precision, date_earliest, date_latest,
                    date_basis, version, created_at, updated_at)
                values ('Added', 'POLITICS', 'DRAFT', date '2024-01-02', 'DAY', date '2024-01-02', date '2024-01-02',
                    'STATED', 0, ?, ?)""", now, now);
        long evidence = insert(
                db,
                "insert into evidence (event_id, article_id, start_offset, end_offset, quote) values (?, ?, 0, 5, 'Added')",
                event,
                article);
        return new Ids(article, event, evidence);
    }

    private static long insert(JdbcTemplate db, String sql, Object... values) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        db.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                    return statement;
                },
                key);
        return key.getKeyAs(Long.class);
    }
}
