package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading of EVENT, MAKEINSTANCE and TLINK, and the rule by which a candidate covers a dated event. */
class CandidateCoverageTest {

    /** Hand-written, not taken from any corpus. */
    private static final String XML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>X</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-10" functionInDocument="CREATION_TIME">June 10, 2021</TIMEX3></DCT>
            <TEXT>The ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> in Minsk on <TIMEX3 tid="t1" type="DATE" value="2021-06-08">Tuesday</TIMEX3>. \
            The talks <EVENT eid="e2" class="OCCURRENCE">ended</EVENT> today, an aide <EVENT eid="e3" class="REPORTING">said</EVENT>. \
            Prices <EVENT eid="e4" class="STATE">remain</EVENT> high <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3>. \
            A treaty was <EVENT eid="e5" class="OCCURRENCE">signed</EVENT> in <TIMEX3 tid="t3" type="DATE" value="1999">1999</TIMEX3>.</TEXT>
            <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
            <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
            <MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" />
            <MAKEINSTANCE eventID="e4" eiid="ei4" tense="PRESENT" />
            <MAKEINSTANCE eventID="e5" eiid="ei5" tense="PAST" />
            <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
            <TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t0" />
            <TLINK lid="l3" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0" />
            <TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei4" relatedToTime="t2" />
            <TLINK lid="l5" relType="INCLUDES" timeID="t3" relatedToEventInstance="ei5" />
            <TLINK lid="l6" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t0" />
            </TimeML>
            """;

    private final TimemlDocument document = TimemlDocument.parse("test.tml", XML);

    @Test
    void events_instances_and_time_links_are_read_with_offsets_into_the_text() {
        assertThat(document.events())
                .extracting(TimemlDocument.Event::id, TimemlDocument.Event::eventClass, TimemlDocument.Event::text)
                .containsExactly(
                        tuple("e1", "OCCURRENCE", "met"),
                        tuple("e2", "OCCURRENCE", "ended"),
                        tuple("e3", "REPORTING", "said"),
                        tuple("e4", "STATE", "remain"),
                        tuple("e5", "OCCURRENCE", "signed"));
        assertThat(document.events())
                .allSatisfy(e -> assertThat(document.text().substring(e.start(), e.end()))
                        .isEqualTo(e.text()));
        assertThat(document.instances()).containsEntry("ei5", "e5").hasSize(5);
        assertThat(document.timeLinks())
                .contains(
                        new TimemlDocument.TimeLink("IS_INCLUDED", "ei1", "t1", true),
                        new TimemlDocument.TimeLink("INCLUDES", "ei5", "t3", false));
        assertThat(document.times().get("t0").creationTime()).isTrue();
        assertThat(document.times().get("t1").creationTime()).isFalse();
        // The old reading is unchanged.
        assertThat(document.timexes())
                .extracting(TimemlDocument.Gold::value)
                .containsExactly("2021-06-08", "PRESENT_REF", "1999");
    }

    @Test
    void dated_events_take_the_narrowest_placeable_date_and_a_time_first_link_is_inverted() {
        List<CandidateCoverage.DatedEvent> dated = CandidateCoverage.datedEvents(document);

        // e3 is only BEFORE the DCT, e4 only within PRESENT_REF: neither is dated.
        assertThat(dated)
                .extracting(
                        d -> d.event().id(),
                        CandidateCoverage.DatedEvent::from,
                        CandidateCoverage.DatedEvent::to,
                        CandidateCoverage.DatedEvent::onDct)
                .containsExactly(
                        tuple("e1", LocalDate.of(2021, 6, 8), LocalDate.of(2021, 6, 8), false),
                        tuple("e2", LocalDate.of(2021, 6, 10), LocalDate.of(2021, 6, 10), true),
                        tuple("e5", LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31), false));
    }

    @Test
    void a_candidate_covers_an_event_its_sentence_holds_when_the_dates_overlap() {
        CandidateCoverage.DatedEvent met =
                CandidateCoverage.datedEvents(document).get(0);
        int sentenceEnd = document.text().indexOf('.') + 1;

        assertThat(CandidateCoverage.covers(candidate(0, sentenceEnd, "2021-06-08", "2021-06-08"), met))
                .isTrue();
        assertThat(CandidateCoverage.covers(candidate(0, sentenceEnd, "2021-06-07", "2021-06-13"), met))
                .isTrue();
        assertThat(CandidateCoverage.covers(candidate(0, sentenceEnd, "2021-06-10", "2021-06-10"), met))
                .isFalse();
        assertThat(CandidateCoverage.covers(
                        candidate(sentenceEnd, document.text().length(), "2021-06-08", "2021-06-08"), met))
                .isFalse();
    }

    @Test
    void timex_values_are_placed_on_the_calendar_or_not_at_all() {
        assertThat(CandidateCoverage.days("1998-W02"))
                .containsExactly(LocalDate.of(1998, 1, 5), LocalDate.of(1998, 1, 11));
        assertThat(CandidateCoverage.days("1998-Q3"))
                .containsExactly(LocalDate.of(1998, 7, 1), LocalDate.of(1998, 9, 30));
        assertThat(CandidateCoverage.days("199")).containsExactly(LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31));
        assertThat(CandidateCoverage.days("1998-02-13T14:00"))
                .containsExactly(LocalDate.of(1998, 2, 13), LocalDate.of(1998, 2, 13));
        assertThat(CandidateCoverage.days("PRESENT_REF")).isNull();
        assertThat(CandidateCoverage.days("XXXX-10")).isNull();
    }

    private static Candidate candidate(int start, int end, String earliest, String latest) {
        return new Candidate(
                "t",
                start,
                end,
                LocalDate.parse(earliest),
                LocalDate.parse(latest),
                Granularity.DAY,
                null,
                "l",
                "w",
                DateOrigin.values()[0],
                List.of(),
                List.of(),
                List.of(),
                "c",
                new Candidate.Evidence(start, end, ""));
    }
}
