package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger finds and normalises the dates of the curated events in the five articles of the corpus. */
class CorpusDatesTest {

    private static final Path ARTICLES = CorpusArticle.FOLDER;
    private final TemporalTagger tagger = new TemporalTagger();

    /** Against the given reference, which for two articles is a later day of the week their {@code published} names. */
    private List<TemporalExpression> tag(String slug, String published) {
        return tagger.tag(CorpusArticle.read(ARTICLES.resolve(slug + ".txt")).text(), LocalDate.parse(published));
    }

    private static TemporalExpression find(List<TemporalExpression> found, String text) {
        return found.stream()
                .filter(e -> e.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not found: «" + text + "» among "
                        + found.stream().map(TemporalExpression::text).toList()));
    }

    private static void expect(List<TemporalExpression> found, String text, String value) {
        assertThat(find(found, text).value()).as(text).isEqualTo(value);
    }

    private static void expectDays(List<TemporalExpression> found, String text, String earliest, String latest) {
        TemporalExpression e = find(found, text);
        assertThat(e.earliest()).as(text).isEqualTo(LocalDate.parse(earliest));
        assertThat(e.latest()).as(text).isEqualTo(LocalDate.parse(latest));
    }

    @Test
    void the_rferl_article_of_3_september_2020() {
        var found = tag("rferl-russian-pm-in-minsk-2020-09-03", "2020-09-03");
        expect(found, "September 03, 2020", "2020-09-03");
        expect(found, "August 9", "2020-08-09");
        expect(found, "September 2", "2020-09-02");
        expect(found, "September 4", "2020-09-04");
        expect(found, "the previous day", "2020-09-02");
        expect(found, "last week", "2020-W35");
        expectDays(found, "last week", "2020-08-24", "2020-08-30");
        expect(found, "August 28", "2020-08-28");
        expect(found, "26 years", "P26Y");
        expect(found, "September 3", "2020-09-03");
    }

    @Test
    void the_epoch_times_article_of_19_december_2022() {
        var found = tag("epoch-times-putin-arrives-in-minsk-2022-12-19", "2022-12-19");
        expect(found, "Dec. 19", "2022-12-19");
        expect(found, "2019", "2019");
        expect(found, "1999", "1999");
        expect(found, "last week", "2022-W50");
        expect(found, "late November", "2022-11");
        assertThat(find(found, "late November").mod()).isEqualTo(TimexMod.END);
        expectDays(found, "late November", "2022-11-21", "2022-11-30");
        expect(found, "Dec. 18", "2022-12-18");
        expect(found, "Dec. 13", "2022-12-13");
        expect(found, "mid-October", "2022-10");
        expectDays(found, "mid-October", "2022-10-11", "2022-10-20");
        expect(found, "Dec. 16", "2022-12-16");
        expect(found, "this month", "2022-12"); // TimeML leaves "earlier" out of the extent
    }

    @Test
    void the_digest_of_24_to_30_april_2023() {
        var found = tag("situation-in-belarus-2023-04-24-union-state-region", "2023-04-30");
        expectDays(found, "April 24 – April 30, 2023", "2023-04-24", "2023-04-30");
        expect(found, "April 28th", "2023-04-28");
        expectDays(found, "From April 26th to 28th", "2023-04-26", "2023-04-28");
        expect(found, "2020", "2020");
        expect(found, "February 2nd", "2023-02-02");
        expect(found, "April 27th", "2023-04-27");
    }

    @Test
    void the_tv3_interview_of_the_week_of_14_september_2020() {
        var found = tag("tv3-neliupsiene-putin-does-not-want-such-an-example", "2020-09-14");
        expect(found, "Monday", "2020-09-14");
        expect(found, "August 9", "2020-08-09");
        expect(found, "1994", "1994");
        expect(found, "five weeks", "P5W");
        expect(found, "more than a month", "P1M");
        assertThat(find(found, "more than a month").mod()).isEqualTo(TimexMod.MORE_THAN);
    }

    @Test
    void the_rt_article_of_september_2020() {
        var found = tag("rt-kiev-worried-by-minsk-moscow-rapprochement", "2020-09-10");
        expect(found, "August 9", "2020-08-09");
        expect(found, "August 15", "2020-08-15");
        expect(found, "the end of August", "2020-08");
        expectDays(found, "the end of August", "2020-08-21", "2020-08-31");
        expect(found, "September 4", "2020-09-04");
        expect(found, "September 9", "2020-09-09");
        expect(found, "September 6, 2020", "2020-09-06");
        expect(found, "mid-August", "2020-08");
        expect(found, "September 2", "2020-09-02");
        expect(found, "2014", "2014");
        expect(found, "11/17/2014", "2014-11-17");
    }

    @Test
    void the_articles_are_where_the_tests_expect_them() {
        assertThat(Files.isDirectory(ARTICLES))
                .as("corpus/articles, read relative to the project folder")
                .isTrue();
    }
}
