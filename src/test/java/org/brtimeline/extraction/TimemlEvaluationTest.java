package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void a_value_that_fills_the_gold_s_placeholders_counts_only_in_the_compatible_value_f1() {
        // TimeBank writes "last week" as 1989-WXX, AQUAINT "1949" as 1949-XX
        assertThat(TimemlEvaluation.fillsPlaceholders("1989-WXX", "1989-W43")).isTrue();
        assertThat(TimemlEvaluation.fillsPlaceholders("1949-XX", "1949")).isTrue();
        assertThat(TimemlEvaluation.fillsPlaceholders("1988-QX", "1988-Q3")).isTrue();
        assertThat(TimemlEvaluation.fillsPlaceholders("1988-QX", "1987-Q3")).isFalse();
        assertThat(TimemlEvaluation.fillsPlaceholders("1988-Q3", "1988")).isFalse();
        assertThat(TimemlEvaluation.fillsPlaceholders("XXXX-WXX-1", "P1D")).isFalse();

        String underspecified = SNIPPET.replace("value=\"2020-W35\"", "value=\"2020-WXX\"");
        TimexScore s = new TimemlEvaluation()
                .evaluateDocuments(List.of(TimemlDocument.parse("x.tml", underspecified)))
                .overall();

        assertThat(s.valueAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.compatibleValueF1()).isCloseTo(s.relaxedF1(), within(1e-9));
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

    @Test
    void the_two_parts_split_a_folder_by_document_disjoint_and_covering_it(@TempDir Path folder) throws Exception {
        for (String name : List.of("wsj_0003.tml", "ABC19980108.tml", "wsj_0001.tml", "APW19980227.tml", "NYT.tml")) {
            Files.writeString(folder.resolve(name), SNIPPET);
        }
        Files.writeString(folder.resolve("notes.txt"), "not a TimeML file");

        List<Path> all = TimemlEvaluation.files(folder, TimemlEvaluation.Part.ALL);
        List<Path> a = TimemlEvaluation.files(folder, TimemlEvaluation.Part.A);
        List<Path> b = TimemlEvaluation.files(folder, TimemlEvaluation.Part.B);

        assertThat(all)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("ABC19980108.tml", "APW19980227.tml", "NYT.tml", "wsj_0001.tml", "wsj_0003.tml");
        assertThat(a)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("ABC19980108.tml", "NYT.tml", "wsj_0003.tml");
        assertThat(b).extracting(p -> p.getFileName().toString()).containsExactly("APW19980227.tml", "wsj_0001.tml");
        Set<Path> both = new HashSet<>(a);
        both.retainAll(b);
        assertThat(both).as("no document in both parts").isEmpty();
        List<Path> union = new ArrayList<>(a);
        union.addAll(b);
        assertThat(union).as("together they are the whole folder").containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void the_part_option_reads_only_its_documents_and_a_wrong_part_prints_the_usage(@TempDir Path folder)
            throws Exception {
        for (String name : List.of("a1.tml", "a2.tml", "a3.tml")) {
            Files.writeString(folder.resolve(name), SNIPPET);
        }
        ByteArrayOutputStream partA = new ByteArrayOutputStream();
        ByteArrayOutputStream partB = new ByteArrayOutputStream();
        ByteArrayOutputStream wrong = new ByteArrayOutputStream();

        int a = TimemlEvaluation.run(
                List.of("--part=a", folder.toString()), new PrintStream(partA, true, StandardCharsets.UTF_8));
        int b = TimemlEvaluation.run(
                List.of("--part=b", folder.toString()), new PrintStream(partB, true, StandardCharsets.UTF_8));
        int c = TimemlEvaluation.run(
                List.of("--part=c", folder.toString()), new PrintStream(wrong, true, StandardCharsets.UTF_8));

        assertThat(a).isZero();
        assertThat(partA.toString(StandardCharsets.UTF_8)).startsWith("2 documents");
        assertThat(b).isZero();
        assertThat(partB.toString(StandardCharsets.UTF_8)).startsWith("1 documents");
        assertThat(c).isEqualTo(2);
        assertThat(wrong.toString(StandardCharsets.UTF_8)).contains("usage:").contains("--part=a|b");
    }
}
