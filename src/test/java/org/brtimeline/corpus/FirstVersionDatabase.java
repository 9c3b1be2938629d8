package org.brtimeline.corpus;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.brtimeline.chronology.EventDate;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.ImportedEvent;
import org.brtimeline.chronology.SelectedPassage;
import org.brtimeline.source.Article;
import org.brtimeline.source.Paragraphs;
import org.brtimeline.source.Passage;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A database as the first versions of the application left it, for the upgrade tests: the shipped corpus written by
 * migration V1's schema (the article's text still in {@code article}, no history), then an editor's account, a merged
 * event and an edit recorded in the history under V2's, and a dated sentence to review under V3's. Rows are inserted
 * the way those versions did, letting the database generate the ids, so that the upgraded application must go on
 * from them. The application's own start then runs the later migrations.
 */
final class FirstVersionDatabase {

    static final String EDITOR = "olga";
    static final String EDITOR_PASSWORD = "an editor's password from V2";
    static final String MERGED_TITLE = "Lukashenko and Putin meet (a duplicate merged away)";
    static final String EDITED_TITLE_BEFORE = "An earlier title, changed under V2";
    /** A candidate of V3, dated "late June 2021": migration V4 gives it the mod its bounds imply. */
    static final String CANDIDATE_TITLE = "A dated sentence proposed under V3";

    private static final Instant THEN = Instant.parse("2024-03-01T09:00:00Z");

    /** What the corpus holds, built the way the importer builds it, with each event's key. */
    final List<ImportedEvent> events = new ArrayList<>();

    final Map<String, String> texts = new LinkedHashMap<>();
    long editedEventId;
    long mergedEventId;
    long survivorId;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    private FirstVersionDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Migrates an empty database to V3 with the data of each version written under its schema. */
    static FirstVersionDatabase writtenInto(DataSource dataSource) {
        FirstVersionDatabase database = new FirstVersionDatabase(dataSource);
        database.migrateTo("1");
        database.writeTheCorpus(Corpus.read("classpath:corpus/"));
        database.migrateTo("2");
        database.writeAnEditorAMergeAndAnEdit();
        database.migrateTo("3");
        database.writeACandidate();
        return database;
    }

    private void migrateTo(String version) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .target(version)
                .load()
                .migrate();
    }

    private String vendor() {
        String product = jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT));
        return product.contains("postgres") ? "postgresql" : "h2";
    }

    private void writeTheCorpus(Corpus corpus) {
        Map<String, Long> articleIds = new HashMap<>();
        for (ArticleFile file : corpus.articles()) {
            var meta = file.metadata();
            long id = insert(
                    "article",
                    Map.of(
                            "slug", meta.slug(),
                            "title", meta.title(),
                            "publisher", meta.publisher(),
                            "language", meta.language(),
                            "published_on", meta.published(),
                            "published_precision", meta.publishedPrecision().name(),
                            "text_content", file.text(),
                            "checksum", Article.checksumOf(file.text()),
                            "created_at", Timestamp.from(THEN)),
                    Optional.ofNullable(meta.url()).map(url -> Map.<String, Object>of("url", url)));
            if (meta.publishedNote() != null) {
                jdbc.update("update article set published_note = ? where id = ?", meta.publishedNote(), id);
            }
            List<Passage> passages = Paragraphs.of(file.text());
            for (int i = 0; i < passages.size(); i++) {
                jdbc.update(
                        "insert into passage (article_id, passage_index, start_offset, end_offset) values (?, ?, ?, ?)",
                        id,
                        i,
                        passages.get(i).startOffset(),
                        passages.get(i).endOffset());
            }
            articleIds.put(meta.slug(), id);
            texts.put(meta.slug(), file.text());
        }
        Map<String, EventDetails.ActorRef> actors = new HashMap<>();
        for (CuratedActor actor : corpus.actors()) {
            var kind = org.brtimeline.chronology.ActorKind.valueOf(actor.kind().toUpperCase(Locale.ROOT));
            long id = insert("actor", Map.of("name", actor.name(), "kind", kind.name()), Optional.empty());
            var ref = new EventDetails.ActorRef(id, actor.name(), kind);
            actors.put(actor.name(), ref);
            for (String alias : actor.aliases() == null ? List.<String>of() : actor.aliases()) {
                jdbc.update("insert into actor_alias (actor_id, alias) values (?, ?)", id, alias);
                actors.put(alias, ref);
            }
        }
        var builder = new CuratedEventBuilder(texts, name -> Optional.ofNullable(actors.get(name)));
        for (CuratedEvent curated : corpus.events()) {
            ImportedEvent event = builder.build(curated);
            long id =
                    insertEvent(event.title(), event.summary(), event.category().name(), "PUBLISHED", event.date());
            jdbc.update("update event set curated_key = ? where id = ?", event.key(), id);
            for (Long actor : event.actorIds()) {
                jdbc.update("insert into event_actor (event_id, actor_id) values (?, ?)", id, actor);
            }
            for (int i = 0; i < event.places().size(); i++) {
                jdbc.update(
                        "insert into event_place (event_id, place_index, place) values (?, ?, ?)",
                        id,
                        i,
                        event.places().get(i));
            }
            for (SelectedPassage quote : event.evidence()) {
                insert(
                        "evidence",
                        Map.of(
                                "event_id", id,
                                "article_id", articleIds.get(quote.articleSlug()),
                                "start_offset", quote.start(),
                                "end_offset", quote.end(),
                                "quote", texts.get(quote.articleSlug()).substring(quote.start(), quote.end())),
                        Optional.empty());
            }
            events.add(event);
        }
        jdbc.update(
                "insert into corpus_import (imported_at, articles, events) values (?, ?, ?)",
                Timestamp.from(THEN),
                texts.size(),
                events.size());
    }

    private void writeAnEditorAMergeAndAnEdit() {
        insert(
                "app_user",
                Map.of(
                        "username",
                        EDITOR,
                        "password_hash",
                        new BCryptPasswordEncoder().encode(EDITOR_PASSWORD),
                        "role",
                        "EDITOR",
                        "enabled",
                        true,
                        "created_at",
                        Timestamp.from(THEN)),
                Optional.empty());
        survivorId = jdbc.queryForObject("select min(id) from event", Long.class);
        var survivor = events.get(0);
        mergedEventId = insertEvent(MERGED_TITLE, null, survivor.category().name(), "MERGED", survivor.date());
        jdbc.update("update event set merged_into_id = ? where id = ?", survivorId, mergedEventId);

        editedEventId = jdbc.queryForObject("select max(id) from event where curated_key is not null", Long.class);
        long created =
                insert("revision", Map.of("changed_at", THEN.toEpochMilli(), "username", EDITOR), Optional.empty());
        long changed = insert(
                "revision",
                Map.of("changed_at", THEN.plusSeconds(60).toEpochMilli(), "username", EDITOR),
                Optional.empty());
        auditEvent(created, 0, EDITED_TITLE_BEFORE);
        auditEvent(
                changed, 1, jdbc.queryForObject("select title from event where id = ?", String.class, editedEventId));
        jdbc.update("update event set version = 1 where id = ?", editedEventId);
    }

    private void auditEvent(long revision, int type, String title) {
        jdbc.update("""
                insert into event_aud (id, rev, revtype, title, summary, category, status, date_start, date_end,
                    date_precision, date_qualifier, date_earliest, date_latest, date_wording, date_basis, date_note,
                    curated_key, merged_into_id, updated_at)
                select id, ?, ?, ?, summary, category, status, date_start, date_end, date_precision, date_qualifier,
                    date_earliest, date_latest, date_wording, date_basis, date_note, curated_key, merged_into_id,
                    updated_at
                from event where id = ?""", revision, type, title, editedEventId);
    }

    private void writeACandidate() {
        String slug = texts.keySet().iterator().next();
        String text = texts.get(slug);
        int end = text.indexOf('.') + 1;
        insert(
                "date_candidate",
                Map.of(
                        "article_id",
                        jdbc.queryForObject("select id from article where slug = ?", Long.class, slug),
                        "start_offset",
                        0,
                        "end_offset",
                        end,
                        "title",
                        CANDIDATE_TITLE,
                        "date_text",
                        "late June 2021",
                        "earliest",
                        LocalDate.of(2021, 6, 21),
                        "latest",
                        LocalDate.of(2021, 6, 30),
                        "granularity",
                        "MONTH",
                        "label",
                        "late June 2021",
                        "status",
                        "PENDING"),
                Optional.of(Map.of("created_at", Timestamp.from(THEN))));
    }

    String candidateArticle() {
        return texts.keySet().iterator().next();
    }

    private long insertEvent(String title, String summary, String category, String status, EventDate date) {
        Map<String, Object> row = new HashMap<>();
        row.put("title", title);
        row.put("summary", summary);
        row.put("category", category);
        row.put("status", status);
        row.put("date_start", date.start());
        row.put("date_end", date.end());
        row.put("date_precision", date.precision().name());
        row.put(
                "date_qualifier",
                date.qualifier() == null ? null : date.qualifier().name());
        row.put("date_earliest", date.earliest());
        row.put("date_latest", date.latest());
        row.put("date_wording", date.wording());
        row.put("date_basis", date.basis().name());
        row.put("date_note", date.note());
        row.put("version", 0);
        row.put("created_at", Timestamp.from(THEN));
        row.put("updated_at", Timestamp.from(THEN));
        return new SimpleJdbcInsert(dataSource)
                .withTableName("event")
                .usingGeneratedKeyColumns("id")
                .executeAndReturnKey(row)
                .longValue();
    }

    private long insert(String table, Map<String, Object> values, Optional<Map<String, Object>> more) {
        Map<String, Object> row = new HashMap<>(values);
        more.ifPresent(row::putAll);
        return new SimpleJdbcInsert(dataSource)
                .withTableName(table)
                .usingGeneratedKeyColumns("id")
                .executeAndReturnKey(row)
                .longValue();
    }
}
