package org.brtimeline;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.brtimeline.corpus.ArticleBatchImport;
import org.brtimeline.corpus.ImportArticlesCommand;
import org.brtimeline.extraction.ExtractCommand;
import org.brtimeline.extraction.TimemlEvaluation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Starts the Belarus–Russia timeline: web server, database migrations and the corpus import. With
 * a command as first argument it runs that command instead, without the web server:
 * {@code import-articles <folder>}, {@code extract --published YYYY-MM-DD <file>},
 * {@code evaluate-timeml [--misses] <folder>...}.
 */
@SpringBootApplication
@PWA(name = "Belarus–Russia timeline", shortName = "BY–RU timeline", iconPath = "icons/icon.png")
@Theme("timeline")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) throws java.io.IOException {
        String command = args.length > 0 ? args[0] : "";
        java.util.List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "import-articles" -> System.exit(importArticles(rest.toArray(String[]::new)));
            case "extract" -> System.exit(ExtractCommand.run(rest, System.out));
            case "evaluate-timeml" -> System.exit(TimemlEvaluation.run(rest, System.out));
            default -> SpringApplication.run(Application.class, args);
        }
    }

    /** {@code import-articles <folder> [--spring.profiles.active=postgres ...]}: the Spring arguments choose the database. */
    static int importArticles(String[] args) {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println("usage: import-articles <folder of article files in the corpus format> [--spring.option=value ...]");
            return 2;
        }
        String[] springArguments = Arrays.copyOfRange(args, 1, args.length);
        // Vaadin and its security need a web application context; port -1 creates one without listening on any port.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .properties("server.port=-1").logStartupInfo(false).run(springArguments)) {
            return ImportArticlesCommand.run(context.getBean(ArticleBatchImport.class), Path.of(args[0]), System.out);
        }
    }

    /** "Today" comes from here, so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
