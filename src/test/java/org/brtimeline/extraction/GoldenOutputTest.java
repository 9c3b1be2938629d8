package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything the tagger finds in the five corpus articles (reference: each one's {@code published}
 * date), compared with the files under {@code src/test/resources/extraction/golden/}, one TSV per
 * article: start, end, type, value, mod, earliest, latest, text. Any change to the tagger's output
 * on them, meant or not, fails this test with the changed lines.
 *
 * <p>When a change is meant, regenerate the files and review their diff before committing it:
 * <pre>
 * ./mvnw -o -q test -Dtest=GoldenOutputTest -Dgolden.update=true
 * git diff src/test/resources/extraction/golden/
 * </pre>
 */
class GoldenOutputTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "extraction", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final TemporalTagger tagger = new TemporalTagger();

    @Test
    void the_tagger_finds_in_each_corpus_article_exactly_what_its_golden_file_lists() throws IOException {
        StringBuilder differences = new StringBuilder();
        for (CorpusArticle article : CorpusArticle.all()) {
            Path file = GOLDEN.resolve(article.slug() + ".tsv");
            String actual = TimexTsv.of(tagger.tag(article.text(), article.published()));
            if (UPDATE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            String diff = LineDiff.between(expected, actual);
            if (!diff.isEmpty()) {
                differences.append("\n").append(file).append(":\n").append(diff).append("\n");
            }
        }
        assertThat(differences.toString())
                .withFailMessage(
                        "The tagger's output on the corpus articles changed (-: golden file, +: now):%n%s%n"
                                + "If the change is meant, regenerate with -Dgolden.update=true and review the diff.",
                        differences)
                .isEmpty();
    }

    @Test
    void every_golden_file_belongs_to_an_article_of_the_corpus() throws IOException {
        List<String> articles =
                CorpusArticle.all().stream().map(a -> a.slug() + ".tsv").toList();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(articles);
        }
    }
}
