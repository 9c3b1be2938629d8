package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trigger gating is for speed only: the tagger finds the same with and without it. A difference
 * means a rule matched in a sentence without any of its declared trigger words, and whether it
 * finds something then depends on an unrelated word elsewhere in the sentence.
 */
class TriggerGatingTest {

    private static final LocalDate THURSDAY = LocalDate.of(2020, 9, 3);

    private final TemporalTagger gated = new TemporalTagger();
    private final TemporalTagger ungated = new TemporalTagger(false);

    /** "these days" holds no reference word ("now", "recent"…): the rule needs the time unit "days" as trigger too. */
    @Test
    void these_days_is_found_with_or_without_another_reference_word_in_the_sentence() {
        assertThat(gated.tag("Prices are high these days.", THURSDAY))
                .extracting(TemporalExpression::text, TemporalExpression::value)
                .containsExactly(tuple("these days", "PRESENT_REF"));
        assertThat(gated.tag("Prices are high these days, analysts said now.", THURSDAY))
                .extracting(TemporalExpression::text)
                .containsExactly("these days", "now");
    }

    @Test
    void gating_changes_nothing_in_the_corpus_articles() {
        List<String> differences = new ArrayList<>();
        for (CorpusArticle article : CorpusArticle.all()) {
            differences.addAll(differences(article.slug(), article.text(), article.published()));
        }
        assertThat(differences)
                .as("expressions found only with (+) or only without (-) trigger gating")
                .isEmpty();
    }

    @Test
    void gating_changes_nothing_in_tempeval() {
        List<String> differences = new ArrayList<>();
        for (TimemlDocument document : TempEval.documentsOrSkip()) {
            differences.addAll(differences(document.name(), document.text(), document.creationTime()));
        }
        assertThat(differences)
                .as("expressions found only with (+) or only without (-) trigger gating")
                .isEmpty();
    }

    private List<String> differences(String name, String text, LocalDate reference) {
        String diff =
                LineDiff.between(TimexTsv.of(ungated.tag(text, reference)), TimexTsv.of(gated.tag(text, reference)));
        return diff.isEmpty()
                ? List.of()
                : diff.lines().map(line -> name + " " + line).toList();
    }
}
