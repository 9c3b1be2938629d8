package org.brtimeline.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.source.Article;
import org.brtimeline.source.ArticleBody;
import org.brtimeline.source.ArticleDetails;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {

    private static final List<String> ACTORS =
            Vocabulary.actors().stream().map(Vocabulary.NewActor::name).toList();

    private final List<SyntheticArticle> articles = new SyntheticArticles(new Chance(7), ACTORS).write(200, 1);

    @Test
    void an_article_is_a_few_kilobytes_of_paragraphs_split_as_the_application_splits_them() {
        for (SyntheticArticle synthetic : articles) {
            Article stored = ArticleBody.of(details(synthetic), synthetic.text(), Instant.EPOCH)
                    .article();

            assertThat(synthetic.text().length()).isBetween(600, 8_000);
            assertThat(stored.passages())
                    .extracting(p -> new SyntheticArticle.Range(p.startOffset(), p.endOffset()))
                    .isEqualTo(synthetic.paragraphs());
            assertThat(stored.checksum()).isEqualTo(synthetic.checksum());
        }
        double averageLength =
                articles.stream().mapToInt(a -> a.text().length()).average().orElseThrow();
        assertThat(averageLength).isBetween(2_000.0, 4_000.0);
    }

    @Test
    void articles_are_numbered_in_publication_order_and_say_that_they_are_synthetic() {
        assertThat(articles.get(0).slug()).isEqualTo("synthetic-000001");
        assertThat(articles.get(199).slug()).isEqualTo("synthetic-000200");
        assertThat(articles)
                .extracting(SyntheticArticle::published)
                .isSorted()
                .allSatisfy(day -> assertThat(day).isBetween(Chance.FIRST_DAY, Chance.LAST_DAY));
        assertThat(articles.get(41).text())
                .endsWith("Synthetic article 42, generated test data: the events it reports did not happen.");
        assertThat(articles).extracting(SyntheticArticle::checksum).doesNotHaveDuplicates();
    }

    @Test
    void every_sentence_lies_inside_a_paragraph_and_reads_as_one() {
        for (SyntheticArticle article : articles.subList(0, 20)) {
            for (SyntheticArticle.Range sentence : article.sentences()) {
                String text = article.text().substring(sentence.start(), sentence.end());
                assertThat(article.paragraphOf(sentence)).isNotNull();
                assertThat(text).matches("[A-Z0-9].*\\.").doesNotContain("{").doesNotContain("\n");
            }
        }
    }

    private static ArticleDetails details(SyntheticArticle article) {
        return new ArticleDetails(
                article.slug(),
                article.title(),
                article.publisher(),
                null,
                "en",
                article.published(),
                DatePrecision.DAY,
                null);
    }
}
