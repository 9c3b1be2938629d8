package org.brtimeline.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code import-articles <folder>}: imports every {@code .txt} and {@code .md} file of a folder in
 * the corpus format, with a progress bar on the console and a summary at the end.
 */
public final class ImportArticlesCommand {

    private static final int BAR = 30;

    private ImportArticlesCommand() {}

    /** Runs the import; the exit code is 0 when no file failed. */
    public static int run(ArticleBatchImport importer, Path folder, PrintStream out) {
        if (!Files.isDirectory(folder)) {
            out.println("Not a folder: " + folder);
            return 2;
        }
        List<ArticleBatchImport.NamedFile> files = read(folder);
        out.println("Importing " + files.size() + " files from " + folder);
        List<ArticleBatchImport.Outcome> outcomes = importer.importAll(files, (finished, total, last) -> {
            int filled = total == 0 ? BAR : finished * BAR / total;
            out.printf(
                    "\r[%s%s] %d/%d %-40.40s",
                    "#".repeat(filled), " ".repeat(BAR - filled), finished, total, last.file());
        });
        out.println();
        for (ArticleBatchImport.Outcome outcome : outcomes) {
            if (outcome.result() != ArticleBatchImport.Result.IMPORTED) {
                out.println(outcome.result().name().toLowerCase() + ": " + outcome.file() + ": " + outcome.reason());
            }
        }
        out.println(ArticleBatchImport.summary(outcomes));
        return outcomes.stream().anyMatch(o -> o.result() == ArticleBatchImport.Result.FAILED) ? 1 : 0;
    }

    private static List<ArticleBatchImport.NamedFile> read(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(
                            p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .sorted()
                    .map(p -> new ArticleBatchImport.NamedFile(p.getFileName().toString(), bytes(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
