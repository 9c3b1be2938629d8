package org.brtimeline.backup;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.core.io.InputStreamSource;

/**
 * The tables of the chronology as one zip: {@code manifest.json} (the format and its version, the database schema's
 * version, when, the row count per table, whether password hashes are in it) and {@code tables/<table>.jsonl}, one JSON
 * object per row, each column by its name, rows in key order. Text goes exactly as stored, offsets and ids as numbers,
 * dates as ISO dates, times with their offset. The search index is not in it: it is rebuilt from the tables.
 */
public final class DatabaseBackup {

    public static final String FORMAT = "br-timeline-backup";
    public static final int VERSION = 1;

    /** A table and the order its rows are read in; parents before children, so that restoring in order works. */
    record Table(String name, String order) {}

    static final List<Table> TABLES = List.of(
            new Table("article", "id"),
            new Table("article_text", "article_id"),
            new Table("passage", "article_id, passage_index"),
            new Table("actor", "id"),
            new Table("actor_alias", "actor_id, alias"),
            new Table("event", "id"),
            new Table("event_actor", "event_id, actor_id"),
            new Table("event_place", "event_id, place_index"),
            new Table("evidence", "id"),
            new Table("corpus_import", "id"),
            new Table("app_user", "id"),
            new Table("revision", "id"),
            new Table("event_aud", "id, rev"),
            new Table("event_actor_aud", "event_id, actor_id, rev"),
            new Table("event_place_aud", "event_id, place_index, rev, place"),
            new Table("evidence_aud", "id, rev"),
            new Table("date_candidate", "id"));

    /** Tables whose {@code id} the database generates: after a restore, the next one follows the highest restored. */
    private static final List<String> GENERATED_IDS =
            List.of("article", "actor", "event", "evidence", "corpus_import", "app_user", "revision", "date_candidate");

    /** What an account gets for a password when the backup has none: a hash that no password matches. */
    static final String NO_PASSWORD = "!restored-without-password";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the rows of a table's entry one at a time, leaving the zip open for the entries after it. */
    private static final ObjectReader ROWS =
            JSON.readerFor(JsonNode.class).without(StreamReadFeature.AUTO_CLOSE_SOURCE);

    /** Rows sent to the database at once. */
    private static final int BATCH = 1_000;

    private static final int MAX_MANIFEST_BYTES = 100_000;

    private final DataSource database;

    public DatabaseBackup(DataSource database) {
        this.database = database;
    }

    /** Writes every table to the zip; password hashes only when asked. Returns the rows per table. */
    public Map<String, Long> write(OutputStream to, String schemaVersion, boolean withPasswords, Instant now)
            throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        ZipOutputStream zip = new ZipOutputStream(to, StandardCharsets.UTF_8);
        try (Connection connection = database.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            for (Table table : TABLES) {
                zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".jsonl"));
                counts.put(table.name(), writeRows(connection, table, withPasswords, zip));
                zip.closeEntry();
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new BackupException("Could not read the database: " + e.getMessage(), e);
        }
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("version", VERSION);
        manifest.put("schemaVersion", schemaVersion);
        manifest.put("createdAt", now.toString());
        manifest.put("withPasswords", withPasswords);
        ObjectNode rows = manifest.putObject("rows");
        counts.forEach(rows::put);
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return counts;
    }

    /** Every row of every table as JSON lines, for a comparison of two databases (and the backup's own content). */
    public Map<String, List<String>> dump() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection connection = database.getConnection()) {
            for (Table table : TABLES) {
                java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
                writeRows(connection, table, true, rows);
                tables.put(
                        table.name(),
                        rows.size() == 0
                                ? List.of()
                                : List.of(rows.toString(StandardCharsets.UTF_8).split("\n")));
            }
        } catch (SQLException | IOException e) {
            throw new BackupException("Could not read the database: " + e.getMessage(), e);
        }
        return tables;
    }

    private static long writeRows(Connection connection, Table table, boolean withPasswords, OutputStream out)
            throws SQLException, IOException {
        long count = 0;
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select * from " + table.name() + " order by " + table.order())) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                ObjectNode row = JSON.createObjectNode();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String column = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    if (!withPasswords && table.name().equals("app_user") && column.equals("password_hash")) {
                        row.putNull(column);
                    } else {
                        put(row, column, rows, i, columns.getColumnType(i));
                    }
                }
                out.write(JSON.writeValueAsBytes(row));
                out.write('\n');
                count++;
            }
        }
        return count;
    }

    private static void put(ObjectNode row, String column, ResultSet rows, int i, int type) throws SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long value = rows.getLong(i);
                if (rows.wasNull()) {
                    row.putNull(column);
                } else {
                    row.put(column, value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(i);
                if (rows.wasNull()) {
                    row.putNull(column);
                } else {
                    row.put(column, value);
                }
            }
            case Types.DATE -> {
                LocalDate value = rows.getObject(i, LocalDate.class);
                row.put(column, value == null ? null : value.toString());
            }
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime value = rows.getObject(i, OffsetDateTime.class);
                row.put(column, value == null ? null : value.toString());
            }
            default -> row.put(column, rows.getString(i));
        }
    }

    /**
     * Restores a backup: into an empty database, or, when {@code force}, after emptying it; in one transaction, so that
     * a failure leaves the database as it was. Returns the rows restored per table.
     *
     * <p>The backup is read twice and never held: first to check it (its manifest, its tables in the order they are
     * written, each table's rows against the manifest's count), then to insert its rows as they are read. A backup of
     * a million events restores in the memory of one row, and a zip that unpacks to far more than it weighs fills
     * nothing but the time it takes to read.
     */
    public Map<String, Long> restore(InputStreamSource from, String schemaVersion, boolean force) throws IOException {
        check(scan(from), schemaVersion);
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, Long> counts = restore(connection, from, force);
                connection.commit();
                return counts;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackupException("Nothing restored: " + e.getMessage(), e);
        } catch (java.time.format.DateTimeParseException e) {
            // a hand-edited or damaged backup: said in the same words as any other refusal, not as an error page
            throw new BackupException(
                    "Nothing restored: '" + e.getParsedString() + "' in the backup is not a date or time", e);
        }
    }

    /** What a backup holds: its manifest and the rows of each table, counted, in the order of the zip. */
    private record Contents(JsonNode manifest, Map<String, Long> rows) {}

    /** A table's entry in the zip, or null for any other entry. */
    private static Table tableOf(ZipEntry entry) {
        String name = entry.getName();
        if (!name.startsWith("tables/") || !name.endsWith(".jsonl")) {
            return null;
        }
        String table = name.substring("tables/".length(), name.length() - ".jsonl".length());
        return TABLES.stream().filter(t -> t.name().equals(table)).findFirst().orElse(null);
    }

    private static Contents scan(InputStreamSource from) throws IOException {
        JsonNode manifest = null;
        Map<String, Long> rows = new LinkedHashMap<>();
        int lastTable = -1;
        try (ZipInputStream zip = new ZipInputStream(from.getInputStream(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Table table = tableOf(entry);
                if (entry.getName().equals("manifest.json")) {
                    manifest = manifest(zip);
                } else if (table != null) {
                    if (TABLES.indexOf(table) <= lastTable) {
                        throw new BackupException("The backup is damaged: " + entry.getName()
                                + " comes after tables it refers to, or twice; the tables go in the order "
                                + TABLES.stream().map(Table::name).toList());
                    }
                    lastTable = TABLES.indexOf(table);
                    long count = 0;
                    for (Iterator<JsonNode> row = rows(zip, entry); row.hasNext(); row.next()) {
                        count++;
                    }
                    rows.put(table.name(), count);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new BackupException("Not a backup of this application: not a readable zip (" + e.getMessage() + ")");
        }
        return new Contents(manifest, rows);
    }

    /** The manifest, read whole: it is small, and a larger one is no manifest of ours. */
    private static JsonNode manifest(ZipInputStream zip) throws IOException {
        byte[] bytes = zip.readNBytes(MAX_MANIFEST_BYTES + 1);
        if (bytes.length > MAX_MANIFEST_BYTES) {
            throw new BackupException("Not a backup of this application (its manifest.json is larger than "
                    + MAX_MANIFEST_BYTES / 1000 + " kB)");
        }
        try {
            return JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BackupException("Not a backup of this application (manifest.json is not JSON)");
        }
    }

    /**
     * The rows of a table's entry, one at a time. The zip stays open for the next entry. A value longer than Jackson's
     * limit for a string (20 million characters, five times the longest article the import takes) is refused.
     */
    private static Iterator<JsonNode> rows(ZipInputStream zip, ZipEntry entry) throws IOException {
        try {
            MappingIterator<JsonNode> rows = ROWS.readValues(zip);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return reading(entry, rows::hasNextValue);
                }

                @Override
                public JsonNode next() {
                    return reading(entry, rows::nextValue);
                }
            };
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw damaged(entry, e);
        }
    }

    /** A read of the rows that may fail on the file. */
    private interface RowRead<T> {
        T read() throws IOException;
    }

    private static <T> T reading(ZipEntry entry, RowRead<T> read) {
        try {
            return read.read();
        } catch (IOException e) {
            throw damaged(entry, e);
        }
    }

    private static BackupException damaged(ZipEntry entry, IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JacksonException json) {
            return new BackupException("The backup is damaged: " + entry.getName()
                    + " is not one JSON object per line (" + json.getOriginalMessage() + ")");
        }
        return new BackupException(
                "The backup is damaged: " + entry.getName() + " could not be read (" + e.getMessage() + ")");
    }

    private static void check(Contents contents, String schemaVersion) {
        JsonNode manifest = contents.manifest();
        if (manifest == null || !FORMAT.equals(manifest.path("format").asText())) {
            throw new BackupException("Not a backup of this application (no manifest.json of format " + FORMAT + ")");
        }
        if (manifest.path("version").asInt() != VERSION) {
            throw new BackupException("Backup format version "
                    + manifest.path("version").asText() + " is not the one this version reads (" + VERSION + ")");
        }
        if (!schemaVersion.equals(manifest.path("schemaVersion").asText())) {
            throw new BackupException("The backup is of database schema "
                    + manifest.path("schemaVersion").asText() + ", this database has schema " + schemaVersion
                    + ": restore it with the version that made it");
        }
        for (Table table : TABLES) {
            long expected = manifest.path("rows").path(table.name()).asLong(-1);
            long found = contents.rows().getOrDefault(table.name(), 0L);
            if (expected != found) {
                throw new BackupException("The backup is damaged: " + table.name() + " should have " + expected
                        + " rows, it has " + found);
            }
        }
    }

    private static Map<String, Long> restore(Connection connection, InputStreamSource from, boolean force)
            throws SQLException, IOException {
        long present = 0;
        for (Table table : TABLES) {
            present += count(connection, table.name());
        }
        if (present > 0 && !force) {
            throw new BackupException("The database is not empty (" + present
                    + " rows): restore into an empty database, or force it to replace everything");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from hsearch_outbox_event");
            for (Table table : reversed(TABLES)) {
                if (table.name().equals("event")) {
                    statement.executeUpdate("update event set merged_into_id = null");
                }
                statement.executeUpdate("delete from " + table.name());
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table.name(), 0L));
        List<long[]> merges = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(from.getInputStream(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Table table = tableOf(entry);
                if (table != null) {
                    counts.put(table.name(), insert(connection, table.name(), rows(zip, entry), merges));
                }
            }
        }
        mergesAfterEvents(connection, merges);
        for (String table : GENERATED_IDS) {
            continueIds(connection, table);
        }
        return counts;
    }

    private static List<Table> reversed(List<Table> tables) {
        List<Table> reversed = new ArrayList<>(tables);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    /**
     * Inserts the rows as they are read, a batch of {@link #BATCH} at a time; notes which events were merged into which
     * (set once every event exists). Returns how many rows it inserted.
     */
    private static long insert(Connection connection, String table, Iterator<JsonNode> rows, List<long[]> merges)
            throws SQLException {
        if (!rows.hasNext()) {
            return 0;
        }
        long inserted = 0;
        Map<String, Integer> types = columnTypes(connection, table);
        List<String> columns = new ArrayList<>(types.keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            while (rows.hasNext()) {
                JsonNode row = rows.next();
                JsonNode into = row.get("merged_into_id");
                if (table.equals("event") && into != null && !into.isNull()) {
                    merges.add(new long[] {row.get("id").asLong(), into.asLong()});
                }
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    JsonNode value = row.get(column);
                    if (table.equals("event") && column.equals("merged_into_id")) {
                        value = null;
                    }
                    if (table.equals("app_user")
                            && column.equals("password_hash")
                            && (value == null || value.isNull())) {
                        value = JSON.getNodeFactory().textNode(NO_PASSWORD);
                    }
                    bind(insert, i + 1, types.get(column), value);
                }
                insert.addBatch();
                if (++inserted % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return inserted;
    }

    /** The columns of a table as the database has them, by lower-case name. */
    private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet none = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData columns = none.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                types.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), columns.getColumnType(i));
            }
        }
        return types;
    }

    private static void bind(PreparedStatement insert, int index, int type, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setLong(index, value.asLong());
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value.asBoolean());
            case Types.DATE -> insert.setObject(index, LocalDate.parse(value.asText()));
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP ->
                insert.setObject(index, OffsetDateTime.parse(value.asText()));
            default -> insert.setString(index, value.asText());
        }
    }

    /** Merged events point at events that may come later in id order, so their links are set once all exist. */
    private static void mergesAfterEvents(Connection connection, List<long[]> merges) throws SQLException {
        try (PreparedStatement merge =
                connection.prepareStatement("update event set merged_into_id = ? where id = ?")) {
            for (long[] idAndInto : merges) {
                merge.setLong(1, idAndInto[1]);
                merge.setLong(2, idAndInto[0]);
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    /** The database's next generated id in a table comes after the highest restored one. */
    private static void continueIds(Connection connection, String table) throws SQLException {
        long next;
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            max.next();
            next = max.getLong(1);
        }
        boolean postgres = connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
            } else {
                statement.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
    }
}
