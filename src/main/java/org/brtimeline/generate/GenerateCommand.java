package org.brtimeline.generate;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@code generate --events N [--articles M] [--seed S] [--force]}: fills the configured database with
 * a synthetic chronology ({@link SyntheticChronology}), with a progress bar and a summary. It refuses a
 * database that holds real articles unless {@code --force} is given.
 */
public final class GenerateCommand {

    public static final String USAGE =
            "usage: generate --events N [--articles M] [--seed S] [--force] [--spring.option=value ...]";

    /** The articles' texts are kept in memory while their events are written (about 3 KB each). */
    public static final int MOST_ARTICLES = 100_000;

    private static final long DEFAULT_SEED = 1;
    private static final int EVENTS_PER_ARTICLE = 50;

    /** What the command was asked; {@code springArguments} are the {@code --name=value} options it passes on. */
    public record Options(int events, int articles, long seed, boolean force, List<String> springArguments) {

        /** Reads the arguments; a mistake is an {@link IllegalArgumentException} whose message says what is wrong. */
        public static Options parse(List<String> args) {
            Integer events = null;
            Integer articles = null;
            long seed = DEFAULT_SEED;
            boolean force = false;
            List<String> spring = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (name) {
                    case "--events", "--articles", "--seed" -> {
                        String value;
                        if (arg.contains("=")) {
                            value = arg.substring(arg.indexOf('=') + 1);
                        } else if (i + 1 < args.size()) {
                            value = args.get(++i);
                        } else {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        long number = number(name, value);
                        switch (name) {
                            case "--events" -> events = positive(name, number, Integer.MAX_VALUE);
                            case "--articles" -> articles = positive(name, number, MOST_ARTICLES);
                            default -> seed = number;
                        }
                    }
                    case "--force" -> force = true;
                    default -> {
                        if (!arg.startsWith("--") || !arg.contains("=")) {
                            throw new IllegalArgumentException("unknown option '" + arg + "'");
                        }
                        spring.add(arg);
                    }
                }
            }
            if (events == null) {
                throw new IllegalArgumentException("--events is required");
            }
            int articleCount = articles != null ? articles : Math.max(1, events / EVENTS_PER_ARTICLE);
            return new Options(events, Math.min(articleCount, MOST_ARTICLES), seed, force, List.copyOf(spring));
        }

        private static long number(String name, String value) {
            try {
                return Long.parseLong(value.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number");
            }
        }

        private static int positive(String name, long number, int most) {
            if (number < 1 || number > most) {
                throw new IllegalArgumentException(String.format("%s: between 1 and %,d, not %,d", name, most, number));
            }
            return (int) number;
        }
    }

    private GenerateCommand() {}

    /**
     * Runs the generation into the database, then counts each article's events and rebuilds the search index
     * ({@code rebuildDerived}) so that the application starts on them at once; the exit code is 0 when done, 2 when refused, 1 when the database failed.
     */
    public static int run(
            Options options, DataSource dataSource, Runnable rebuildDerived, PrintStream out, boolean terminal) {
        SyntheticChronology chronology = new SyntheticChronology(dataSource);
        long started = System.nanoTime();
        try {
            Optional<String> real = chronology.realData();
            if (real.isPresent() && !options.force()) {
                out.println("Refused: the database " + url(dataSource) + " holds " + real.get() + ".");
                out.println("generate writes into an empty database or one of synthetic data only. Point it at another"
                        + " database (--spring.datasource.url=jdbc:h2:file:./data/synthetic) or give --force to add"
                        + " synthetic data to this one.");
                return 2;
            }
            real.ifPresent(data -> out.println("--force: adding synthetic data beside " + data + "."));
            out.printf(
                    "Generating %,d events citing %,d new articles (seed %d) into %s%n",
                    options.events(), options.articles(), options.seed(), url(dataSource));
            SyntheticChronology.Summary summary = chronology.add(
                    options.events(),
                    options.articles(),
                    options.seed(),
                    new ProgressBar(out, terminal, System::nanoTime));
            out.print("Updating the database's statistics ... ");
            long analysing = System.nanoTime();
            chronology.updateStatistics();
            out.printf("%d s%n", seconds(analysing));
            out.print("Counting each article's events and building the search index ... ");
            long indexing = System.nanoTime();
            rebuildDerived.run();
            out.printf("%d s%n", seconds(indexing));
            out.printf(
                    "Added %,d articles, %,d events (%,d published) and %,d pieces of evidence, with %,d actors"
                            + " (%,d new), in %d s.%n",
                    summary.articles(),
                    summary.events(),
                    summary.published(),
                    summary.evidence(),
                    summary.actors(),
                    summary.newActors(),
                    seconds(started));
            return 0;
        } catch (SQLException e) {
            out.println();
            out.println("The database failed: " + e.getMessage());
            return 1;
        }
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    private static String url(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }
}
