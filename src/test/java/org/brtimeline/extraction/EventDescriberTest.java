package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.extraction.Describers.datesIn;
import static org.brtimeline.extraction.Describers.describe;
import static org.brtimeline.extraction.Describers.span;
import static org.brtimeline.extraction.Describers.titleFor;
import static org.brtimeline.extraction.Describers.wireTitleFor;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The event a sentence reports, by date ({@link DateClause}: the part of the sentence a date dates), by pronoun ("he", "the two leaders"), and its new names and places: real sentences of the corpus articles. */
class EventDescriberTest {

    private final EventDescriber describer = Describers.corpus();

    @Test
    void a_date_in_a_relative_clause_a_parenthesis_or_closing_an_adjunct_dates_that_part_of_the_sentence() {
        // situation-in-belarus-2023-04-24-union-state-region
        String moldova = "Vladimir Putin (who was banned from entering Moldova on April 28th) is also actively"
                + " involved in issues of historical politics.";
        int[] april28 = span(moldova, "April 28th");
        assertThat(describer.describe(moldova, List.of(april28), april28, null).title())
                .isEqualTo("Putin is banned from entering Moldova");

        // epoch-times-putin-arrives-in-minsk-2022-12-19
        EventDescriber knowingAleinik = new EventDescriber(
                List.of(
                        new KnownActor("Sergei Aleinik", "PERSON", List.of("Aleinik")),
                        new KnownActor("Vladimir Makei", "PERSON", List.of("Makei"))),
                Gazetteer.instance());
        String aleinik = "It was Lavrov’s first meeting with Aleinik, who was appointed last week following the"
                + " unexpected death of his predecessor, Vladimir Makei, in late November.";
        int[] lastWeek = span(aleinik, "last week");
        int[] lateNovember = span(aleinik, "late November");
        List<int[]> both = List.of(lastWeek, lateNovember);
        assertThat(knowingAleinik.describe(aleinik, both, lastWeek, null).title())
                .startsWith("Aleinik is appointed following the unexpected death");
        assertThat(knowingAleinik.describe(aleinik, both, lateNovember, null).title())
                .as("a noun phrase of what happened, told as a clause")
                .isEqualTo("Makei dies unexpectedly");
        assertThat(knowingAleinik.describe(aleinik, both, lateNovember, null).actors())
                .as("the actors of the part the date dates")
                .containsExactly("Vladimir Makei");
        assertThat(knowingAleinik.describe(aleinik, both, lastWeek, null).actors())
                .containsExactly("Sergei Aleinik");

        String arrived = "Juanita Castro, who arrived in Miami in 1961, believes the custody should be worked out.";
        int[] year = span(arrived, "1961");
        assertThat(describer.describe(arrived, List.of(year), year, null).title())
                .as("a name not yet known is the subject too")
                .isEqualTo("Juanita Castro arrives in Miami");

        String launched = "Retaliating 13 days after the deadly embassy bombings in East Africa, U.S. forces Thursday"
                + " launched cruise missile strikes.";
        int[] thursday = span(launched, "Thursday");
        assertThat(describer
                        .describe(launched, List.of(span(launched, "13 days"), thursday), thursday, null)
                        .title())
                .as("a new clause after the adjunct's comma is the date's")
                .doesNotStartWith("The deadly embassy bombings");
    }

    @Test
    void a_date_followed_by_when_is_titled_by_what_happened_then() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        String raised = "Nevertheless, alarm bells were raised in mid-October, when Moscow dispatched thousands of"
                + " troops to Belarusian territory.";
        int[] midOctober = span(raised, "mid-October");
        assertThat(describer
                        .describe(raised, List.of(midOctober), midOctober, null)
                        .title())
                .isEqualTo("Moscow dispatches thousands of troops to Belarusian territory");
    }

    @Test
    void a_date_in_the_second_thing_said_dates_that_and_a_verb_of_saying_with_an_object_keeps_its_meaning() {
        // TimeBank wsj_0586: "Traders said that selling pressure wasn't enormous and that the DAX dropped Friday …"
        String traders = "Traders said that selling pressure wasn't enormous and that the DAX dropped Friday more on a"
                + " lack of any substantial buying interest.";
        assertThat(titleFor(traders, "Friday", "Friday"))
                .isEqualTo("Traders say that the DAX dropped more on a lack of any substantial buying interest");
        // TimeBank wsj_0760: "Norton announced earlier this month that …"
        String norton = "Norton announced earlier this month that it was exploring the possible sale of all or part of"
                + " Eastman Christensen.";
        assertThat(describe(norton, datesIn(norton, "this month")).title())
                .as("the adverb goes with its date")
                .isEqualTo("Norton announces that it was exploring the possible sale of all or part of Eastman"
                        + " Christensen");
        String plan = "Putin announced the plan in March, saying it was a response to Britain's decision.";
        assertThat(describe(plan, datesIn(plan, "March")).title())
                .as("a plan announced is no plan said")
                .startsWith("Putin announces the plan");
    }

    @Test
    void a_date_in_a_clause_of_its_own_after_but_or_while_dates_that_clause() {
        // AQUAINT APW20000107.0318
        String ruled = "The boy was placed with his great-uncle and great-aunt in Miami, but the Immigration and"
                + " Naturalization Service ruled Wednesday that he must be returned to his father in Cuba by Jan. 14.";

        assertThat(titleFor(ruled, "Wednesday", "Wednesday", "Jan. 14"))
                .startsWith("The Immigration and Naturalization Service")
                .contains("that he must be returned to his father in Cuba");
        assertThat(describe(
                                "The company's petroleum services segment, while profitable, was hurt by high financing"
                                        + " costs in the third quarter.",
                                List.of())
                        .title())
                .as("'while profitable,' is an aside of the main clause")
                .startsWith("The company's petroleum services segment");
    }

    @Test
    void each_of_two_verb_phrases_with_a_date_of_its_own_is_titled_by_itself() {
        // AQUAINT NYT20000224.0173
        String munero = "According to sources quoted by the Miami Herald, Munero had fled to Florida in June 1998 and"
                + " returned to Cuba later that year, only to be jailed for several months.";

        assertThat(titleFor(munero, "June 1998", "June 1998", "later that year"))
                .isEqualTo("Munero flees to Florida");
        assertThat(titleFor(munero, "later that year", "June 1998", "later that year"))
                .isEqualTo("Munero returns to Cuba, only to be jailed for several months");
    }

    @Test
    void he_or_she_as_the_subject_is_the_person_named_last_before_the_sentence() {
        KnownActor lukashenko =
                new KnownActor("Alexander Lukashenko", "PERSON", List.of("Lukashenka", "Alyaksandr Lukashenka"));
        // situation-in-belarus-2023-04-24-union-state-region
        assertThat(describer.lastPersonIn("Alyaksandr Lukashenka also continues to claim that he is ready to fight."))
                .contains(lukashenko);

        EventDescriber.Description announced = describer.describe(
                " However, on April 28th, he announced that he “does not want to fight” or “send Belarusians to the"
                        + " front”.",
                List.of(),
                lukashenko);

        assertThat(announced.title())
                .isEqualTo("Lukashenko says he does not want to fight or send Belarusians to the front");
        assertThat(announced.actors()).contains("Alexander Lukashenko");
    }

    @Test
    void a_pronoun_after_a_person_named_in_the_same_sentence_stays_with_that_person() {
        EventDescriber.Description said = describer.describe(
                "Tsikhanouskaya said she would return to Minsk.",
                List.of(),
                new KnownActor("Alexander Lukashenko", "PERSON", List.of("Lukashenka")));

        assertThat(said.title()).startsWith("Tsikhanouskaya says she would return");
        assertThat(said.actors()).doesNotContain("Alexander Lukashenko");
    }

    @Test
    void a_pronoun_after_the_previous_person_named_again_stays_with_the_person_named_first() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        EventDescriber.Description greeted = describer.describe(
                "At midday, Lavrov preceded Putin in Minsk, where he was reportedly greeted by Sergei Aleinik.",
                List.of(),
                new KnownActor("Vladimir Putin", "PERSON", List.of("Putin")));

        assertThat(greeted.title()).contains("where he was reportedly greeted");
    }

    @Test
    void titled_people_and_organisations_not_yet_known_are_proposed_as_new_names() {
        EventDescriber.Description found = describe(
                "Foreign Minister Sergei Aleinik met representatives of the Collective Security Treaty Organization"
                        + " Council and NATO in Minsk.");

        assertThat(found.newNames()).contains("Sergei Aleinik (Foreign Minister)", "NATO");
        assertThat(found.newNames()).noneMatch(n -> n.contains("Minsk"));
    }

    @Test
    void the_part_of_a_sentence_a_date_dates_has_its_own_category_and_places() {
        // tv3-neliupsiene-putin-does-not-want-such-an-example
        String sentence =
                "For more than a month there have been unprecedented protests in Belarus over the presidential"
                        + " elections on August 9, which were declared won by Lukashenko, who has ruled the country since"
                        + " 1994.";
        List<int[]> dates = List.of(span(sentence, "August 9"), span(sentence, "1994"));

        assertThat(describer.describe(sentence, dates, dates.get(1), null).category())
                .as("ruling the country is politics, whatever the protests of the main clause")
                .isEqualTo("POLITICS");
        assertThat(describer.describe(sentence, dates, dates.get(0), null).category())
                .isEqualTo("PROTEST");
        // situation-in-belarus-2023-04-24-union-state-region (with "in Russia" added to the main clause)
        String moldova = "Vladimir Putin (who was banned from entering Moldova on April 28th) is also actively"
                + " involved in issues of historical politics in Russia.";
        assertThat(describer
                        .describe(moldova, datesIn(moldova, "April 28th"), span(moldova, "April 28th"), null)
                        .places())
                .as("where the part puts its event")
                .containsExactly("Moldova");
    }

    @Test
    void a_date_in_a_relative_clause_without_a_comma_after_the_sentence_s_verb_dates_that_clause() {
        // AQUAINT APW20000128.0316, NYT19981025.0216, NYT19981026.0446: said of a name the clause's noun phrase is,
        // of the nearest noun phrase, up to the verb that ends the clause
        String marti =
                "The commemorations were similar to those held here annually for Marti, the revolutionary and poet"
                        + " who fought for Cuba's independence from Spain in 1898.";
        String bullet = "But a principled commitment to provide a constitutionally protected service could not stop the"
                + " assassin's bullet that tore through his kitchen window and into his back Friday night.";
        String leaders =
                "Little of the vitriol that the issue aroused in the late 1980s and early 1990s remains, residents"
                        + " said, and many of the local religious leaders who led the 1992 protests have moved.";

        assertThat(wireTitleFor(marti, "1898", "1898")).isEqualTo("Marti fights for Cuba's independence from Spain");
        assertThat(wireTitleFor(bullet, "Friday night", "Friday night"))
                .isEqualTo("The assassin's bullet tears through his kitchen window and into his back");
        assertThat(wireTitleFor(leaders, "1992", "the late 1980s", "early 1990s", "1992"))
                .isEqualTo("The local religious leaders lead the protests");
    }

    @Test
    void a_relative_clause_in_the_subject_or_with_a_subject_of_its_own_leaves_the_date_to_the_sentence() {
        // AQUAINT APW19980219.0476, TimeBank wsj_0568
        String officials = "Thai military officials who monitor Cambodian affairs said privately Thursday that Britain,"
                + " through its embassies in Thailand and Cambodia, has been pushing hard to resolve the Howes case.";
        String employees =
                "That is at the high end of the range of 7,000 to 8,000 employees that Unisys said a month ago"
                        + " would be laid off.";

        assertThat(wireTitleFor(officials, "Thursday", "Thursday")).startsWith("Thai military officials say");
        assertThat(wireTitleFor(employees, "a month ago", "a month ago")).startsWith("That is at the high end");
    }

    @Test
    void he_after_a_name_that_opens_the_sentence_is_that_person_not_the_one_named_before() {
        // AQUAINT NYT19981025.0216 (the Slepian shooting): Kopp, named in the sentence before, did not stand chatting
        KnownActor kopp = new KnownActor("James Kopp", "PERSON", List.of("Kopp"));
        EventDescriber describer = new EventDescriber(List.of(kopp), Gazetteer.instance());
        String sentence =
                "Slepian, 52, and the father of four boys, was shot to death at 10 p.m. as he stood chatting with"
                        + " his wife in the kitchen of their home.";
        String now = "Now, he says, \"it looks like the West just wants to destroy Iraq.\"";

        assertThat(describer
                        .describe(sentence, datesIn(sentence, "10 p.m."), kopp)
                        .title())
                .doesNotContain("Kopp");
        assertThat(describer.describe(now, List.of(), kopp).title()).startsWith("Kopp says");
    }

    @Test
    void the_next_sentence_s_he_is_the_person_this_sentence_s_subject_names() {
        // rferl-russian-pm-in-minsk-2020-09-03: Mishustin is the subject; Lukashenka is named last
        String lead = "MINSK -- Russian Prime Minister Mikhail Mishustin has arrived in Minsk as Belarus's beleaguered"
                + " authoritarian leader, Alyaksandr Lukashenka, pivots to Moscow to overcome weeks of protests.";

        assertThat(describer.subjectPersonIn(lead).map(KnownActor::name)).contains("Mikhail Mishustin");
        assertThat(describer.lastPersonIn(lead).map(KnownActor::name)).contains("Alexander Lukashenko");
    }
}
