package org.brtimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brtimeline.IntegrationTest;
import org.brtimeline.TestCorpus;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.SystemTask;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.reader.ReaderService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The corpus as the application imports it on start. */
@IntegrationTest
class CorpusImportTest {

    @Autowired
    ChronologyService chronology;

    @Autowired
    ReaderService reader;

    @Autowired
    CorpusImporter importer;

    @Autowired
    SystemTask system;

    private List<EventDetails> allEvents() {
        return chronology.search(EventQuery.everything(), 0, 1000).items();
    }

    @Test
    void the_corpus_is_loaded_on_start() {
        assertThat(reader.articleCount()).isEqualTo(5);
        assertThat(allEvents()).hasSize(TestCorpus.curatedEvents());
    }

    @Test
    void every_piece_of_evidence_quotes_its_article_at_its_offsets() {
        for (EventDetails event : allEvents()) {
            for (EventDetails.EvidenceDetails evidence : event.evidence()) {
                String text =
                        reader.article(evidence.articleSlug()).orElseThrow().text();
                assertThat(text.substring(evidence.startOffset(), evidence.endOffset()))
                        .as(event.title())
                        .isEqualTo(evidence.quote());
            }
        }
    }

    @Test
    void the_election_is_one_event_reported_by_three_articles() {
        EventDetails election = allEvents().stream()
                .filter(e -> e.title().equals("Presidential election in Belarus"))
                .findFirst()
                .orElseThrow();

        assertThat(election.evidence().stream()
                        .map(EventDetails.EvidenceDetails::articleSlug)
                        .distinct())
                .hasSize(3);
        assertThat(election.start()).hasToString("2020-08-09");
    }

    @Test
    void the_lavrov_makei_meeting_is_one_event_reported_by_two_articles() {
        List<EventDetails> meetings = allEvents().stream()
                .filter(e -> e.title().contains("Lavrov and Makei"))
                .toList();

        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).evidence().stream()
                        .map(EventDetails.EvidenceDetails::articleSlug)
                        .distinct())
                .hasSize(2);
    }

    @Test
    void fuzzy_and_relative_dates_keep_their_precision() {
        EventDetails makei = allEvents().stream()
                .filter(e -> e.title().contains("Makei dies"))
                .findFirst()
                .orElseThrow();
        EventDetails aleinik = allEvents().stream()
                .filter(e -> e.title().contains("Aleinik appointed"))
                .findFirst()
                .orElseThrow();
        EventDetails visit = allEvents().stream()
                .filter(e -> e.title().contains("Golovchenko"))
                .findFirst()
                .orElseThrow();

        assertThat(makei.label()).isEqualTo("late November 2022");
        assertThat(makei.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(aleinik.earliest()).hasToString("2022-12-12");
        assertThat(aleinik.latest()).hasToString("2022-12-18");
        assertThat(visit.label()).isEqualTo("26–28 April 2023");
        assertThat(visit.end()).hasToString("2023-04-28");
    }

    @Test
    void starting_again_imports_nothing_twice() {
        new CorpusStartup(importer, system, "classpath:corpus/").afterSingletonsInstantiated();

        assertThat(reader.articleCount()).isEqualTo(5);
        assertThat(allEvents()).hasSize(TestCorpus.curatedEvents());
    }
}
