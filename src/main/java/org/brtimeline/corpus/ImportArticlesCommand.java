package org.brtimeline.corpus;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brtimeline.base.SystemTask;

/**
 * {@code import-articles <folder>}: imports every {@code .txt} and {@code .md} file of a folder in
 * the corpus format, with a line on the console for each file as soon as it is done (an article reported as imported
 * is on disk, with its review candidates) and a summary at the end.
 */
public final class ImportArticlesCommand {

    private ImportArticlesCommand() {}

    /** Runs the import as the system (nobody logs in to a command); the exit code is 0 when no file failed. */
    public static int run(ArticleBatchImport importer, SystemTask system, Path folder, PrintStream out) {
        if (!Files.isDirectory(folder)) {
            out.println("Not a folder: " + folder);
            return 2;
        }
        List<ArticleBatchImport.NamedFile> files;
        try {
            files = importer.readFolder(folder);
        } catch (ImportRefusedException e) {
            out.println("Refused, nothing imported: " + e.getMessage());
            return 1;
        }
        out.println("Importing " + files.size() + " files from " + folder);
        List<ArticleBatchImport.Outcome> outcomes =
                system.call(() -> importer.importAll(files, (finished, total, last) -> {
                    out.println(line(last));
                    out.flush();
                }));
        out.println(ArticleBatchImport.summary(outcomes));
        return outcomes.stream().anyMatch(o -> o.result() == ArticleBatchImport.Result.FAILED) ? 1 : 0;
    }

    /** "imported: new.txt: review its dated sentences at /editor/review/new-article", "failed: x.md: why". */
    private static String line(ArticleBatchImport.Outcome outcome) {
        return outcome.result().name().toLowerCase() + ": " + outcome.file() + ": "
                + (outcome.slug() == null
                        ? outcome.reason()
                        : "review its dated sentences at /editor/review/" + outcome.slug());
    }
}
