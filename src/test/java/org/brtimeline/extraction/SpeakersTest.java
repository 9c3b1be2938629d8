package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.extraction.Describers.datesIn;
import static org.brtimeline.extraction.Describers.describe;
import static org.brtimeline.extraction.Describers.wireTitle;
import static org.brtimeline.extraction.Describers.withPeople;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who says what a sentence reports ({@link Speakers}): real sentences of the corpus articles and of TimeBank and AQUAINT news. */
class SpeakersTest {

    private final EventDescriber describer = Describers.corpus();
    private final EventDescriber wire = Describers.wire();

    @Test
    void a_speaker_says_what_the_sentence_reports_in_a_short_title() {
        // tv3-neliupsiene-putin-does-not-want-such-an-example
        EventDescriber.Description said = describe("Tsikhanouskaya said deploying Russian forces in her country"
                + " would be a mistake, and called on Moscow to respect the will of the people.");

        assertThat(said.title())
                .isEqualTo("Tsikhanouskaya says deploying Russian forces in her country would be a mistake");
        assertThat(said.title().length()).isLessThanOrEqualTo(TitleFit.LONGEST_TITLE);
        assertThat(said.actors()).containsExactly("Svyatlana Tsikhanouskaya", "Russia");
    }

    @Test
    void where_a_speaker_said_it_is_left_out_and_a_long_title_ends_before_its_condition() {
        // rferl-russian-pm-in-minsk-2020-09-03
        String sentence = "George Kent, U.S. deputy assistant secretary overseeing policy toward Belarus at the State"
                + " Department, said at a conference in Washington on September 2 that the United States and its"
                + " allies would have a tough response if Russia intervened in Belarus.";

        assertThat(withPeople("George Kent", "Kent")
                        .describe(sentence, datesIn(sentence, "September 2"))
                        .title())
                .isEqualTo("Kent says the United States and its allies would have a tough response");
    }

    @Test
    void what_opens_what_was_said_and_an_aside_after_its_subject_are_left_out() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement
        assertThat(describe("In particular, in an interview with Russian journalists, President of Belarus Alexander"
                                + " Lukashenko said that with the support of the United States, Ukraine, along with other"
                                + " Eastern European states, is trying to destabilize the situation in the country.")
                        .title())
                .isEqualTo("Lukashenko says Ukraine is trying to destabilize the situation in the country");
    }

    @Test
    void a_quotation_said_somewhere_or_to_someone_is_what_was_said() {
        // XIE19980814.0294, APW20000401.0150 (with the chronology's people in place of Clinton and Castro)
        assertThat(describe("\"No matter what it takes, we must find those responsible for these evil acts and see that"
                                + " justice is done,\" Lukashenka said at the ceremony marking the return of remains of"
                                + " Belarusians who were killed in the bombing.")
                        .title())
                .isEqualTo(
                        "Lukashenko says we must find those responsible for these evil acts and see that justice is done");
        assertThat(describe("''And our struggle will not end with the return of Elian,'' added Putin.")
                        .title())
                .isEqualTo("Putin says our struggle will not end with the return of Elian");
    }

    @Test
    void who_was_told_is_no_news_what_was_said_is_the_title() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        EventDescriber.Description told = describer.describe(
                "“None of the programs [outlined in the treaty] violates our sovereignty and independence,” he told"
                        + " Belarus’s BelTA news agency.",
                List.of(),
                new KnownActor("Alexander Lukashenko", "PERSON", List.of("Lukashenka")));

        assertThat(told.title())
                .as("an editor's aside in brackets goes before the title is cut")
                .isEqualTo("Lukashenko says none of the programs violates our sovereignty and independence");
    }

    @Test
    void a_source_named_at_the_end_before_a_date_still_is_the_speaker() {
        // rferl-russian-pm-in-minsk-2020-09-03
        String sentence = "Mishustin's visit to Minsk is to pave the way for a meeting between Lukashenka and Russian"
                + " President Vladimir Putin, Russian Foreign Minister Sergei Lavrov said in Moscow on September 2.";
        int date = sentence.indexOf("September 2");
        EventDescriber withLavrov = new EventDescriber(
                List.of(
                        new KnownActor("Sergei Lavrov", "PERSON", List.of("Lavrov")),
                        new KnownActor("Mikhail Mishustin", "PERSON", List.of("Mishustin"))),
                Gazetteer.instance());

        assertThat(withLavrov
                        .describe(sentence, List.of(new int[] {date, date + "September 2".length()}))
                        .title())
                .startsWith("Lavrov says Mishustin's visit to Minsk is to pave the way");
    }

    @Test
    void a_source_named_after_the_report_is_not_its_subject_the_actors_who_did_it_are() {
        EventDescriber.Description signed = describe("MOSCOW -- Putin and Lukashenko signed the nuclear weapons"
                + " deployment treaty in Minsk, said Dmitry Peskov, spokesman of the Kremlin.");
        EventDescriber.Description agreed = describe(
                "Alexander Lukashenko and Vladimir Putin agreed on gas prices for 2024, Peskov told reporters.");

        assertThat(signed.title())
                .isEqualTo("Putin and Lukashenko sign the nuclear weapons deployment treaty in Minsk");
        assertThat(agreed.title()).isEqualTo("Lukashenko and Putin agree on gas prices for 2024");
    }

    @Test
    void a_report_without_an_actor_of_its_own_is_what_its_source_says() {
        EventDescriber.Description warned = describe(
                "Western sanctions against Minsk will not work and will only harm Europe, Peskov said on Monday.");

        assertThat(warned.title())
                .isEqualTo("Peskov says Western sanctions against Minsk will not work and will only harm Europe");
    }

    @Test
    void who_says_it_is_the_subject_right_before_the_verb_of_saying_not_a_state_it_names_nor_an_actor_named_earlier() {
        // APW19980219.0476: the commander is not Cambodia
        String commander = "The top commander of a Cambodian resistance force said Thursday he has sent a team to"
                + " recover the remains of a British mine removal expert.";
        int thursday = commander.indexOf("Thursday");
        assertThat(wire.describe(commander, List.of(new int[] {thursday, thursday + "Thursday".length()}))
                        .title())
                .startsWith("The top commander of a Cambodian resistance force says he has sent a team");
        // AP900815-0044: a source who is no actor, what he said is the news
        assertThat(wireTitle("Sytenko, a former deputy secretary-general of the United Nations, is also expected to"
                        + " visit Baghdad, Gremitskikh said at a regular news briefing."))
                .doesNotContain("Iraq says")
                .startsWith("Sytenko");
        // WSJ900813-0157: "one U.S. official" is not the United States
        assertThat(wireTitle("That shows he's nervous about pinpointing his location, says one U.S. official."))
                .doesNotStartWith("United States");
    }

    @Test
    void an_actor_named_in_a_quotation_is_not_the_source_who_follows_it() {
        // WSJ910225-0066: Helms said it, not Saddam
        assertThat(wireTitle("\"I think frankly Saddam is finished, no matter what happens,\" says Christine Helms, a"
                        + " Middle East scholar who has written extensively about Iraq."))
                .isEqualTo("I think frankly Saddam is finished, no matter what happens");
        // WSJ910225-0066: nor the United States Tahboub looked to
        assertThat(wireTitle("\"We looked to the United States, we expected you to have the moral edge,\" says Nasser"
                        + " Tahboub, a Jerusalem-born Jordanian who has an American wife."))
                .doesNotStartWith("United States says");
        // a speaker who is an actor still says it
        assertThat(wireTitle("\"We will not withdraw from Kuwait,\" said Saddam, the Iraqi leader."))
                .isEqualTo("Hussein says we will not withdraw from Kuwait");
    }

    @Test
    void a_source_described_after_a_quotation_is_no_speaker_when_no_actor_and_the_quotation_is_the_title() {
        // AP900816-0139 (Dailey), WSJ910225-0066 (Schwarzkopf)
        assertThat(wireTitle(
                        "``We don't just arrive,'' said four-star Gen. John Dailey, assistant commandant of the U.S."
                                + " Marine Corps."))
                .isEqualTo("We don't just arrive");
        assertThat(wireTitle("\"The offensive is progressing with dramatic success,\" says a buoyant Gen. Norman"
                        + " Schwarzkopf."))
                .isEqualTo("The offensive is progressing with dramatic success");
    }

    @Test
    void a_named_source_is_who_she_is_not_where_she_works_and_her_aides_are_no_speaker() {
        // wsj_0376, AQUAINT NYT19990312.0271
        EventDescriber knowingBritain = new EventDescriber(
                List.of(
                        new KnownActor("Britain", "STATE", List.of("London", "British")),
                        new KnownActor("Madeleine Albright", "PERSON", List.of("Albright"))),
                Gazetteer.instance());
        assertThat(knowingBritain
                        .describe(
                                "Courtaulds is giving shareholders \"choice and value,\" said Julia Blake, an analyst at"
                                        + " London stockbrokers Barclays de Zoete Wedd.",
                                List.of())
                        .title())
                .isEqualTo("Courtaulds is giving shareholders choice and value");
        assertThat(knowingBritain
                        .describe("Acheson is Albright's favorite predecessor, her aides said.", List.of())
                        .title())
                .isEqualTo("Acheson is Albright's favorite predecessor");
    }

    @Test
    void a_verb_of_saying_after_another_verb_phrase_has_the_first_verb_s_subject() {
        // AP900815-0044
        assertThat(wireTitle("President Bush denounced Saddam's ``ruinous policies of war,'' and said the United"
                        + " States is ``striking a blow for the principle that might does not make right.''"))
                .isEqualTo("President Bush denounces Saddam's ruinous policies of war");
    }

    @Test
    void called_for_and_claimed_with_a_number_keep_their_meaning() {
        // AP900816-0139 (Saudi Arabia and OPEC), AQUAINT APW19980811.0474 (the embassy bombings)
        assertThat(wireTitle("Saudi Arabia called for an emergency conference of the Organization of Petroleum"
                        + " Exporting Countries to discuss how much oil to pump."))
                .startsWith("Saudi Arabia calls for an emergency conference");
        assertThat(wireTitle("In all, the bombings in Kenya and Tanzania claimed at least 217 lives."))
                .isEqualTo("The bombings in Kenya and Tanzania claim at least 217 lives");
    }

    @Test
    void warns_is_a_verb_of_its_own() {
        // TimeBank VOA19980303.1600.2745 (the hate groups report)
        assertThat(wireTitle("The new study written by Mark Potach, who edits the Southern Poverty Law Center's"
                        + " Intelligence Report, warns that such groups grew rapidly, mostly by recruiting younger"
                        + " members."))
                .startsWith("The new study written by Mark Potach warns that such groups grew rapidly");
    }

    @Test
    void a_place_in_what_was_said_or_in_whom_it_was_told_is_not_who_said_it() {
        // AQUAINT APW19980826.0389 (Kenya Television is no speaker)
        assertThat(wireTitle(
                        "On Wednesday, Bushnell and Kimotho met again to finish their discussion, Bushnell told"
                                + " Kenya Television.",
                        "Wednesday"))
                .startsWith("Bushnell and Kimotho meet again to finish their discussion");
        // composed on the pattern of APW19980219.0476, with a city of an actor in what was said
        assertThat(wireTitle("The top commander of a Kenyan police unit, speaking on state television, said that his"
                        + " men had arrived in Nairobi."))
                .startsWith("The top commander of a Kenyan police unit says");
    }

    @Test
    void whom_something_was_told_is_no_part_of_what_was_said() {
        // TimeBank AP900815-0044
        assertThat(wireTitle(
                        "Bush told a news conference on Tuesday that the naval barricade now in force might be"
                                + " extended to Jordan's Aqaba.",
                        "Tuesday",
                        "now"))
                .isEqualTo("Bush says the naval barricade in force might be extended to Jordan's Aqaba");
    }

    @Test
    void a_person_s_name_that_describes_a_noun_is_no_speaker_and_calling_someone_something_is_no_saying() {
        // AQUAINT/TimeBank Gulf war copy (AP900816-0139, wsj_1013-style)
        assertThat(wireTitle("The Bush administration immediately said it \"categorically \" rejects the proposals."))
                .startsWith("The Bush administration immediately says it categorically rejects the proposals");
        String liar =
                "In a long verbal attack read on Iraqi television Thursday, Saddam repeatedly called Bush ``a liar''"
                        + " and said a shooting war could produce body bags courtesy of Baghdad.";
        assertThat(wireTitle(liar, "Thursday")).startsWith("Saddam repeatedly calls Bush a liar");
    }
}
