package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An exception in a rule loses that match only, and is counted per rule; the tagger's own rules throw none. */
class RuleExceptionsTest {

    private static final LocalDate THURSDAY = LocalDate.of(2020, 9, 3);

    private static final Rule EXPLODING = Rule.of(
            "exploding",
            "boom",
            m -> {
                throw new IllegalStateException("a bug");
            },
            Trigger.UNIT);
    private static final Rule YEAR = DateRules.all().stream()
            .filter(r -> r.name().equals("year"))
            .findFirst()
            .orElseThrow();

    @Test
    void an_exception_loses_only_its_match_and_is_counted_under_its_rule_with_the_first_one() {
        TemporalTagger tagger = new TemporalTagger(List.of(EXPLODING, YEAR), false);

        List<TemporalExpression> found = tagger.tag("Boom in 2019, and boom again.", THURSDAY);

        assertThat(found).extracting(TemporalExpression::text).containsExactly("2019");
        assertThat(tagger.ruleExceptions())
                .containsExactly(
                        new RuleExceptionCount("exploding", 2, "java.lang.IllegalStateException: a bug on «Boom»"));
    }

    @Test
    void the_count_is_exact_when_many_threads_tag_at_once() throws Exception {
        TemporalTagger tagger = new TemporalTagger(List.of(EXPLODING), false);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = IntStream.range(0, 200)
                    .<Future<?>>mapToObj(i -> threads.submit(() -> tagger.tag("boom boom boom", THURSDAY)))
                    .toList();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(tagger.ruleExceptions())
                .extracting(RuleExceptionCount::count)
                .containsExactly(600L);
    }

    @Test
    void dates_the_calendar_does_not_have_are_no_expression_and_no_exception() {
        TemporalTagger tagger = new TemporalTagger();
        List<String> impossible = List.of(
                "It happened on February 30.",
                "It happened on Feb. 30, 2021.",
                "It happened on 31 April 2021.",
                "It happened on Saturday, April 31.",
                "Talks end at 5 p.m. Feb. 30.",
                "From April 26 to 31, nobody came.",
                "It happened on April 24 – June 31, 2023.",
                "It happened on 2021-02-29.",
                "It happened on 13/45/2020.",
                "It happened on Sept. 0.");

        for (String text : impossible) {
            assertThat(tagger.tag(text, THURSDAY))
                    .as(text)
                    .noneMatch(e -> e.text().matches(".*\\b(29|30|31|45|0)\\b.*"));
        }
        assertThat(tagger.ruleExceptions()).isEmpty();
    }

    @Test
    void the_rules_throw_nothing_on_the_corpus_articles() {
        TemporalTagger tagger = new TemporalTagger();
        CorpusArticle.all().forEach(article -> tagger.tag(article.text(), article.published()));

        assertThat(tagger.ruleExceptions()).isEmpty();
    }

    @Test
    void the_rules_throw_nothing_on_tempeval() {
        TemporalTagger tagger = new TemporalTagger();
        TempEval.documentsOrSkip().forEach(document -> tagger.tag(document.text(), document.creationTime()));

        assertThat(tagger.ruleExceptions()).isEmpty();
    }
}
