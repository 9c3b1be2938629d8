package org.brtimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brtimeline.SharedData;
import org.brtimeline.source.Article;
import org.junit.jupiter.api.Test;

/** The corpus files as they are in the repository, before any database is involved. */
class CorpusFilesTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private final Corpus corpus = Corpus.read("file:corpus/");

    @Test
    void the_corpus_holds_five_articles_and_the_curated_chronology() {
        assertThat(corpus.articles()).hasSize(5);
        assertThat(corpus.events()).hasSizeBetween(35, 45);
        assertThat(corpus.events())
                .allSatisfy(e -> assertThat(e.evidence()).as(e.key()).isNotEmpty());
    }

    @Test
    void every_article_text_is_a_verbatim_copy_of_its_seed() throws IOException {
        SharedData.require(SEEDS.toString());
        assertThat(corpus.articles()).isNotEmpty();
        for (ArticleFile article : corpus.articles()) {
            String seed = Files.readString(SEEDS.resolve(article.metadata().seed()), StandardCharsets.UTF_8);
            assertThat(article.text()).as(article.fileName()).isEqualTo(seed);
        }
    }

    @Test
    void every_article_carries_the_checksum_of_its_text() {
        assertThat(corpus.articles())
                .allSatisfy(a ->
                        assertThat(a.metadata().sha256()).as(a.fileName()).isEqualTo(Article.checksumOf(a.text())));
    }

    @Test
    void every_curated_quote_is_found_exactly_once_in_its_article() {
        for (CuratedEvent event : corpus.events()) {
            for (CuratedEvent.Quote quote : event.evidence()) {
                String text = corpus.articles().stream()
                        .filter(a -> a.metadata().slug().equals(quote.article()))
                        .findFirst()
                        .orElseThrow()
                        .text();
                int first = text.indexOf(quote.quote());
                assertThat(first).as(event.key() + ": " + quote.quote()).isNotNegative();
                assertThat(text.indexOf(quote.quote(), first + 1))
                        .as(event.key() + " (unique)")
                        .isNegative();
            }
        }
    }

    @Test
    void event_keys_are_unique() {
        assertThat(corpus.events())
                .isNotEmpty()
                .extracting(CuratedEvent::key)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    @Test
    void an_article_whose_text_was_edited_is_rejected(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("edited.txt");
        String original = Files.readString(Path.of("corpus/articles/rferl-russian-pm-in-minsk-2020-09-03.txt"));
        Files.writeString(file, original.replace("24 people", "25 people"));

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ArticleFile.parse("articles/edited.txt", Files.readString(file)))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("articles/edited.txt")
                .hasMessageContaining("sha256");
    }
}
