package org.brtimeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private static ArticleDetails details(String slug, LocalDate published, DatePrecision precision) {
        return new ArticleDetails(slug, "A title", "A publisher", null, "en", published, precision, null);
    }

    private static Article article(String text) {
        return new Article(details("an-article", LocalDate.of(2020, 9, 3), DatePrecision.DAY), text, NOW);
    }

    @Test
    void every_non_blank_line_is_a_paragraph_without_its_surrounding_white_space() {
        String text = "First line.\nSecond line.  \n\n  \u00a0Third, after a blank line.\n";

        Article article = article(text);

        assertThat(article.passages()).hasSize(3);
        assertThat(article.passages())
                .extracting(p -> text.substring(p.startOffset(), p.endOffset()))
                .containsExactly("First line.", "Second line.", "Third, after a blank line.");
    }

    @Test
    void the_text_is_kept_exactly_as_given() {
        String text = "  Leading spaces, “curly quotes”, no-break\u00a0space and no final newline";

        assertThat(ArticleBody.of(details("an-article", LocalDate.of(2020, 9, 3), DatePrecision.DAY), text, NOW)
                        .text())
                .isEqualTo(text);
    }

    @Test
    void the_checksum_is_the_sha256_of_the_utf8_text() {
        assertThat(Article.checksumOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void offsets_count_utf16_code_units() {
        ArticleBody article = ArticleBody.of(
                details("an-article", LocalDate.of(2020, 9, 3), DatePrecision.DAY), "“Quote” — said.", NOW);

        assertThat(article.textBetween(1, 6)).isEqualTo("Quote");
    }

    @Test
    void the_text_and_the_article_it_belongs_to_are_made_together() {
        String text = "First line.\nSecond line.";

        ArticleBody body =
                ArticleBody.of(details("an-article", LocalDate.of(2020, 9, 3), DatePrecision.DAY), text, NOW);

        assertThat(body.article().checksum()).isEqualTo(Article.checksumOf(text));
        assertThat(body.article().passages()).hasSize(2);
        assertThat(body.article().passageIndexAt(text.indexOf("Second"))).contains(1);
        assertThat(body.article().passageIndexAt(text.indexOf("\n"))).isEmpty();
    }

    @Test
    void an_empty_text_is_rejected() {
        assertThatThrownBy(() -> article("  \n ")).hasMessageStartingWith("text:");
    }

    @Test
    void a_text_over_the_limit_is_rejected() {
        assertThatThrownBy(() -> article("a".repeat(Article.MAX_TEXT + 1))).hasMessageContaining("longer than");
    }

    @Test
    void a_week_precision_publication_date_is_a_monday() {
        assertThatThrownBy(() -> new Article(details("x", LocalDate.of(2023, 4, 30), DatePrecision.WEEK), "text", NOW))
                .hasMessageStartingWith("published:");
    }

    @Test
    void a_publication_date_has_a_year_of_four_digits() {
        assertThatThrownBy(() -> new Article(details("x", LocalDate.of(999, 12, 31), DatePrecision.DAY), "text", NOW))
                .hasMessageStartingWith("published: a date from the year 1000 to 9999");
    }

    @Test
    void a_slug_is_lower_case_words_joined_by_hyphens() {
        assertThatThrownBy(() ->
                        new Article(details("Not A Slug", LocalDate.of(2020, 9, 3), DatePrecision.DAY), "text", NOW))
                .hasMessageStartingWith("slug:");
    }
}
