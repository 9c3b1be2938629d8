package org.brtimeline.corpus;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brtimeline.base.Access;
import org.brtimeline.base.DurableCommits;
import org.brtimeline.source.ArticleService;
import org.brtimeline.source.TextFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports many article files in the corpus format (front matter, then the text). Each article is
 * stored on its own, so one bad file is reported and skipped without touching the others; a text
 * that is already stored is skipped. A zip or folder beyond the {@link ImportLimits} is refused as
 * a whole while it is read, before anything is stored. An article is reported as imported only once it is on disk,
 * with its review candidates (stored in the same transaction), so that what was reported survives a killed process.
 */
@Service
public class ArticleBatchImport {

    /** A file to import: its name (for messages) and its bytes. */
    public record NamedFile(String name, byte[] bytes) {}

    /** What happened to one file: the reason never repeats the file's name; an imported file has its article's slug. */
    public record Outcome(String file, Result result, String reason, String slug) {

        static Outcome imported(String file, String slug) {
            return new Outcome(file, Result.IMPORTED, "imported as " + slug, slug);
        }

        static Outcome not(String file, Result result, String reason) {
            return new Outcome(file, result, reason, null);
        }
    }

    public enum Result {
        IMPORTED,
        SKIPPED,
        FAILED
    }

    /** Told after each file (once it is on disk when imported), for a progress bar or a line per file. */
    public interface Progress {
        void done(int finished, int total, Outcome last);
    }

    private final ArticleService articles;
    private final DurableCommits durable;
    private final ImportLimits limits;

    ArticleBatchImport(
            ArticleService articles,
            DurableCommits durable,
            @Value("${app.import.max-entries:1000}") int maxEntries,
            @Value("${app.import.max-total-bytes:50000000}") long maxTotalBytes,
            @Value("${app.import.max-entry-bytes:" + TextFiles.MAX_BYTES + "}") int maxEntryBytes) {
        this.articles = articles;
        this.durable = durable;
        this.limits = new ImportLimits(maxEntries, maxTotalBytes, maxEntryBytes);
    }

    /** The limits of every upload and batch import (README, "Operating"). */
    public ImportLimits limits() {
        return limits;
    }

    /** The article files of a zip, within the limits; refused as a whole (nothing read is kept) beyond them. */
    public List<NamedFile> readZip(InputStream zip) {
        return new LimitedFiles(limits).fromZip(zip);
    }

    /** The article files of a folder, within the limits; refused as a whole beyond them. */
    public List<NamedFile> readFolder(Path folder) {
        return new LimitedFiles(limits).fromFolder(folder);
    }

    /** Stores the files one by one: as an editor (a zip) or as the system (the {@code import-articles} command). */
    @PreAuthorize(Access.EDITORS_OR_SYSTEM)
    public List<Outcome> importAll(List<NamedFile> files, Progress progress) {
        List<Outcome> outcomes = new ArrayList<>();
        for (NamedFile file : files) {
            Outcome outcome = importOne(file);
            outcomes.add(outcome);
            progress.done(outcomes.size(), files.size(), outcome);
        }
        return outcomes;
    }

    private Outcome importOne(NamedFile file) {
        try {
            ArticleFile parsed = ArticleFile.parse(file.name(), TextFiles.decode(file.bytes()));
            if (articles.contains(parsed.text())) {
                return Outcome.not(file.name(), Result.SKIPPED, "already stored (same text)");
            }
            String slug = articles.add(parsed.details(), parsed.text()).slug();
            durable.flush();
            return Outcome.imported(file.name(), slug);
        } catch (CorpusException e) {
            return Outcome.not(file.name(), Result.FAILED, e.problem());
        } catch (IllegalArgumentException e) {
            return Outcome.not(file.name(), Result.FAILED, e.getMessage());
        }
    }

    /** "3 imported, 1 skipped, 2 failed". */
    public static String summary(List<Outcome> outcomes) {
        return count(outcomes, Result.IMPORTED) + " imported, " + count(outcomes, Result.SKIPPED) + " skipped, "
                + count(outcomes, Result.FAILED) + " failed";
    }

    private static long count(List<Outcome> outcomes, Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }
}
