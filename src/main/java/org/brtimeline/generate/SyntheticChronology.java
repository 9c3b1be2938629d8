package org.brtimeline.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.EventDate;
import org.brtimeline.chronology.EventStatus;

/**
 * Fills a database with a synthetic chronology by JDBC batches, committed chunk by chunk: invented
 * articles ({@link SyntheticArticles}), events with their actors, places and evidence
 * ({@link SyntheticEvents}), and the actors they involve where the database lacks them (existing
 * actors are reused, and come first in the pool, so the corpus's are the most prominent). It adds
 * to what is there: ids continue after the largest stored, and the identity columns are moved past
 * every id a run may use before it writes, so that an interrupted run leaves them consistent too.
 * No history (Envers revisions) is written for synthetic events.
 *
 * <p>A seed gives the same data on the same database; a second run on it continues with other
 * articles and events, not a copy.
 */
public final class SyntheticChronology {

    /** A place in about one event title in 25,000 and in no article: a rare word to search for. */
    public static final String RARE_PLACE = Vocabulary.RARE_PLACE;

    private static final int ARTICLES_PER_CHUNK = 200;
    private static final int EVENTS_PER_CHUNK = 5_000;
    private static final int MOST_EVIDENCE = 3;

    /** What a run added; {@code actors} is the size of the pool its events drew from. */
    public record Summary(int articles, int events, int published, long evidence, int actors, int newActors) {}

    /** Told after every chunk how far a run is: {@code done} of {@code total} {@code unit} ("articles", "events"). */
    @FunctionalInterface
    public interface Progress {
        void advanced(String unit, long done, long total);
    }

    private final DataSource dataSource;

    public SyntheticChronology(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The real (not synthetic) data the database holds, described for a person; empty when it holds none. */
    public Optional<String> realData() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long real = single(
                    connection,
                    "select count(*) from article where slug not like '" + SyntheticArticle.SLUG_PREFIX + "%'");
            if (real == 0) {
                return Optional.empty();
            }
            try (Statement statement = connection.createStatement();
                    ResultSet example = statement.executeQuery("select min(slug) from article where slug not like '"
                            + SyntheticArticle.SLUG_PREFIX + "%'")) {
                example.next();
                return Optional.of(String.format(
                        "%,d %s not synthetic (such as '%s')",
                        real, real == 1 ? "article that is" : "articles that are", example.getString(1)));
            }
        }
    }

    /** Adds {@code events} events citing {@code articles} new articles. */
    public Summary add(int events, int articles, long seed, Progress progress) throws SQLException {
        if (events < 1 || articles < 1) {
            throw new IllegalArgumentException("at least one event and one article");
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return add(connection, events, articles, seed, progress);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Fresh statistics for the query planner (H2 and PostgreSQL alike), as after a database's background analysis. */
    public void updateStatistics() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    private Summary add(Connection connection, int events, int articles, long seed, Progress progress)
            throws SQLException {
        int firstNumber = (int) single(
                        connection,
                        "select count(*) from article where slug like '" + SyntheticArticle.SLUG_PREFIX + "%'")
                + 1;
        Chance chance = new Chance(seed + 1_000_003L * (firstNumber - 1));
        List<Long> actorIds = new ArrayList<>();
        List<String> actorNames = new ArrayList<>();
        int newActors = addMissingActors(connection);
        readActors(connection, actorIds, actorNames);

        long firstArticleId = single(connection, "select coalesce(max(id), 0) + 1 from article");
        long firstEventId = single(connection, "select coalesce(max(id), 0) + 1 from event");
        long firstEvidenceId = single(connection, "select coalesce(max(id), 0) + 1 from evidence");
        restartIdentity(connection, "article", firstArticleId + articles);
        restartIdentity(connection, "event", firstEventId + events);
        restartIdentity(connection, "evidence", firstEvidenceId + (long) MOST_EVIDENCE * events);
        connection.commit();

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<SyntheticArticle> written = new SyntheticArticles(chance, actorNames).write(articles, firstNumber);
        insertArticles(connection, written, firstArticleId, now, progress);

        SyntheticEvents generator = new SyntheticEvents(chance, actorNames, written);
        int published = 0;
        long evidenceId = firstEvidenceId;
        try (PreparedStatement event = connection.prepareStatement("""
                        insert into event (id, title, summary, category, status, date_start, date_end, date_precision,
                            date_qualifier, date_earliest, date_latest, date_wording, date_basis, date_note, version,
                            created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""");
                PreparedStatement actor =
                        connection.prepareStatement("insert into event_actor (event_id, actor_id) values (?, ?)");
                PreparedStatement place = connection.prepareStatement(
                        "insert into event_place (event_id, place_index, place) values (?, ?, ?)");
                PreparedStatement evidence = connection.prepareStatement(
                        "insert into evidence (id, event_id, article_id, start_offset, end_offset, quote, passage_index)"
                                + " values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= events; i++) {
                SyntheticEvent next = generator.next();
                long id = firstEventId + i - 1;
                bindEvent(event, id, next, now);
                for (int index : next.actors()) {
                    actor.setLong(1, id);
                    actor.setLong(2, actorIds.get(index));
                    actor.addBatch();
                }
                for (int p = 0; p < next.places().size(); p++) {
                    place.setLong(1, id);
                    place.setInt(2, p);
                    place.setString(3, next.places().get(p));
                    place.addBatch();
                }
                for (SyntheticEvent.Quote quote : next.evidence()) {
                    evidence.setLong(1, evidenceId++);
                    evidence.setLong(2, id);
                    evidence.setLong(3, firstArticleId + quote.article());
                    evidence.setInt(4, quote.start());
                    evidence.setInt(5, quote.end());
                    evidence.setString(6, quote.text());
                    evidence.setInt(7, quote.passage());
                    evidence.addBatch();
                }
                if (next.status() == EventStatus.PUBLISHED) {
                    published++;
                }
                if (i % EVENTS_PER_CHUNK == 0 || i == events) {
                    event.executeBatch();
                    actor.executeBatch();
                    place.executeBatch();
                    evidence.executeBatch();
                    connection.commit();
                    progress.advanced("events", i, events);
                }
            }
        }
        restartIdentity(connection, "evidence", evidenceId);
        connection.commit();
        return new Summary(articles, events, published, evidenceId - firstEvidenceId, actorIds.size(), newActors);
    }

    private static void bindEvent(PreparedStatement event, long id, SyntheticEvent next, OffsetDateTime now)
            throws SQLException {
        EventDate date = next.date();
        event.setLong(1, id);
        event.setString(2, next.title());
        event.setString(3, next.summary());
        event.setString(4, next.category().name());
        event.setString(5, next.status().name());
        event.setObject(6, date.start(), Types.DATE);
        event.setObject(7, date.end(), Types.DATE);
        event.setString(8, date.precision().name());
        event.setString(9, date.qualifier() == null ? null : date.qualifier().name());
        event.setObject(10, date.earliest(), Types.DATE);
        event.setObject(11, date.latest(), Types.DATE);
        event.setString(12, date.wording());
        event.setString(13, date.basis().name());
        event.setString(14, date.note());
        event.setObject(15, now);
        event.setObject(16, now);
        event.addBatch();
    }

    private static void insertArticles(
            Connection connection, List<SyntheticArticle> articles, long firstId, OffsetDateTime now, Progress progress)
            throws SQLException {
        try (PreparedStatement article = connection.prepareStatement("""
                        insert into article (id, slug, title, publisher, language, published_on, published_precision,
                            checksum, created_at)
                        values (?, ?, ?, ?, 'en', ?, ?, ?, ?)""");
                PreparedStatement text = connection.prepareStatement(
                        "insert into article_text (article_id, text_content) values (?, ?)");
                PreparedStatement passage = connection.prepareStatement(
                        "insert into passage (article_id, passage_index, start_offset, end_offset) values (?, ?, ?, ?)")) {
            for (int i = 0; i < articles.size(); i++) {
                SyntheticArticle next = articles.get(i);
                long id = firstId + i;
                article.setLong(1, id);
                article.setString(2, next.slug());
                article.setString(3, next.title());
                article.setString(4, next.publisher());
                article.setObject(5, next.published(), Types.DATE);
                article.setString(6, DatePrecision.DAY.name());
                article.setString(7, next.checksum());
                article.setObject(8, now);
                article.addBatch();
                text.setLong(1, id);
                text.setString(2, next.text());
                text.addBatch();
                for (int p = 0; p < next.paragraphs().size(); p++) {
                    passage.setLong(1, id);
                    passage.setInt(2, p);
                    passage.setInt(3, next.paragraphs().get(p).start());
                    passage.setInt(4, next.paragraphs().get(p).end());
                    passage.addBatch();
                }
                int done = i + 1;
                if (done % ARTICLES_PER_CHUNK == 0 || done == articles.size()) {
                    article.executeBatch();
                    text.executeBatch();
                    passage.executeBatch();
                    connection.commit();
                    progress.advanced("articles", done, articles.size());
                }
            }
        }
    }

    /** Stores the vocabulary's actors that no actor of the database is called; returns how many. */
    private static int addMissingActors(Connection connection) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from actor")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        List<Vocabulary.NewActor> missing = Vocabulary.actors().stream()
                .filter(a -> !stored.contains(a.name()))
                .toList();
        try (PreparedStatement insert = connection.prepareStatement("insert into actor (name, kind) values (?, ?)")) {
            for (Vocabulary.NewActor actor : missing) {
                insert.setString(1, actor.name());
                insert.setString(2, actor.kind().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        return missing.size();
    }

    /** Every actor, the earliest stored first: those the events involve most often. */
    private static void readActors(Connection connection, List<Long> ids, List<String> names) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, name from actor order by id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                names.add(rows.getString(2));
            }
        }
    }

    /** The application inserts without ids: the table's identity must continue after those written here. */
    private static void restartIdentity(Connection connection, String table, long next) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
