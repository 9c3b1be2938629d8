package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.extraction.Describers.describe;
import static org.brtimeline.extraction.Describers.span;
import static org.brtimeline.extraction.Describers.wireTitle;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A title's subject as the chronology writes it ({@link Subjects}). */
class SubjectsTest {

    private final EventDescriber wire = Describers.wire();

    @Test
    void actors_named_only_in_what_modifies_the_subject_do_not_act() {
        // rferl-russian-pm-in-minsk-2020-09-03
        assertThat(describe("Unprecedented protests against Lukashenka since the vote are being closely watched in"
                                + " Russia.")
                        .title())
                .isEqualTo("Unprecedented protests are watched in Russia");
        // tv3-neliupsiene-putin-does-not-want-such-an-example: "Russian" before a noun is no actor that acts
        assertThat(describe(
                                "The question of establishing a Russian military base in exchange for support for"
                                        + " Aliaksandr Lukashenko was not discussed during the talks in Sochi, Dmitry Peskov said.")
                        .title())
                .startsWith("The question of establishing a Russian military base is not discussed");
        // situation-in-belarus-2023-04-24-union-state-region
        assertThat(describe("A Belarusian government delegation headed by Prime Minister Roman Golovchenko paid a"
                                + " working visit to three Russian regions.")
                        .title())
                .isEqualTo("A Belarusian government delegation pays a working visit to three Russian regions");
        assertThat(describe("Russian Prime Minister Mikhail Mishustin's long-awaited visit to Minsk was welcomed by"
                                + " the government.")
                        .title())
                .as("an actor in the head still acts")
                .startsWith("Mishustin");
    }

    @Test
    void what_commas_enclose_after_a_subject_describes_it_and_a_title_never_opens_with_who_or_which() {
        assertThat(describe("Kopp, who is from Vermont, was indicted in the shooting death of Dr. Slepian.")
                        .title())
                .isEqualTo("Kopp is indicted in the shooting death of Dr. Slepian");
        assertThat(describe("Society Corp., which is also a bank, agreed to buy Trustcorp for 12.4 million shares.")
                        .title())
                .isEqualTo("Society Corp. agrees to buy Trustcorp for 12.4 million shares");
        assertThat(describe("Belaruskali, which has 45 mines and $12.5 billion in assets, said it was cutting"
                                + " output.")
                        .title())
                .doesNotStartWith("Which");
    }

    @Test
    void the_subject_of_a_relative_clause_is_whom_it_refers_to() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        EventDescriber knowingAleinik = new EventDescriber(
                List.of(
                        new KnownActor("Sergei Lavrov", "PERSON", List.of("Lavrov")),
                        new KnownActor("Sergei Aleinik", "PERSON", List.of("Aleinik"))),
                Gazetteer.instance());
        String appointed = knowingAleinik
                .describe(
                        "It was Lavrov’s first meeting with Aleinik, who was appointed last week following the"
                                + " unexpected death of his predecessor, Vladimir Makei, in late November.",
                        List.of())
                .title();
        assertThat(appointed).startsWith("Aleinik is appointed");
    }

    @Test
    void a_long_subject_without_actors_is_cut_to_its_head_and_a_participle_between_commas_is_no_verb() {
        // situation-in-belarus-2023-04-24-union-state-region
        String instructions = describe(
                        "The “list of instructions following the [February 2nd ] meeting with"
                                + " representatives of public patriotic and youth organisations”, published on April 27th,"
                                + " includes plans to create museums dedicated to the war with Ukraine.",
                        List.of(new int[] {41, 53}, new int[] {144, 154}))
                .title();
        assertThat(instructions).startsWith("The list of instructions includes plans to create museums dedicated");

        assertThat(describe("A Brooklyn woman who was watching her clothes dry in a laundromat was killed.")
                        .title())
                .isEqualTo("A Brooklyn woman is killed");
        assertThat(describe("Elian has been the focus of an international custody battle since he was found.")
                        .title())
                .as("a subject with a verb of its own is no noun phrase to cut")
                .doesNotContain("battle is found");
    }

    @Test
    void the_subject_keeps_its_title_and_the_verb_turns_to_the_present() {
        // rferl-russian-pm-in-minsk-2020-09-03
        EventDescriber.Description lead = describe(
                "MINSK -- Russian Prime Minister Mikhail Mishustin has arrived in Minsk for talks with Belarusian"
                        + " leader Alyaksandr Lukashenka.");

        assertThat(lead.title())
                .isEqualTo("Mishustin arrives in Minsk for talks with Belarusian leader Alyaksandr Lukashenka");
        assertThat(lead.places()).containsExactly("Minsk");
        assertThat(lead.category()).isEqualTo("DIPLOMACY");
    }

    @Test
    void a_name_and_what_it_is_before_the_verb_is_the_subject_and_a_source_named_by_its_kind_is_no_speaker() {
        // wsj_0027, wsj_0575, wsj_0263
        assertThat(wireTitle("Mr. Stronach, founder and controlling shareholder of Magna, resigned as chief executive"
                        + " officer to seek a seat in Canada's Parliament."))
                .startsWith("Mr. Stronach resigns as chief executive officer");
        assertThat(wireTitle("James E. Ousley, computer products group president, said such arrangements could help"
                        + " slash costs."))
                .isEqualTo("James E. Ousley says such arrangements could help slash costs");
        assertThat(wireTitle("The split and quarterly dividend will be payable Jan. 3 to stock of record Nov. 16, the"
                        + " company said."))
                .isEqualTo("The split and quarterly dividend will be payable Jan. 3 to stock of record Nov. 16");
    }

    @Test
    void what_commas_say_of_a_subject_s_head_is_left_out_and_its_head_gives_the_verb_its_number() {
        // AP900816-0139, APW19980301.0720
        String trucks =
                "A day earlier, scores of trucks, many with Iraqi license plates, streamed north out of Aqaba to"
                        + " Amman.";
        assertThat(wire.describe(trucks, List.of(span(trucks, "A day earlier"))).title())
                .isEqualTo("Scores of trucks stream north out of Aqaba to Amman");
        assertThat(wireTitle("Two top aides to Netanyahu left for Europe on Saturday."))
                .startsWith("Two top aides to Netanyahu leave for Europe");
        assertThat(wireTitle("An American leader of a U.N. weapons inspection team resumed work in Iraq."))
                .endsWith("resumes work in Iraq");
    }

    @Test
    void a_subject_is_told_from_its_apposition_its_also_its_dateline_and_a_clause_before_it() {
        // wsj_1039, APW19980213.1380's dateline, AP900815-0044, APW19980219.0476
        assertThat(wireTitle("Jay Stevens, an analyst with Dean Witter Reynolds, said he expected the Sunnyvale"
                        + " company to report a loss."))
                .startsWith("Jay Stevens says he expected");
        assertThat(wireTitle("CAGUAS, Puerto Rico (AP)_ Kidnappers kept their promise to kill a store owner they took"
                        + " hostage and police found the man's body."))
                .startsWith("Kidnappers keep their promise to kill a store owner");
        assertThat(wireTitle("Soviet officials also said Soviet women, children and invalids would be allowed to"
                        + " leave Iraq."))
                .startsWith("Soviet officials say Soviet women");
        assertThat(wireTitle("The remaining leadership had a falling out, and Pol Pot was arrested."))
                .isEqualTo("Pol Pot is arrested");
    }

    @Test
    void what_was_said_or_reported_to_be_so_has_a_subject_of_its_own_and_so_opens_no_subject() {
        // TimeBank wsj_1013-style Gulf war copy and AP900816-0139
        assertThat(wireTitle(
                        "U.S. and Kuwaiti officials say there are reports that large numbers of civilians from Kuwait"
                                + " City are being rounded up and held by Iraqi troops, apparently either for use as human shields"
                                + " or for use later in bargaining once the war is over."))
                .startsWith("Large numbers of civilians from Kuwait City are rounded up and held by Iraqi troops");
        String saddam =
                "So Saddam Hussein on Friday tried to scare other Arab leaders into supporting him by calling on"
                        + " Arabs to rise up in a holy war.";
        assertThat(wireTitle(saddam, "Friday")).startsWith("Hussein tries to scare other Arab leaders");
    }

    @Test
    void a_name_and_a_possessive_apposition_is_the_name() {
        // TimeBank AP900815-0044
        String hassan = "Crown Prince Hassan, King Hussein's brother and political adviser, was asked today about the"
                + " message the king was said to be carrying.";
        assertThat(wireTitle(hassan, "today"))
                .isEqualTo("Crown Prince Hassan is asked about the message the king was said to be carrying");
    }

    @Test
    void a_second_verb_phrase_has_the_subject_of_the_first() {
        // AQUAINT NYT19981106.0491 (Kopp), TimeBank wsj_0768 (Ocean Drilling), AP900816-0139
        String investigators =
                "Investigators would not divulge the evidence against Kopp but said last month's discovery"
                        + " of a scope-equipped rifle buried near the Slepian home represented a major breakthrough.";
        assertThat(wireTitle(investigators, "last month")).startsWith("Investigators say discovery");
        String drilling =
                "Ocean Drilling amp Exploration Co. will sell its contract-drilling business, and took a $50.9"
                        + " million loss from discontinued operations in the third quarter because of the planned sale.";
        assertThat(wireTitle(drilling, "the third quarter"))
                .startsWith("Ocean Drilling amp Exploration Co. takes a $50.9 million loss");
        assertThat(wireTitle(
                        "Worries however grew about the safety of Americans and other Westerners trapped in Kuwait."))
                .isEqualTo("Worries grow about the safety of Americans and other Westerners trapped in Kuwait");
    }
}
