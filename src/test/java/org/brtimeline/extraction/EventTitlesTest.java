package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.extraction.Describers.datesIn;
import static org.brtimeline.extraction.Describers.describe;
import static org.brtimeline.extraction.Describers.span;
import static org.brtimeline.extraction.Describers.titleFor;
import static org.brtimeline.extraction.Describers.wireTitle;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Who does what": the main verb of a sentence and what it tells ({@link EventTitles}). */
class EventTitlesTest {

    private final EventDescriber describer = Describers.corpus();
    private final EventDescriber wire = Describers.wire();

    @Test
    void a_title_keeps_the_negation_of_its_verb() {
        // tv3-neliupsiene-putin-does-not-want-such-an-example
        String notDiscussed = describe(
                        "The question of establishing a Russian military base in exchange for support for"
                                + " Aliaksandr Lukashenko was not discussed during the talks in Sochi, Dmitry Peskov said.")
                .title();
        assertThat(notDiscussed).contains("is not discussed during the talks");

        assertThat(describe("Until Thursday, the police had not called Kopp a suspect.")
                        .title())
                .isEqualTo("The police have not called Kopp a suspect");
        assertThat(describe("That has not yet been confirmed from Belgrade, the capital of Serbia.")
                        .title())
                .isEqualTo("That is not yet confirmed from Belgrade");
    }

    @Test
    void a_present_verb_after_an_adverb_is_the_main_verb_and_a_title_does_not_split_a_name() {
        EventDescriber knowingTheMinistry = new EventDescriber(
                List.of(new KnownActor(
                        "Ukrainian Foreign Ministry",
                        "ORGANISATION",
                        List.of("Ministry of Foreign Affairs of Ukraine"))),
                Gazetteer.instance());
        // rt-kiev-worried-by-minsk-moscow-rapprochement
        String statement = "The statement of the Ministry of Foreign Affairs of Ukraine on August 15 directly states"
                + " that Kiev adheres to the political line of the European Union.";
        int[] august15 = span(statement, "August 15");
        assertThat(knowingTheMinistry.describe(statement, List.of(august15)).title())
                .as("a whole clause a little over the limit, not cut inside the name 'European Union'")
                .isEqualTo("Ukrainian Foreign Ministry states that Kiev adheres to the political line of the European"
                        + " Union");
    }

    @Test
    void after_the_clause_s_own_was_or_were_an_ed_word_describes_a_noun_and_is_no_verb() {
        // TimeBank AP900815-0044
        assertThat(describe("Nearly 9,000 Soviets were among the hundreds of thousands of foreigners trapped in Iraq"
                                + " and Kuwait.")
                        .title())
                .isEqualTo("Nearly 9,000 Soviets are among the hundreds of thousands of foreigners trapped in Iraq and"
                        + " Kuwait");
        assertThat(describe("Kopp, who was from Vermont, indicted the doctor.").title())
                .as("a 'was' of a relative clause is not the clause's own")
                .startsWith("Kopp indicts");
    }

    @Test
    void the_verb_of_a_relative_clause_between_commas_is_not_the_sentence_s_verb() {
        // TimeBank wsj_0751
        assertThat(describe("Starpointe holders, who approved the plan last April, will receive $21 in cash a share,"
                                + " or a total $63 million.")
                        .title())
                .isEqualTo("Starpointe holders will receive $21 in cash a share");
        // AQUAINT NYT20000224.0173
        String delfin = "Her brother Delfin, who was imprisoned as an anti-Castro activist in the 1960s, followed in"
                + " 1979.";
        assertThat(titleFor(delfin, "1979", "the 1960s", "1979")).isEqualTo("Her brother Delfin follows");
    }

    @Test
    void a_participle_after_a_comma_that_follows_a_clause_tells_what_was_done_to_its_subject() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement
        String sentence = "* \"Right Sector\" is a Ukrainian association of radical nationalist organizations,"
                + " recognized as extremist and banned on the territory of Russia (decision of the Supreme Court of"
                + " the Russian Federation of 11/17/2014).";
        EventDescriber knowingRightSector = new EventDescriber(
                List.of(new KnownActor("Right Sector", "ORGANISATION", List.of())), Gazetteer.instance());

        assertThat(knowingRightSector
                        .describe(sentence, datesIn(sentence, "11/17/2014"))
                        .title())
                .isEqualTo("Right Sector is recognized as extremist and banned on the territory of Russia");
        assertThat(describe("We will not go over a certain level, said David N. McCammon.")
                        .title())
                .as("a speaker after what was said is no participle")
                .doesNotContain("is said");
    }

    @Test
    void what_was_still_to_come_when_reported_is_to_come_in_the_title() {
        // rferl-russian-pm-in-minsk-2020-09-03
        String sentence = "Volha Kovalkova and Syarhey Dyleuski, who is also a strike organizer, were to be released"
                + " from detention on September 3 after serving 10 days in jail on a similar charge.";
        EventDescriber describer = new EventDescriber(
                List.of(
                        new KnownActor("Volha Kovalkova", "PERSON", List.of("Kovalkova")),
                        new KnownActor("Syarhey Dyleuski", "PERSON", List.of("Dyleuski"))),
                Gazetteer.instance());

        assertThat(describer
                        .describe(sentence, datesIn(sentence, "on September 3"))
                        .title())
                .isEqualTo("Kovalkova and Dyleuski are to be released from detention");
    }

    @Test
    void what_there_was_is_the_headline_of_a_sentence_that_says_there_was_something() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement
        String sentence = "For more than a month there have been unprecedented protests in Belarus over the"
                + " presidential elections on August 9, which were declared won by Lukashenka.";
        int month = sentence.indexOf("more than a month");
        int august = sentence.indexOf("August 9");

        assertThat(describer
                        .describe(sentence, List.of(new int[] {month, month + "more than a month".length()}, new int[] {
                            august, august + "August 9".length()
                        }))
                        .title())
                .isEqualTo("Unprecedented protests in Belarus over the presidential elections");
    }

    @Test
    void a_passive_keeps_its_adverbs_out_and_a_plural_subject_takes_a_plural_verb() {
        // situation-in-belarus-2023-04-24-union-state-region and epoch-times-putin-arrives-in-minsk-2022-12-19
        String involved = describe("Vladimir Putin (who was banned from entering Moldova) is also actively involved"
                        + " in issues of historical politics.")
                .title();
        String raised = describe("Nevertheless, alarm bells were raised, when Moscow dispatched thousands of troops.")
                .title();

        assertThat(involved).isEqualTo("Putin is involved in issues of historical politics");
        assertThat(raised).startsWith("Alarm bells are raised").doesNotContain(" ,");
    }

    @Test
    void a_participle_after_to_be_is_not_the_main_verb() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement
        String title = describe("Kiev does not want the revolution to be perceived as a failed experiment.")
                .title();

        assertThat(title).doesNotContain("perceives").contains("to be perceived");
    }

    @Test
    void reported_with_an_object_is_the_verb_but_what_an_agency_reported_that_happened_is_the_news() {
        // wsj_0160 (Savin), rferl-russian-pm-in-minsk-2020-09-03
        assertThat(wireTitle("Savin Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a share,"
                        + " compared with year-earlier profit of $3.8 million."))
                .isEqualTo("Savin Corp. reports a third-quarter net loss of $35.2 million");
        assertThat(describe("The official BelTa news agency reported that Lukashenka had appointed new heads for the"
                                + " country's KGB security service.")
                        .title())
                .startsWith("Lukashenko");
        assertThat(describe("The reported death of the commander shocked the country.")
                        .title())
                .startsWith("The reported death");
    }

    @Test
    void an_ed_word_after_a_preposition_describes_a_noun() {
        // APW19980219.0476
        assertThat(wireTitle("Gen. Nhek Bunchhay, a loyalist of ousted Cambodian Prime Minister Prince Norodom"
                        + " Ranariddh, said in an interview that he had sent the team."))
                .doesNotContain("ousts")
                .startsWith("Gen. Nhek Bunchhay says");
    }

    @Test
    void a_modal_keeps_its_verb_and_which_refers_to_the_noun_phrase_before_it() {
        // PRI19980303.2000.2550, AQUAINT APW19990607.0041
        String board = "Tomorrow the board of supervisors of Loudon county, Virginia, will vote on whether a school"
                + " can relocate to their county.";
        assertThat(wire.describe(board, List.of(new int[] {0, "Tomorrow".length()}))
                        .title())
                .isEqualTo("The board of supervisors of Loudon county will vote on whether a school can relocate to"
                        + " their county");
        assertThat(wireTitle("Bin Laden and Kopp are the 455th and 456th persons to be placed on the FBI's most"
                        + " wanted list, which began in 1950."))
                .startsWith("The FBI's most wanted list begins");
    }

    @Test
    void a_verb_after_because_is_no_main_verb_and_reported_with_a_noun_after_it_is_one() {
        // TimeBank wsj_0176 (the GNP report), wsj_0575 (Control Data), wsj_1013-style Gulf war copy
        assertThat(wireTitle(
                        "The slowdown raises questions about the economy's strength because spending fueled much of"
                                + " the third-quarter GNP growth.",
                        "third-quarter"))
                .isEqualTo("The slowdown raises questions about the economy's strength");
        assertThat(wireTitle(
                        "Last week Control Data reported third-quarter earnings of $9.8 million, or 23 cents a share,"
                                + " on revenue of $763 million.",
                        "Last week",
                        "third-quarter"))
                .isEqualTo("Control Data reports earnings of $9.8 million");
        assertThat(wireTitle("But even continued military success carries political and diplomatic risks for President"
                        + " Bush."))
                .contains("continued military success carries");
    }

    @Test
    void a_participle_between_commas_describes_the_subject_and_compared_with_after_a_clause_is_no_verb() {
        // TimeBank wsj_0904 (Sony), wsj_0574 (Sun), wsj_0583 (EDS), wsj_0726 (Society Corp.)
        assertThat(wireTitle(
                        "Sony Columbia Acquisition Corp., formed for the Columbia deal, will formally take ownership"
                                + " of the movie studio later this month, a spokesman said.",
                        "later this month"))
                .isEqualTo("Sony Columbia Acquisition Corp. will formally take ownership of the movie studio");
        assertThat(wireTitle(
                        "One of those new computers, called Sparcstation 1, accounted for nearly half of the 28,000"
                                + " systems Sun shipped in the quarter, he said.",
                        "the quarter"))
                .startsWith("One of those new computers accounts for nearly half");
        assertThat(wireTitle(
                        "Revenue from non-GM accounts was 45% of EDS's total business in the latest nine months,"
                                + " compared with 40% a year earlier.",
                        "the latest nine months", "a year earlier"))
                .isEqualTo("Revenue from non-GM accounts was 45% of EDS's total business");
        assertThat(wireTitle(
                        "Society Corp., which is also a bank, agreed in June to buy Trustcorp for 12.4 million shares"
                                + " of stock with a market value of about $450 million.",
                        "June"))
                .startsWith("Society Corp. agrees to buy Trustcorp");
        assertThat(wireTitle(
                        "The stock split, which is subject to holder approval, would be paid on a still unspecified"
                                + " date in January to holders of record Dec. 21.",
                        "January",
                        "Dec. 21"))
                .contains("on a still unspecified date");
    }

    @Test
    void he_after_a_main_clause_and_its_conjunction_is_the_main_clause_s_subject() {
        // TimeBank APW19980219.0476; the Britain of "Britain-based" does not act
        String sentence = "Howes had been working for the Britain-based Mines Advisory Group when he was abducted with"
                + " his Cambodian interpreter Houn Hourth in March 1996.";
        EventDescriber withBritain = new EventDescriber(
                List.of(new KnownActor("United Kingdom", "STATE", List.of("Britain", "British"))),
                Gazetteer.instance());

        assertThat(withBritain
                        .describe(sentence, List.of(Describers.span(sentence, "March 1996")))
                        .title())
                .isEqualTo("Howes is abducted with his Cambodian interpreter Houn Hourth");
    }

    @Test
    void a_participle_after_having_been_or_become_is_no_main_verb() {
        // TimeBank wsj_0568
        assertThat(wireTitle(
                        "Securities analysts were even more cautious, having been burned repeatedly on Unisys"
                                + " this year.",
                        "this year"))
                .isEqualTo("Securities analysts were even more cautious");
    }

    @Test
    void an_ed_word_in_a_phrase_an_ing_word_opens_is_no_main_verb() {
        // TimeBank WSJ910225-0066
        assertThat(wireTitle("The U.S. hopes its troops will drive Iraqi forces out of Kuwait quickly, leaving much of"
                        + " Iraq's offensive military equipment destroyed or abandoned in Kuwait."))
                .isEqualTo("The U.S. hopes its troops will drive Iraqi forces out of Kuwait quickly");
    }
}
