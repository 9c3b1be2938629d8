package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.extraction.Describers.datesIn;
import static org.brtimeline.extraction.Describers.describe;
import static org.brtimeline.extraction.Describers.span;
import static org.brtimeline.extraction.Describers.titleFor;
import static org.brtimeline.extraction.Describers.wireTitle;
import static org.brtimeline.extraction.Describers.withPeople;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles fitted to the chronology's length ({@link TitleFit}): where a long title is cut, and what it does without. */
class TitleFitTest {

    @Test
    void a_long_title_is_cut_at_a_word_without_a_dangling_word_or_ellipsis() {
        String title = describe("Kuleba said that Kiev had frozen all contacts with Minsk and with the Belarusian"
                        + " authorities and with every one of their agencies and representatives in the whole region"
                        + " of the country.")
                .title();

        assertThat(title.length()).isLessThanOrEqualTo(TitleFit.LONGEST_TITLE);
        assertThat(title)
                .doesNotEndWith("…")
                .doesNotEndWith(" and")
                .doesNotEndWith(" the")
                .startsWith("Kuleba says");
    }

    @Test
    void a_cut_title_ends_before_a_clause_whose_verb_it_cut_off() {
        // rferl-russian-pm-in-minsk-2020-09-03
        assertThat(describe(
                                "MINSK -- Russian Prime Minister Mikhail Mishustin has arrived in Minsk as Belarus's"
                                        + " beleaguered authoritarian leader, Alyaksandr Lukashenka, pivots to Moscow to overcome"
                                        + " weeks of protests and international isolation over an election widely viewed as rigged.")
                        .title())
                .isEqualTo("Russian Prime Minister Mishustin arrives in Minsk");
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        assertThat(describe("Earlier this month, Lukashenko dismissed critics’ claims that the Union State Treaty with"
                                + " Russia represented a threat to Belarusian sovereignty.")
                        .title())
                .isEqualTo("Lukashenko dismisses critics’ claims");
        // a preposition, not a clause: nothing of it is cut
        assertThat(describe("Lavrov was appointed as foreign minister, replacing Igor Ivanov, who had held the post"
                                + " since 1998.")
                        .title())
                .startsWith("Lavrov is appointed as foreign minister");
        // a clause whose verb the title keeps: "we accept"
        assertThat(describe("Lukashenka said it was symbolic that we accept the guarantee here, in Minsk, on the"
                                + " anniversary of the treaty.")
                        .title())
                .contains("that we accept the guarantee");
    }

    @Test
    void a_long_title_names_its_speaker_without_the_title_before_cutting_what_was_said() {
        // rferl-russian-pm-in-minsk-2020-09-03
        String sentence = "Secretary of State Mike Pompeo said on September 2 that the United States was demanding an"
                + " immediate end to the violent crackdown by Belarus's government on opposition supporters and was in"
                + " consultation with its transatlantic partners over a response.";

        assertThat(withPeople("Mike Pompeo", "Pompeo")
                        .describe(sentence, datesIn(sentence, "September 2"))
                        .title())
                .isEqualTo("Pompeo says the United States was demanding an immediate end to the violent crackdown");
    }

    @Test
    void a_long_title_ends_before_an_adjunct_of_purpose_or_time_rather_than_inside_it() {
        // rferl-russian-pm-in-minsk-2020-09-03
        String sentence = "Meanwhile, the Interior Ministry said that 24 people were detained the previous day for"
                + " taking part in unregistered protests across the country.";

        EventDescriber withMinistry = new EventDescriber(
                List.of(new KnownActor("Belarusian Interior Ministry", "ORGANISATION", List.of("Interior Ministry"))),
                Gazetteer.instance());

        assertThat(withMinistry
                        .describe(sentence, datesIn(sentence, "the previous day"))
                        .title())
                .isEqualTo("Belarusian Interior Ministry says 24 people were detained");
    }

    @Test
    void a_cut_title_never_ends_on_an_auxiliary_a_possessive_or_a_subject_pronoun() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        String sentence = "On Dec. 18, Ukrainian President Volodymyr Zelenskyy said the defense of Ukraine’s borders"
                + " with both Russia and Belarus “is our constant priority.”";

        String title = withPeople("Volodymyr Zelensky", "Zelenskyy")
                .describe(sentence, datesIn(sentence, "Dec. 18"))
                .title();

        assertThat(title)
                .as("a whole clause a little over the limit is kept whole rather than cut before its predicate")
                .isEqualTo("Zelensky says the defense of Ukraine’s borders with both Russia and Belarus is our constant"
                        + " priority");
        assertThat(title.substring(title.lastIndexOf(' ') + 1)).isNotIn("is", "our", "will", "he", "they");
    }

    @Test
    void a_long_title_does_without_an_aside_between_dashes_before_it_is_cut() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        String sentence = "Nevertheless, alarm bells were raised in mid-October, when Moscow dispatched thousands of"
                + " troops—and substantial amounts of military hardware—to Belarusian territory.";

        assertThat(titleFor(sentence, "mid-October", "mid-October"))
                .isEqualTo("Moscow dispatches thousands of troops to Belarusian territory");
    }

    @Test
    void a_title_cut_at_a_word_ends_before_a_preposition_rather_than_inside_a_noun_phrase() {
        // TimeBank AP900815-0044 and APW19980626.0364
        String quarantine = "President Bush on Tuesday said the United States may extend its naval quarantine to"
                + " Jordan's Red Sea port of Aqaba to shut off Iraq's last unhindered trade route.";
        String vote = "The extremist party recently took a surprising 13 percent of the vote in elections in a"
                + " depressed eastern German state, and hopes to win its first seats in the federal parliament this"
                + " September.";

        assertThat(describe(quarantine, datesIn(quarantine, "Tuesday")).title())
                .isEqualTo("President Bush says the United States may extend its naval quarantine");
        assertThat(describe(vote, List.of(span(vote, "recently"), span(vote, "this September")))
                        .title())
                .as("not '… in elections in a depressed'")
                .isEqualTo("The extremist party takes a surprising 13 percent of the vote in elections");
    }

    @Test
    void a_long_title_ends_where_a_clause_or_phrase_ends_not_in_the_middle_of_one() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        assertThat(describe("Russian President Vladimir Putin arrived in Minsk, Belarus, on Dec. 19 for a one-day"
                                + " working visit, during which he's slated to hold talks with his Belarusian"
                                + " counterpart, Alexander Lukashenko.")
                        .title())
                .isEqualTo("Russian President Putin arrives in Minsk, Belarus, on Dec. 19 for a one-day working visit");
        assertThat(describe("The Russia–Belarus Union State Treaty was signed in 1999 with the aim of strengthening"
                                + " economic and defense ties between the two neighbors.")
                        .title())
                .isEqualTo("The Russia–Belarus Union State Treaty is signed in 1999");
    }

    @Test
    void a_clause_its_date_left_with_a_verb_alone_is_left_out() {
        // NYT19980206.0460: "that began last fall" without its date
        String jobs = "The job figures for January extended a surge in employment gains that began last fall.";
        assertThat(describe(jobs, List.of(span(jobs, "January"), span(jobs, "last fall")))
                        .title())
                .isEqualTo("The job figures extend a surge in employment gains");
    }

    @Test
    void a_long_title_is_never_cut_between_its_subject_and_its_verb() {
        // wsj_0928
        assertThat(wireTitle("In a statement, Scott McNealy, Sun's chief executive officer, said the company's"
                        + " performance was hampered by problems tied to the introduction of a major new family of"
                        + " computers in April."))
                .startsWith("Scott McNealy, Sun's chief executive officer, says the company's performance");
    }

    @Test
    void what_an_apposition_says_of_the_name_that_ends_a_title_is_left_out() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19, without its date
        assertThat(describe("The Russian president last visited Belarus, a close ally of Moscow.")
                        .title())
                .isEqualTo("The Russian president last visits Belarus");
    }

    @Test
    void the_first_name_of_a_list_is_no_opening_phrase_and_a_long_title_drops_a_relative_clause_first() {
        // TimeBank AP900816-0139, AQUAINT APW19980818.0515
        assertThat(wireTitle("Egypt, Syria, Morocco and Bangladesh also committed ground troops, to a much lesser"
                        + " degree."))
                .startsWith("Egypt, Syria, Morocco and Bangladesh commit ground troops");
        assertThat(wireTitle(
                        "Contrary to other reports, the FBI and Kenyan police said Monday that a suspect who was"
                                + " returned from Pakistan had not admitted any role in the crimes or implicated anyone else after"
                                + " three days of questioning.",
                        "Monday"))
                .startsWith("The FBI and Kenyan police say that a suspect had not admitted any role in the crimes");
    }

    @Test
    void a_title_does_not_end_on_a_preposition_its_dates_left_behind() {
        // AQUAINT APW20000107.0088 (Elian Gonzalez)
        assertThat(wireTitle(
                        "``This gives him the protection that he will not be repatriated to Cuba between now and"
                                + " Feb. 10.''",
                        "now",
                        "Feb. 10"))
                .endsWith("will not be repatriated to Cuba");
    }

    @Test
    void the_commas_around_a_state_after_its_city_cut_no_title() {
        // TimeBank wsj_0471, wsj_1039; AQUAINT's Rudolph stories
        assertThat(wireTitle(
                        "DPC last week launched a new, $10-a-share offer for the Woodland Hills, Calif.-based"
                                + " computer printer maker.",
                        "last week"))
                .isEqualTo("DPC launches a new, $10-a-share offer for the Woodland Hills, Calif.-based computer printer"
                        + " maker");
        assertThat(wireTitle(
                        "Jay Stevens, an analyst with Dean Witter Reynolds, said he expected the Sunnyvale, Calif.,"
                                + " company to earn 35 cents a share for the quarter and said the firm's weaker profit was partly"
                                + " the result of increased competition.",
                        "the quarter"))
                .isEqualTo("Jay Stevens says he expected the Sunnyvale, Calif., company to earn 35 cents a share");
        assertThat(wireTitle(
                        "Eric Rudolph has been on the run since the January 1998 bombing of a Birmingham, Ala.,"
                                + " abortion clinic.",
                        "January 1998"))
                .doesNotEndWith("Ala");
    }

    @Test
    void a_title_ends_neither_with_a_conjunction_nor_without_a_state_s_full_stop() {
        // AQUAINT NYT20000414.0296
        assertThat(TitleFit.fit("Juan Miguel Gonzalez, is controlled by the Cuban government even though", List.of()))
                .isEqualTo("Juan Miguel Gonzalez, is controlled by the Cuban government");
        assertThat(TitleFit.fit(
                        "Dr. Barnett Slepian is gunned down by sniper fire in his home outside Buffalo, N.Y.",
                        List.of()))
                .endsWith("Buffalo, N.Y.");
    }
}
