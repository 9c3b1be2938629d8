package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer on a hand-made TimeML snippet, where every number can be worked out by hand. */
class TimemlEvaluationTest {

    private static final String SNIPPET = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2020-09-03" functionInDocument="CREATION_TIME">September 3, 2020</TIMEX3></DCT>
            <TEXT>
            Lavrov spoke in Moscow on <TIMEX3 tid="t1" type="DATE" value="2020-09-02">September 2</TIMEX3> &amp; \
            the protests went on for <TIMEX3 tid="t2" type="DURATION" value="P5W">five weeks</TIMEX3>. \
            Putin spoke <TIMEX3 tid="t3" type="DATE" value="2020-W35">last week</TIMEX3> about <EVENT eid="e1">order</EVENT>. \
            It was <TIMEX3 tid="t4" type="DATE" value="PAST_REF">once</TIMEX3> calm.
            </TEXT>
            </TimeML>
            """;

    @Test
    void the_reader_strips_tags_decodes_entities_and_keeps_gold_offsets() {
        TimemlDocument document = TimemlDocument.parse("snippet.tml", SNIPPET);

        assertThat(document.creationTime()).hasToString("2020-09-03");
        assertThat(document.text()).contains("September 2 & the protests").doesNotContain("<");
        assertThat(document.timexes())
                .extracting(TimemlDocument.Gold::text)
                .containsExactly("September 2", "five weeks", "last week", "once");
        TimemlDocument.Gold first = document.timexes().get(0);
        assertThat(document.text().substring(first.start(), first.end())).isEqualTo("September 2");
    }

    @Test
    void the_scores_follow_tempeval_3() {
        TimemlEvaluation.Report report =
                new TimemlEvaluation().evaluateDocuments(List.of(TimemlDocument.parse("snippet.tml", SNIPPET)));
        TimexScore s = report.overall();

        // The tagger finds the first three exactly and misses "once"; it finds nothing else.
        assertThat(s.gold()).isEqualTo(4);
        assertThat(s.system()).isEqualTo(3);
        assertThat(s.strictPrecision()).isEqualTo(1.0);
        assertThat(s.strictRecall()).isEqualTo(0.75);
        assertThat(s.relaxedF1()).isCloseTo(2 * 1.0 * 0.75 / 1.75, within(1e-9));
        assertThat(s.valueAccuracy()).isEqualTo(1.0);
        assertThat(s.valueF1()).isCloseTo(s.relaxedF1(), within(1e-9));
        assertThat(report.byType().get("DURATION").relaxedRecall()).isEqualTo(1.0);
        assertThat(report.misses()).containsExactly("snippet.tml\tMISSED\tonce\tDATE\tPAST_REF");
    }

    @Test
    void a_wrong_value_counts_against_value_accuracy_but_not_extent() {
        String wrongDct = SNIPPET.replace("value=\"2020-09-03\"", "value=\"2021-09-03\"");

        TimexScore s = new TimemlEvaluation()
                .evaluateDocuments(List.of(TimemlDocument.parse("x.tml", wrongDct)))
                .overall();

        assertThat(s.relaxedRecall()).isEqualTo(0.75);
        assertThat(s.valueAccuracy()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void the_report_prints_how_many_exceptions_the_rules_threw() {
        TimemlEvaluation.Report report =
                new TimemlEvaluation().evaluateDocuments(List.of(TimemlDocument.parse("snippet.tml", SNIPPET)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TimemlEvaluation.print(report, new PrintStream(out, true, StandardCharsets.UTF_8), false);

        assertThat(report.ruleExceptions()).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("exceptions thrown by the rules: 0");
    }
}
