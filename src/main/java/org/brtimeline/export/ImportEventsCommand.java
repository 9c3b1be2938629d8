package org.brtimeline.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.brtimeline.chronology.Category;

/**
 * {@code import-events <file>}: imports the events of a CSV file (our export's columns) or a TimelineJS JSON file as
 * drafts, all or nothing, and prints the report: each draft stored, or each rejection with its row or slide, field and
 * reason. {@code --category=CODE} files the events the file gives no category under that one.
 */
public final class ImportEventsCommand {

    public static final String USAGE = "usage: import-events <file.csv or TimelineJS file.json> [--category=CODE]"
            + " [--spring.option=value ...]\n  --category: for events the file gives none (one of "
            + String.join(
                    ", ", Arrays.stream(Category.values()).map(Category::code).toList()) + ")";

    /** The option naming the category of events the file gives none. */
    public static final String CATEGORY = "--category=";

    private ImportEventsCommand() {}

    /** Runs the import; the exit code is 0 when the drafts were stored, 1 when nothing was, 2 for no such file. */
    public static int run(
            EventImport importer, org.brtimeline.base.SystemTask system, Path file, String category, PrintStream out)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            out.println("No such file: " + file);
            return 2;
        }
        Category fallback = null;
        if (category != null) {
            fallback = Arrays.stream(Category.values())
                    .filter(c -> c.code().equalsIgnoreCase(category.strip()))
                    .findFirst()
                    .orElse(null);
            if (fallback == null) {
                out.println("No such category: '" + category + "'");
                out.println(USAGE);
                return 2;
            }
        }
        Category chosen = fallback;
        ImportReport report = system.callWithFiles(() -> importer.importFile(file, chosen));
        out.println(file + ":");
        report.lines().forEach(out::println);
        return report.imported() ? 0 : 1;
    }
}
