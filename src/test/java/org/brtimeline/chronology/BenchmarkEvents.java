package org.brtimeline.chronology;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;

/**
 * Synthetic published chronology for {@link TimelineBenchmark}, written with JDBC batch inserts
 * (not JPA): events dated between 1990 and 2025, denser in recent years, with the dates' bounds
 * computed by {@link EventDate} itself; 1–4 actors each from a pool of a few hundred (popular
 * ones much more often); 0–2 places; one piece of evidence quoting a real paragraph of a stored
 * article at its exact offsets. Deterministic for a given seed, and resumable: {@link #add}
 * continues after the events already there.
 *
 * <p>Mix of dates: 70% single days, 6% ranges of 2–15 days, 7% ISO weeks, 13% months (a tenth
 * of them ranges of two or three months), 4% years, with qualifiers on about one date in ten
 * (early / mid / late on months and years, about / before / after on any). 97% published, 2% drafts, 1%
 * deleted. {@value #RARE_PLACE} appears in one title in about {@value #RARE_ONE_IN}; "Minsk" in
 * about two events in five (title, summary or quote).
 */
final class BenchmarkEvents {

    static final String RARE_PLACE = "Navapolatsk";
    static final int RARE_ONE_IN = 25_000;
    static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private static final int BATCH = 2_000;
    private static final int COMMIT_EVERY = 20_000;

    private static final String[] FIRST_NAMES = {
        "Aleksandr",
        "Andrei",
        "Anna",
        "Dmitry",
        "Elena",
        "Igor",
        "Irina",
        "Maria",
        "Mikhail",
        "Natalia",
        "Nikolai",
        "Olga",
        "Pavel",
        "Sergei",
        "Tatiana",
        "Viktor",
        "Yulia",
        "Yuri",
        "Pyotr",
        "Vera"
    };
    private static final String[] SURNAMES = {
        "Ivanov",
        "Petrov",
        "Sidorov",
        "Kozlov",
        "Novik",
        "Karpenko",
        "Shevchenko",
        "Bondarenko",
        "Lebedev",
        "Morozov",
        "Volkov",
        "Zaitsev",
        "Pavlov",
        "Semenov",
        "Golubev",
        "Vinogradov",
        "Bogdanov",
        "Vorobyov",
        "Fedorov",
        "Mikhailov"
    };
    private static final String[] STATES = {
        "Poland",
        "Lithuania",
        "Latvia",
        "Estonia",
        "Germany",
        "France",
        "China",
        "Kazakhstan",
        "Armenia",
        "Azerbaijan",
        "Georgia",
        "Kyrgyzstan",
        "Tajikistan",
        "Uzbekistan",
        "Turkey",
        "Iran",
        "Serbia",
        "Hungary",
        "United Kingdom",
        "Japan",
        "India",
        "Venezuela",
        "Cuba",
        "Syria",
        "Finland",
        "Sweden",
        "Norway",
        "Czech Republic",
        "Slovakia",
        "Romania"
    };
    private static final String[] ORGANISATIONS = {
        "CSTO",
        "Eurasian Economic Union",
        "OSCE",
        "NATO",
        "Union State Council",
        "Gazprom",
        "Belaruskali",
        "Rosneft",
        "Belarusian KGB",
        "Russian Foreign Ministry",
        "Belarusian Foreign Ministry",
        "Central Election Commission",
        "Viasna",
        "Belarusian Association of Journalists",
        "European Parliament",
        "Council of Europe",
        "IMF",
        "World Bank",
        "Belavia",
        "Aeroflot",
        "Russian Ministry of Defence",
        "Belarusian Ministry of Defence",
        "Belarusian Railways",
        "Russian Railways",
        "Transneft",
        "Eurasian Development Bank",
        "Supreme Eurasian Economic Council",
        "CIS Executive Committee",
        "Belarusian Parliament",
        "State Duma"
    };
    private static final String[] VERBS = {
        "meets",
        "holds talks with",
        "signs an agreement with",
        "criticises",
        "announces sanctions against",
        "calls for dialogue with",
        "receives a delegation from",
        "accuses",
        "thanks",
        "negotiates gas prices with",
        "discusses integration with",
        "warns",
        "opens a consulate with",
        "agrees a loan with",
        "holds joint exercises with",
        "expels diplomats of",
        "condemns",
        "supports",
        "phones",
        "hosts"
    };
    private static final String[] PLACES = {
        "Minsk",
        "Moscow",
        "Brest",
        "Grodno",
        "Vitebsk",
        "Gomel",
        "Mogilev",
        "Sochi",
        "St Petersburg",
        "Kaliningrad",
        "Smolensk",
        "Orsha",
        "Novo-Ogaryovo",
        "Astana",
        "Baku",
        "Yerevan",
        "Vilnius",
        "Warsaw",
        "Kyiv",
        "Pskov"
    };
    private static final String[] SENTENCES = {
        "Officials described the meeting as constructive.",
        "The talks covered energy prices, trade and the Union State.",
        "Opposition figures criticised the move.",
        "No joint statement was published afterwards.",
        "State media reported the event at length.",
        "Observers saw it as a sign of closer integration.",
        "The agreement is to take effect next year.",
        "Independent journalists were not admitted.",
        "The ministry confirmed the figures a day later.",
        "Both sides promised to meet again soon."
    };

    private final DataSource dataSource;
    private final SplittableRandom random;
    private final List<Long> actorIds = new ArrayList<>();
    private final List<String> actorNames = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private long nextEventId;
    private long nextEvidenceId;

    private record Quote(long articleId, int passage, int start, int end, String text) {}

    BenchmarkEvents(DataSource dataSource, long seed) {
        this.dataSource = dataSource;
        this.random = new SplittableRandom(seed);
    }

    /** Adds {@code count} events (and their actors, places, evidence) in one pass of batches; returns the seconds taken. */
    double add(int count) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            prepare(connection);
            try (PreparedStatement event = connection.prepareStatement("""
                    insert into event (id, title, summary, category, status, date_start, date_end, date_precision, date_qualifier,
                        date_earliest, date_latest, date_wording, date_basis, date_note, version, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""");
                    PreparedStatement actor =
                            connection.prepareStatement("insert into event_actor (event_id, actor_id) values (?, ?)");
                    PreparedStatement place = connection.prepareStatement(
                            "insert into event_place (event_id, place_index, place) values (?, ?, ?)");
                    PreparedStatement evidence = connection.prepareStatement(
                            "insert into evidence (id, event_id, article_id, start_offset, end_offset, quote, passage_index) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= count; i++) {
                    addOne(event, actor, place, evidence);
                    if (i % BATCH == 0 || i == count) {
                        event.executeBatch();
                        actor.executeBatch();
                        place.executeBatch();
                        evidence.executeBatch();
                    }
                    if (i % COMMIT_EVERY == 0 || i == count) {
                        connection.commit();
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                // The identity columns must continue after the ids written here, as the application inserts without
                // ids.
                statement.execute("alter table event alter column id restart with " + nextEventId);
                statement.execute("alter table evidence alter column id restart with " + nextEvidenceId);
            }
            connection.commit();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private void prepare(Connection connection) throws SQLException {
        nextEventId = single(connection, "select coalesce(max(id), 0) + 1 from event");
        nextEvidenceId = single(connection, "select coalesce(max(id), 0) + 1 from evidence");
        if (actorIds.isEmpty()) {
            addActors(connection);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select id, name from actor order by id")) {
                while (rows.next()) {
                    actorIds.add(rows.getLong(1));
                    actorNames.add(rows.getString(2));
                }
            }
            readQuotes(connection);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** About 430 actors beside the corpus's own: 400 people, 30 states, 30 organisations. */
    private static void addActors(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into actor (name, kind) values (?, ?)")) {
            for (String first : FIRST_NAMES) {
                for (String last : SURNAMES) {
                    insert.setString(1, first + " " + last);
                    insert.setString(2, ActorKind.PERSON.name());
                    insert.addBatch();
                }
            }
            for (String state : STATES) {
                insert.setString(1, state);
                insert.setString(2, ActorKind.STATE.name());
                insert.addBatch();
            }
            for (String organisation : ORGANISATIONS) {
                insert.setString(1, organisation);
                insert.setString(2, ActorKind.ORGANISATION.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    /** Every paragraph of every stored article, cut to at most 300 characters: quotes at their exact offsets. */
    private void readQuotes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                     select t.article_id, t.text_content, p.passage_index, p.start_offset, p.end_offset
                     from article_text t join passage p on p.article_id = t.article_id
                     order by t.article_id, p.passage_index""")) {
            while (rows.next()) {
                String text = rows.getString(2);
                int start = rows.getInt(4);
                int end = Math.min(rows.getInt(5), start + 300);
                quotes.add(new Quote(rows.getLong(1), rows.getInt(3), start, end, text.substring(start, end)));
            }
        }
        if (quotes.isEmpty()) {
            throw new IllegalStateException("no article stored: the benchmark quotes the corpus articles");
        }
    }

    private void addOne(
            PreparedStatement event, PreparedStatement actor, PreparedStatement place, PreparedStatement evidence)
            throws SQLException {
        long id = nextEventId++;
        EventDate date = randomDate();
        DateBasis basis = pick(0.85) ? DateBasis.STATED : pick(0.8) ? DateBasis.RESOLVED : DateBasis.GENERAL_KNOWLEDGE;
        List<Integer> involved = randomActors();
        String where = random.nextInt(RARE_ONE_IN) == 0 ? RARE_PLACE : PLACES[skewed(PLACES.length, 2.5)];
        String title = actorNames.get(involved.get(0)) + " " + VERBS[random.nextInt(VERBS.length)] + " "
                + (involved.size() > 1 ? actorNames.get(involved.get(1)) : STATES[random.nextInt(STATES.length)])
                + " in " + where;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        event.setLong(1, id);
        event.setString(2, title);
        event.setString(3, pick(0.6) ? title + ". " + SENTENCES[random.nextInt(SENTENCES.length)] : null);
        event.setString(4, Category.values()[random.nextInt(Category.values().length)].name());
        event.setString(
                5,
                pick(0.97)
                        ? EventStatus.PUBLISHED.name()
                        : pick(0.66) ? EventStatus.DRAFT.name() : EventStatus.DELETED.name());
        event.setDate(6, Date.valueOf(date.start()));
        event.setDate(7, date.end() == null ? null : Date.valueOf(date.end()));
        event.setString(8, date.precision().name());
        event.setString(9, date.qualifier() == null ? null : date.qualifier().name());
        event.setDate(10, Date.valueOf(date.earliest()));
        event.setDate(11, Date.valueOf(date.latest()));
        event.setString(12, date.label());
        event.setString(13, basis.name());
        event.setString(
                14, basis == DateBasis.STATED ? null : "worked out from the article (synthetic benchmark data)");
        event.setObject(15, now);
        event.setObject(16, now);
        event.addBatch();
        for (int actorIndex : involved) {
            actor.setLong(1, id);
            actor.setLong(2, actorIds.get(actorIndex));
            actor.addBatch();
        }
        int places = pick(0.5) ? 1 : pick(0.3) ? 2 : 0;
        for (int p = 0; p < places; p++) {
            place.setLong(1, id);
            place.setInt(2, p);
            place.setString(3, p == 0 ? where : PLACES[random.nextInt(PLACES.length)] + " region");
            place.addBatch();
        }
        Quote quote = quotes.get(random.nextInt(quotes.size()));
        evidence.setLong(1, nextEvidenceId++);
        evidence.setLong(2, id);
        evidence.setLong(3, quote.articleId());
        evidence.setInt(4, quote.start());
        evidence.setInt(5, quote.end());
        evidence.setString(6, quote.text());
        evidence.setInt(7, quote.passage());
        evidence.addBatch();
    }

    /** A day between 1990 and 2025, half uniform and half with a density growing linearly towards 2025. */
    private LocalDate randomDay() {
        long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
        double at = pick(0.5) ? random.nextDouble() : Math.sqrt(random.nextDouble());
        return FIRST_DAY.plusDays((long) (at * days));
    }

    private EventDate randomDate() {
        LocalDate day = randomDay();
        double kind = random.nextDouble();
        if (kind < 0.70) {
            return EventDate.of(
                    day,
                    null,
                    DatePrecision.DAY,
                    pick(0.04) ? anyOf(DateQualifier.ABOUT, DateQualifier.BEFORE, DateQualifier.AFTER) : null);
        }
        if (kind < 0.76) {
            return EventDate.of(day, day.plusDays(1 + random.nextInt(14)), DatePrecision.DAY, null);
        }
        if (kind < 0.83) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return EventDate.of(monday, null, DatePrecision.WEEK, pick(0.1) ? DateQualifier.ABOUT : null);
        }
        if (kind < 0.96) {
            LocalDate first = day.withDayOfMonth(1);
            if (pick(0.1)) {
                return EventDate.of(first, first.plusMonths(1 + random.nextInt(2)), DatePrecision.MONTH, null);
            }
            return EventDate.of(first, null, DatePrecision.MONTH, pick(0.35) ? anyQualifier() : null);
        }
        return EventDate.of(day.withDayOfYear(1), null, DatePrecision.YEAR, pick(0.45) ? anyQualifier() : null);
    }

    private DateQualifier anyQualifier() {
        return DateQualifier.values()[random.nextInt(DateQualifier.values().length)];
    }

    private DateQualifier anyOf(DateQualifier... qualifiers) {
        return qualifiers[random.nextInt(qualifiers.length)];
    }

    /** 1–4 distinct actors, as indices into the pool; the first stored (the corpus's Belarus, Russia, Lukashenko, …) far more often. */
    private List<Integer> randomActors() {
        int wanted = 1 + skewed(4, 1.5);
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < wanted) {
            chosen.add(skewed(actorIds.size(), 3));
        }
        return List.copyOf(chosen);
    }

    /** An index below {@code size}, small ones more likely the larger {@code power} is. */
    private int skewed(int size, double power) {
        return Math.min(size - 1, (int) (size * Math.pow(random.nextDouble(), power)));
    }

    private boolean pick(double probability) {
        return random.nextDouble() < probability;
    }
}
