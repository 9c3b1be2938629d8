package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The TimeML reader: the text of {@code <TEXT>} without tags, characters decoded, gold offsets into it. */
class TimemlDocumentTest {

    private static final String DCT =
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2020-09-03T10:15\">September 3</TIMEX3></DCT>";

    private static TimemlDocument document(String text) {
        return TimemlDocument.parse(
                "test.tml",
                "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X</DOCID>\n" + DCT + "\n<TEXT>" + text
                        + "</TEXT>\n</TimeML>\n");
    }

    @Test
    void character_references_and_cdata_before_a_timex_count_as_the_characters_they_stand_for() {
        TimemlDocument document = document("Caf&#233; talks &#x2014; <![CDATA[a <b> & c]]> ended on "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-09-02\">September 2</TIMEX3>.");

        assertThat(document.text()).isEqualTo("Café talks — a <b> & c ended on September 2.");
        TimemlDocument.Gold gold = document.timexes().get(0);
        assertThat(gold.start()).isEqualTo("Café talks — a <b> & c ended on ".length());
        assertThat(document.text().substring(gold.start(), gold.end())).isEqualTo("September 2");
    }

    @Test
    void tags_inside_the_text_are_stripped_also_inside_a_timex() {
        TimemlDocument document = document("<s>Putin <EVENT eid=\"e1\" class=\"OCCURRENCE\">spoke</EVENT> "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-W35\">last <EVENT eid=\"e2\">week</EVENT></TIMEX3>.</s>\n"
                + "<s>It &lt;rained&gt; <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P5W\">five weeks</TIMEX3>.</s>");

        assertThat(document.text()).isEqualTo("Putin spoke last week.\nIt <rained> five weeks.");
        assertThat(document.timexes())
                .extracting(TimemlDocument.Gold::text, TimemlDocument.Gold::type, TimemlDocument.Gold::value)
                .containsExactly(tuple("last week", "DATE", "2020-W35"), tuple("five weeks", "DURATION", "P5W"));
        assertThat(document.timexes())
                .allSatisfy(g -> assertThat(document.text().substring(g.start(), g.end()))
                        .isEqualTo(g.text()));
    }

    @Test
    void the_creation_time_is_the_day_of_the_dct_timex_and_its_text_is_not_part_of_the_text() {
        TimemlDocument document = document("Nothing happened.");

        assertThat(document.creationTime()).hasToString("2020-09-03");
        assertThat(document.text()).isEqualTo("Nothing happened.");
    }

    /** The DTD is not read, so its entities stay undeclared: the file's text is never read into the document. */
    @Test
    void external_entities_are_not_resolved() {
        String xml =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n<TimeML>"
                        + DCT + "<TEXT>It was &secret;.</TEXT></TimeML>";

        assertThatThrownBy(() -> TimemlDocument.parse("evil.tml", xml))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("evil.tml: not well-formed XML")
                .hasMessageContaining("\"secret\"");
    }

    @Test
    void a_document_without_a_creation_time_is_refused_with_its_name() {
        String xml = "<TimeML><TEXT>Nothing.</TEXT></TimeML>";

        assertThatThrownBy(() -> TimemlDocument.parse("nodct.tml", xml))
                .hasMessage("nodct.tml: no <DCT> with a TIMEX3 value");
    }
}
