package org.brtimeline;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.brtimeline.backup.BackupCommand;
import org.brtimeline.backup.BackupService;
import org.brtimeline.base.SystemTask;
import org.brtimeline.chronology.ArticleEventCounts;
import org.brtimeline.chronology.SearchIndex;
import org.brtimeline.corpus.ArticleBatchImport;
import org.brtimeline.corpus.ImportArticlesCommand;
import org.brtimeline.export.EventImport;
import org.brtimeline.export.ImportEventsCommand;
import org.brtimeline.extraction.ExtractCommand;
import org.brtimeline.extraction.TimemlEvaluation;
import org.brtimeline.generate.GenerateCommand;
import org.brtimeline.security.ResetPasswordCommand;
import org.brtimeline.security.UserService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Starts the Belarus–Russia timeline: web server, database migrations and the corpus import. With
 * a command as first argument it runs that command instead, without the web server:
 * {@code import-articles <folder>}, {@code import-events <file>}, {@code generate --events N [--articles M] [--seed S] [--force]},
 * {@code backup <file.zip> [--with-passwords]}, {@code restore <file.zip> [--force]}, {@code reset-password <user>},
 * {@code extract --published YYYY-MM-DD <file>}, {@code evaluate-timeml [--misses] [--part=a|b] <folder>...}.
 */
@SpringBootApplication
@Theme("timeline")
// Vaadin's production build gives each route the components its classes reach in bytecode, and the tools the pages
// find through Spring (the event detail's "Cite", the article's evidence panel) are reached by no route: on a page
// opened directly, their dialog, tabs and combo box were never defined in the browser (they worked only after the
// timeline had loaded them). The components those tools use are named here, on the application shell, which the build
// reads as an entry point loaded with every page. (@LoadDependenciesOnStartup, loading every route's components on
// every page, also cured it but made a warm page 0.18 s slower: docs/performance.md.)
@Uses(Dialog.class)
@Uses(TabSheet.class)
@Uses(TextArea.class)
@Uses(MenuBar.class)
@Uses(ComboBox.class)
public class Application implements AppShellConfigurator {

    static final String USAGE = """
            usage: java -jar br-timeline.jar [--spring.option=value ...]     start the web application
                   java -jar br-timeline.jar import-articles <folder> [--spring.option=value ...]
                   java -jar br-timeline.jar import-events <file.csv or file.json> [--category=CODE] [--spring.option=value ...]
                   java -jar br-timeline.jar generate --events N [--articles M] [--seed S] [--force] [--spring.option=value ...]
                   java -jar br-timeline.jar backup <file.zip> [--with-passwords] [--spring.option=value ...]
                   java -jar br-timeline.jar restore <file.zip> [--force] [--spring.option=value ...]
                   java -jar br-timeline.jar reset-password <user> [--spring.option=value ...]   (APP_NEW_PASSWORD, or random)
                   java -jar br-timeline.jar extract --published YYYY-MM-DD [--format json|tsv] <file.txt>
                   java -jar br-timeline.jar evaluate-timeml [--misses] [--part=a|b] <folder of .tml files>...""";

    public static void main(String[] args) throws IOException {
        OptionalInt exit = runCommand(args, System.out, System.err);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * The page's icon. The application is not a PWA: a server-driven page cannot work offline, and the PWA's
     * service worker precached the start page with the session cookie of before a login; when that answer came
     * after the login it set a new session cookie over the logged-in one (an editor logged out again).
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.png", "192x192");
    }

    /**
     * Runs the command named by the first argument and gives its exit code; empty when there is no
     * command (no argument, or only Spring options such as {@code --server.port=9090}), which starts
     * the web application. An unknown command is refused with the usage, never taken for a start.
     */
    static OptionalInt runCommand(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 0 || args[0].startsWith("--")) {
            return OptionalInt.empty();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return OptionalInt.of(
                switch (args[0]) {
                    case "import-articles" -> importArticles(rest.toArray(String[]::new));
                    case "import-events" -> importEvents(rest, out, err);
                    case "generate" -> generate(rest, out, err);
                    case "backup" -> backup(rest, out, err);
                    case "restore" -> restore(rest, out, err);
                    case "reset-password" -> resetPassword(rest, out, err);
                    case "extract" -> ExtractCommand.run(rest, out);
                    case "evaluate-timeml" -> TimemlEvaluation.run(rest, out);
                    default -> {
                        err.println("Unknown command '" + args[0] + "'.");
                        err.println(USAGE);
                        yield 2;
                    }
                });
    }

    /** {@code import-articles <folder> [--spring.profiles.active=postgres ...]}: the Spring arguments choose the database. */
    static int importArticles(String[] args) {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println(
                    "usage: import-articles <folder of article files in the corpus format> [--spring.option=value ...]");
            return 2;
        }
        try (ConfigurableApplicationContext context =
                startWithoutWebServer(Arrays.asList(args).subList(1, args.length))) {
            return ImportArticlesCommand.run(
                    context.getBean(ArticleBatchImport.class),
                    context.getBean(SystemTask.class),
                    Path.of(args[0]),
                    System.out);
        }
    }

    /**
     * {@code import-events <file> [--category=CODE] [--spring.option=value ...]}: the Spring arguments choose the
     * database.
     */
    static int importEvents(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        List<String> categories = args.stream()
                .filter(a -> a.startsWith(ImportEventsCommand.CATEGORY))
                .map(a -> a.substring(ImportEventsCommand.CATEGORY.length()))
                .toList();
        if (files.size() != 1 || categories.size() > 1) {
            err.println(ImportEventsCommand.USAGE);
            return 2;
        }
        List<String> spring = args.stream()
                .filter(a -> a.startsWith("--") && !a.startsWith(ImportEventsCommand.CATEGORY))
                .toList();
        try (ConfigurableApplicationContext context = startWithoutWebServer(spring)) {
            return ImportEventsCommand.run(
                    context.getBean(EventImport.class),
                    context.getBean(SystemTask.class),
                    Path.of(files.get(0)),
                    categories.isEmpty() ? null : categories.get(0),
                    out);
        }
    }

    /**
     * {@code generate --events N [--articles M] [--seed S] [--force] [--spring.option=value ...]}: the corpus is not
     * imported first, so that an empty database receives synthetic data only.
     */
    static int generate(List<String> args, PrintStream out, PrintStream err) {
        GenerateCommand.Options options;
        try {
            options = GenerateCommand.Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.println(GenerateCommand.USAGE);
            return 2;
        }
        List<String> springArguments = new ArrayList<>(options.springArguments());
        springArguments.add("--app.corpus.import-on-start=false");
        try (ConfigurableApplicationContext context = startWithoutWebServer(springArguments)) {
            return GenerateCommand.run(
                    options,
                    context.getBean(DataSource.class),
                    () -> {
                        context.getBean(ArticleEventCounts.class).recountAll();
                        context.getBean(SearchIndex.class).rebuild();
                    },
                    out,
                    System.console() != null);
        }
    }

    /** {@code backup <file.zip> [--with-passwords] [--spring.option=value ...]}: the corpus is not imported first. */
    static int backup(List<String> args, PrintStream out, PrintStream err) throws IOException {
        BackupCommand.Options options;
        try {
            options = BackupCommand.Options.parse(args, "--with-passwords");
        } catch (IllegalArgumentException e) {
            err.println("backup: " + e.getMessage());
            err.println(BackupCommand.USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = startForData(options.springArguments())) {
            return BackupCommand.backup(
                    options, context.getBean(BackupService.class), context.getBean(SystemTask.class), out);
        }
    }

    /**
     * {@code restore <file.zip> [--force] [--spring.option=value ...]}: neither the corpus nor the first admin account
     * is created first, so that a new database stays empty for the backup.
     */
    static int restore(List<String> args, PrintStream out, PrintStream err) throws IOException {
        BackupCommand.Options options;
        try {
            options = BackupCommand.Options.parse(args, "--force");
        } catch (IllegalArgumentException e) {
            err.println("restore: " + e.getMessage());
            err.println(BackupCommand.USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = startForData(options.springArguments())) {
            return BackupCommand.restore(
                    options, context.getBean(BackupService.class), context.getBean(SystemTask.class), out);
        }
    }

    /**
     * {@code reset-password <user> [--spring.option=value ...]}: the password from {@code APP_NEW_PASSWORD}, or random
     * and printed once; neither the corpus nor the first admin is created first.
     */
    static int resetPassword(List<String> args, PrintStream out, PrintStream err) {
        List<String> names = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (names.size() != 1) {
            err.println(ResetPasswordCommand.USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context =
                startForData(args.stream().filter(a -> a.startsWith("--")).toList())) {
            return ResetPasswordCommand.run(
                    context.getBean(UserService.class),
                    context.getBean(SystemTask.class),
                    names.get(0),
                    System.getenv(ResetPasswordCommand.ENVIRONMENT),
                    out);
        }
    }

    private static ConfigurableApplicationContext startForData(List<String> springArguments) {
        List<String> arguments = new ArrayList<>(springArguments);
        arguments.add("--app.corpus.import-on-start=false");
        arguments.add("--app.admin.bootstrap=false");
        return startWithoutWebServer(arguments);
    }

    /**
     * The application for a command: its database (Flyway first), services and security, but no web server. Vaadin and
     * its security need a web application context; {@code --server.port=-1} creates one that listens on no port, given
     * as a command-line argument so that it wins over {@code application.properties} and {@code PORT}.
     */
    private static ConfigurableApplicationContext startWithoutWebServer(List<String> springArguments) {
        List<String> arguments = new ArrayList<>(springArguments.stream()
                .filter(a -> !a.startsWith("--server.port=") && !a.startsWith("--management.server.port="))
                .toList());
        arguments.add("--server.port=-1");
        // Nor the management server on its own port, which a running application holds.
        arguments.add("--management.server.port=-1");
        return new SpringApplicationBuilder(Application.class)
                .logStartupInfo(false)
                .run(arguments.toArray(String[]::new));
    }

    /** "Today" comes from here, so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
