package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2020, 9, 3);
    private static final List<KnownActor> ACTORS = List.of(
            new KnownActor("Sergei Lavrov", "PERSON", List.of("Lavrov")),
            new KnownActor("Vladimir Makei", "PERSON", List.of("Makei")),
            new KnownActor("Mikhail Mishustin", "PERSON", List.of("Mishustin")),
            new KnownActor("Alexander Lukashenko", "PERSON", List.of("Lukashenka", "Lukashenko")),
            new KnownActor("Belarus", "STATE", List.of("Minsk", "Belarusian")),
            new KnownActor("Russia", "STATE", List.of("Moscow", "Russian")));

    private final TemporalTagger tagger = new TemporalTagger();
    private final EventDescriber describer = new EventDescriber(ACTORS, Gazetteer.instance());

    private List<Candidate> candidatesIn(String text) {
        return candidatesIn(text, PUBLISHED);
    }

    private List<Candidate> candidatesIn(String text, LocalDate published) {
        return CandidateFinder.find(text, tagger.tag(text, published), published, describer);
    }

    /** The candidates of a text of the corpus articles, knowing their actors (Peskov, Ukraine, …). */
    private List<Candidate> withCorpusActors(String text, LocalDate published) {
        return CandidateFinder.find(text, tagger.tag(text, published), published, Describers.corpus());
    }

    @Test
    void a_dated_sentence_becomes_a_candidate_with_the_sentence_as_evidence() {
        String text = "Lavrov met Makei in Moscow on September 2. Nothing else happened.";

        List<Candidate> found = candidatesIn(text);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).evidence().quote()).isEqualTo("Lavrov met Makei in Moscow on September 2.");
        assertThat(found.get(0).earliest()).isEqualTo(LocalDate.of(2020, 9, 2));
    }

    @Test
    void each_date_of_a_sentence_is_titled_by_the_part_of_the_sentence_it_dates() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        String text = "It was Lavrov’s first meeting with Makei, who was appointed last week following the unexpected"
                + " death of his predecessor, Vladimir Sarin, in late November.";

        assertThat(candidatesIn(text, LocalDate.of(2022, 12, 19)))
                .extracting(Candidate::label, Candidate::title)
                .containsExactly(
                        tuple(
                                "12 December 2022 – 18 December 2022",
                                "Makei is appointed following the unexpected death of his predecessor"),
                        tuple("21 November 2022 – 30 November 2022", "Vladimir Sarin dies unexpectedly"));
    }

    @Test
    void a_stretch_served_up_to_a_day_began_that_long_before_it() {
        // rferl-russian-pm-in-minsk-2020-09-03
        String text = "Volha Kovalkova and Syarhey Dyleuski, who is also a strike organizer, were to be released from"
                + " detention on September 3 after serving 10 days in jail on a similar charge.";

        assertThat(candidatesIn(text))
                .extracting(Candidate::label, Candidate::mod, Candidate::origin, Candidate::title)
                .containsExactly(
                        tuple(
                                "3 September 2020",
                                null,
                                DateOrigin.RESOLVED,
                                "Volha Kovalkova and Syarhey Dyleuski are to be released from detention"),
                        tuple(
                                "about 24 August 2020",
                                TimexMod.APPROX,
                                DateOrigin.RESOLVED,
                                "Volha Kovalkova and Syarhey Dyleuski serve 10 days in jail on a similar charge"));
        assertThat(candidatesIn("He was freed on 3 March 2021 after spending two months in hospital."))
                .extracting(Candidate::label, Candidate::precision)
                .as("a stretch in months began in a month")
                .contains(tuple("about January 2021", Granularity.MONTH));
        assertThat(candidatesIn("He was freed on 3 March 2021 after months in hospital."))
                .as("a vague stretch has no beginning to count back to")
                .hasSize(1);
    }

    @Test
    void the_two_men_are_the_two_people_named_last_before_the_sentence() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19, with the second sentence dated
        String text = "According to a Russian Foreign Ministry statement, Lavrov and Makei exchanged views on"
                + " “international and regional issues.”\n"
                + "On Monday the two men also “reaffirmed their determination to coordinate steps on international"
                + " platforms.”";

        Candidate reaffirmed = candidatesIn(text, LocalDate.of(2022, 12, 19)).stream()
                .filter(c -> c.evidence().quote().contains("two men"))
                .findFirst()
                .orElseThrow();

        assertThat(reaffirmed.title()).startsWith("Lavrov and Makei reaffirm their determination");
        assertThat(reaffirmed.actors()).contains("Sergei Lavrov", "Vladimir Makei");
    }

    @Test
    void today_in_an_article_known_only_to_its_week_is_that_week() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement, published in the week of 7 September 2020
        String text = "Today the Belarusian people want justice, as well as free and fair elections.";

        List<Candidate> found = CandidateFinder.find(
                text,
                tagger.tag(text, LocalDate.of(2020, 9, 7)),
                LocalDate.of(2020, 9, 7),
                Granularity.WEEK,
                describer);

        assertThat(found)
                .extracting(Candidate::label, Candidate::precision)
                .containsExactly(tuple("7 September 2020 – 13 September 2020", Granularity.WEEK));
        assertThat(candidatesIn(text, LocalDate.of(2020, 9, 7)))
                .extracting(Candidate::label)
                .as("known to the day, today is that day")
                .containsExactly("7 September 2020");
    }

    @Test
    void bylines_copyright_notices_and_lines_of_dates_only_are_not_events() {
        String text = """
                By RFE/RL's Belarus Service September 03, 2020
                Copyright (c) 2020. RFE/RL, Inc.
                November 11 – November 17
                By the end of August troops had left Minsk.""";

        assertThat(candidatesIn(text))
                .extracting(c -> c.evidence().quote())
                .containsExactly("By the end of August troops had left Minsk.");
    }

    @Test
    void a_candidate_says_how_its_date_was_reached() {
        String text = "Lavrov met Makei in Moscow on September 2. The ministers met again on 4 May 2021.";

        assertThat(candidatesIn(text))
                .extracting(Candidate::origin)
                .containsExactly(DateOrigin.RESOLVED, DateOrigin.STATED);
    }

    @Test
    void the_lead_reported_as_news_is_dated_on_the_publication_day() {
        // rferl-russian-pm-in-minsk-2020-09-03
        String text = "MINSK -- Russian Prime Minister Mikhail Mishustin has arrived in Minsk for talks with "
                + "Belarusian leader Alyaksandr Lukashenka.";

        Candidate lead = candidatesIn(text).get(0);

        assertThat(lead.origin()).isEqualTo(DateOrigin.PUBLICATION);
        assertThat(lead.earliest()).isEqualTo(PUBLISHED);
        assertThat(lead.precision()).isEqualTo(Granularity.DAY);
        assertThat(lead.title())
                .isEqualTo("Mishustin arrives in Minsk for talks with Belarusian leader Alyaksandr Lukashenka");
    }

    @Test
    void an_undated_sentence_inherits_the_time_of_the_one_before_and_the_next_day_moves_it() {
        String text = "Lavrov met Makei in Moscow on September 1. Makei said the talks were useful. "
                + "The next day Makei flew back to Minsk.";

        assertThat(candidatesIn(text))
                .extracting(Candidate::origin, Candidate::earliest)
                .containsExactly(
                        tuple(DateOrigin.RESOLVED, LocalDate.of(2020, 9, 1)),
                        tuple(DateOrigin.INHERITED, LocalDate.of(2020, 9, 1)),
                        tuple(DateOrigin.INHERITED, LocalDate.of(2020, 9, 2)));
    }

    @Test
    void background_without_a_known_actor_or_a_new_paragraph_without_a_move_is_not_proposed() {
        String text = "Lavrov met Makei in Moscow on September 1.\nThe weather was cold. Lavrov had visited Minsk.";

        assertThat(candidatesIn(text)).hasSize(1);
    }

    @Test
    void a_paragraph_that_goes_on_about_the_person_named_last_keeps_the_story_time() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement: the meeting named in the opening is the event
        String text =
                "On September 2, Russian Foreign Minister Sergei Lavrov spoke out on the topic of Kiev's interference"
                        + " in Ukraine's affairs.\n\nAt a joint press conference with his Belarusian counterpart Vladimir Makei, he"
                        + " said that work was being carried out from the territory of Ukraine to \"provoke radical actions\" in"
                        + " Minsk.\n\n\"It is a provocation,\" he said.";

        assertThat(candidatesIn(text))
                .extracting(Candidate::origin, Candidate::earliest, Candidate::title)
                .containsExactly(
                        tuple(
                                DateOrigin.RESOLVED,
                                LocalDate.of(2020, 9, 2),
                                "Lavrov speaks out on the topic of Kiev's interference in Ukraine's affairs"),
                        tuple(DateOrigin.INHERITED, LocalDate.of(2020, 9, 2), "Lavrov and Makei hold talks"));
        assertThat(candidatesIn(text).get(1).actors()).contains("Sergei Lavrov", "Vladimir Makei");
    }

    @Test
    void a_statement_an_actor_made_on_an_occasion_is_news_of_the_publication_day_and_a_source_who_is_none_is_not() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement
        String text = "On September 2, Russian Foreign Minister Sergei Lavrov spoke out on the topic of Kiev's"
                + " interference in Ukraine's affairs.\n\nIn particular, in an interview with Russian journalists,"
                + " President of Belarus Alexander Lukashenko said that with the support of the United States, Ukraine,"
                + " along with other Eastern European states, is trying to destabilize the situation in the country.\n\n"
                + "In an interview with RT, Nikita Danyuk, deputy director of the RUDN Institute for Strategic Studies"
                + " and Forecasts, stressed that modern Ukraine is interested in \"exporting Maidan technologies.\"";

        assertThat(withCorpusActors(text, PUBLISHED))
                .extracting(Candidate::origin, Candidate::earliest, Candidate::title)
                .containsExactly(
                        tuple(
                                DateOrigin.RESOLVED,
                                LocalDate.of(2020, 9, 2),
                                "Lavrov speaks out on the topic of Kiev's interference in Ukraine's affairs"),
                        tuple(
                                DateOrigin.PUBLICATION,
                                PUBLISHED,
                                "Lukashenko says Ukraine is trying to destabilize the situation in the country"));
    }

    @Test
    void a_paragraph_that_quotes_again_a_person_the_sentence_before_named_keeps_its_time() {
        // tv3-neliupsiene-putin-does-not-want-such-an-example
        String text = "The question of establishing a Russian military base in exchange for support for Aliaksandr"
                + " Lukashenka was not discussed during the talks in Sochi, Dmitry Peskov, spokesman for Russian"
                + " President Vladimir Putin, said on Monday.\n\n“No, these statements have absolutely nothing to do"
                + " with reality, this issue has not been discussed,” Peskov told reporters in response to a question.";
        LocalDate published = LocalDate.of(2020, 9, 16);

        assertThat(withCorpusActors(text, published))
                .extracting(Candidate::origin, Candidate::earliest, Candidate::title)
                .containsExactly(
                        tuple(
                                DateOrigin.RESOLVED,
                                LocalDate.of(2020, 9, 14),
                                "The question of establishing a Russian military base is not discussed during the talks"
                                        + " in Sochi"),
                        tuple(
                                DateOrigin.INHERITED,
                                LocalDate.of(2020, 9, 14),
                                "Peskov says these statements have absolutely nothing to do with reality"));
    }

    @Test
    void a_statement_that_was_no_candidate_passes_on_no_time_to_the_next_paragraph() {
        // after APW20000401.0150, with the chronology's people: a statement after a paragraph about a year long past is
        // background, and so is the next one that quotes the same person
        String text = "The guerrilla fighters declared victory on Jan. 1, 1959 when the dictator fled the country.\n\n"
                + "Lukashenka said the younger generations have played a part in the battle.\n\nAs a father and the"
                + " grandfather of eight children, Lukashenka said he sympathized with the little boy's father.";

        assertThat(withCorpusActors(text, PUBLISHED))
                .extracting(Candidate::earliest)
                .containsExactly(LocalDate.of(1959, 1, 1));
    }

    @Test
    void each_date_of_a_sentence_is_proposed() {
        String text = "The talks on Tuesday prepared the 25 February elections, the minister said.";

        assertThat(candidatesIn(text))
                .extracting(Candidate::wording, Candidate::earliest)
                .containsExactly(
                        tuple("Tuesday", LocalDate.of(2020, 9, 1)), tuple("25 February", LocalDate.of(2020, 2, 25)));
    }

    @Test
    void copyright_lines_are_never_proposed_however_they_are_written() {
        String text = """
                (c) 2024 Example Wire.
                © 2023 Minsk Evening Courier. All rights reserved.
                Example Wire (c) 2024, all rights reserved.
                Copyright 2022 by the Union State Gazette.
                The copyright law was passed by parliament on 2 March 2021 after a long debate.""";

        assertThat(candidatesIn(text))
                .extracting(c -> c.evidence().quote())
                .containsExactly("The copyright law was passed by parliament on 2 March 2021 after a long debate.");
    }

    @Test
    void the_same_sentence_with_the_same_date_is_proposed_once() {
        String text = """
                Lavrov met Makei in Moscow on September 2, that is on 2 September.
                Lavrov met Makei in Moscow on September 2, that is on 2 September.""";

        assertThat(candidatesIn(text)).hasSize(1);
    }

    @Test
    void the_lead_is_found_below_a_pages_banners_and_headline() {
        // rferl-russian-pm-in-minsk-2020-09-03, as it was saved from the web page
        String text = """
                UNITED24 - Make a charitable donation in support of Ukraine!

                Weapons of Mass Destruction (WMD)

                [ rfe/rl banner ]

                Russian PM In Minsk As Belarus Looks To Ally For Help

                By RFE/RL's Belarus Service September 03, 2020

                MINSK -- Russian Prime Minister Mikhail Mishustin has arrived in Minsk as Belarus's beleaguered \
                authoritarian leader, Alyaksandr Lukashenka, pivots to Moscow to overcome weeks of protests.""";

        assertThat(candidatesIn(text)).singleElement().satisfies(lead -> {
            assertThat(lead.evidence().quote()).startsWith("MINSK -- Russian Prime Minister");
            assertThat(lead.origin()).isEqualTo(DateOrigin.PUBLICATION);
            assertThat(lead.earliest()).isEqualTo(PUBLISHED);
        });
        assertThat(CandidateFinder.isProse("Russian PM In Minsk As Belarus Looks To Ally For Help"))
                .isFalse();
        assertThat(CandidateFinder.isProse("Weapons of Mass Destruction (WMD)")).isFalse();
    }

    @Test
    void a_digests_period_heading_dates_the_events_of_its_undated_paragraphs() {
        // situation-in-belarus-2023-04-24-union-state-region, shortened
        String text = """
                April 24 – April 30, 2023

                From April 26th to 28th, a Belarusian government delegation paid a working visit to three Russian regions.

                While the Belarusian government was addressing business matters, Lukashenka immersed himself in \
                issues of cultural and historical policy.""";

        assertThat(candidatesIn(text, LocalDate.of(2023, 4, 24)))
                .extracting(
                        c -> c.evidence().quote().substring(0, 20),
                        Candidate::origin,
                        Candidate::earliest,
                        Candidate::latest)
                .containsExactly(
                        tuple(
                                "From April 26th to 2",
                                DateOrigin.RESOLVED,
                                LocalDate.of(2023, 4, 26),
                                LocalDate.of(2023, 4, 28)),
                        tuple(
                                "While the Belarusian",
                                DateOrigin.INHERITED,
                                LocalDate.of(2023, 4, 24),
                                LocalDate.of(2023, 4, 30)));
    }

    @Test
    void what_is_said_again_and_again_and_adjectives_in_ed_are_no_events() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19 and situation-in-belarus-2023-04-24-union-state-region
        String text = """
                Lukashenko met Putin in Minsk on September 2. Lukashenko also has repeatedly said he has no intention \
                of sending Belarusian troops into Ukraine. Belarusian officials report with unadulterated enthusiasm.""";

        assertThat(candidatesIn(text))
                .extracting(c -> c.evidence().quote())
                .containsExactly("Lukashenko met Putin in Minsk on September 2.");
    }

    @Test
    void the_lead_of_an_article_known_only_to_its_week_is_dated_to_that_week_not_to_a_day() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement: published in the week of 7 September 2020
        String text = "The Ukrainian ambassador to Minsk Igor Kizim in an interview with the Hromadske TV channel"
                + " expressed concern about the rapprochement between Russia and Belarus.";
        LocalDate week = LocalDate.of(2020, 9, 7);

        Candidate lead = CandidateFinder.find(text, tagger.tag(text, week), week, Granularity.WEEK, describer)
                .get(0);

        assertThat(lead.origin()).isEqualTo(DateOrigin.PUBLICATION);
        assertThat(lead.precision()).isEqualTo(Granularity.WEEK);
        assertThat(lead.earliest()).isEqualTo(LocalDate.of(2020, 9, 7));
        assertThat(lead.latest()).isEqualTo(LocalDate.of(2020, 9, 13));
        assertThat(lead.label()).isEqualTo("7 September 2020 – 13 September 2020");
    }

    @Test
    void a_time_of_day_dates_its_sentence_on_the_day_the_story_has_reached() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19, shortened
        String text = """
                Russian President Vladimir Putin arrived in Minsk on Dec. 19 for a one-day working visit.

                At midday, Lavrov preceded Putin in Minsk, where he was reportedly greeted by his Belarusian \
                counterpart.""";

        assertThat(candidatesIn(text, LocalDate.of(2022, 12, 19)))
                .filteredOn(c -> c.evidence().quote().startsWith("At midday"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.earliest()).isEqualTo(LocalDate.of(2022, 12, 19));
                    assertThat(c.latest()).isEqualTo(LocalDate.of(2022, 12, 19));
                    assertThat(c.title()).startsWith("Lavrov precedes Putin in Minsk");
                });
    }
}
