package org.brtimeline.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An article of the corpus as the tagger sees it: the text after the YAML front matter (between two
 * {@code ---} lines) and the {@code published:} date as reference. Read here rather than through
 * the corpus package, whose reader is its own business and needs the YAML library.
 */
record CorpusArticle(String slug, LocalDate published, Granularity precision, String text) {

    static final Path FOLDER = Path.of("corpus", "articles");

    private static final String FENCE = "---\n";
    private static final Pattern PRECISION = Pattern.compile("(?m)^publishedPrecision:\\s*\"?([A-Z]+)\"?\\s*$");
    private static final Pattern PUBLISHED = Pattern.compile("(?m)^published:\\s*\"?(\\d{4}-\\d{2}-\\d{2})\"?\\s*$");

    /** The five articles, by file name. */
    static List<CorpusArticle> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".txt"))
                    .sorted()
                    .map(CorpusArticle::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusArticle read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int close = content.indexOf("\n" + FENCE, FENCE.length() - 1);
        if (!content.startsWith(FENCE) || close < 0) {
            throw new IllegalArgumentException(file + ": no front matter between two '---' lines");
        }
        Matcher published = PUBLISHED.matcher(content.substring(0, close));
        if (!published.find()) {
            throw new IllegalArgumentException(file + ": no 'published:' date in the front matter");
        }
        String slug = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Matcher precision = PRECISION.matcher(content.substring(0, close));
        return new CorpusArticle(
                slug,
                LocalDate.parse(published.group(1)),
                precision.find() ? Granularity.valueOf(precision.group(1)) : Granularity.DAY,
                content.substring(close + 1 + FENCE.length()));
    }
}
