package org.brtimeline.corpus;

import java.util.ArrayList;
import java.util.List;
import org.brtimeline.source.ArticleService;
import org.brtimeline.source.TextFiles;
import org.springframework.stereotype.Service;

/**
 * Imports many article files in the corpus format (front matter, then the text). Each article is
 * stored on its own, so one bad file is reported and skipped without touching the others; a text
 * that is already stored is skipped.
 */
@Service
public class ArticleBatchImport {

    /** A file to import: its name (for messages) and its bytes. */
    public record NamedFile(String name, byte[] bytes) {}

    /** What happened to one file. */
    public record Outcome(String file, Result result, String reason) {}

    public enum Result {
        IMPORTED,
        SKIPPED,
        FAILED
    }

    /** Told after each file, for a progress bar. */
    public interface Progress {
        void done(int finished, int total, Outcome last);
    }

    private final ArticleService articles;

    ArticleBatchImport(ArticleService articles) {
        this.articles = articles;
    }

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
                return new Outcome(file.name(), Result.SKIPPED, "already stored (same text)");
            }
            articles.add(parsed.details(), parsed.text());
            return new Outcome(file.name(), Result.IMPORTED, parsed.metadata().slug());
        } catch (CorpusException | IllegalArgumentException e) {
            return new Outcome(file.name(), Result.FAILED, e.getMessage());
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
