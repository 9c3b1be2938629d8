package org.brtimeline.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code import-events <file>}: imports the events of a CSV file (our export's columns) or a TimelineJS JSON file as
 * drafts, all or nothing, and prints the report: each draft stored, or each rejection with its row or slide, field and
 * reason.
 */
public final class ImportEventsCommand {

    public static final String USAGE =
            "usage: import-events <file.csv or TimelineJS file.json> [--spring.option=value ...]";

    private ImportEventsCommand() {}

    /** Runs the import; the exit code is 0 when the drafts were stored, 1 when nothing was, 2 for no such file. */
    public static int run(EventImport importer, Path file, PrintStream out) throws IOException {
        if (!Files.isRegularFile(file)) {
            out.println("No such file: " + file);
            return 2;
        }
        ImportReport report = importer.importFile(file);
        out.println(file + ":");
        report.lines().forEach(out::println);
        return report.imported() ? 0 : 1;
    }
}
