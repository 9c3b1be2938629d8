package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.extraction.Describers.describe;
import static org.brtimeline.extraction.Describers.wireTitle;

import org.junit.jupiter.api.Test;

/** The main verb in the present tense, agreeing with its subject ({@link Verbs}). */
class VerbsTest {

    @Test
    void irregular_verbs_turn_to_the_present_and_a_word_after_a_hyphen_is_no_verb() {
        assertThat(describe("Russian troops swept through Prague in the occupation of Czechoslovakia.")
                        .title())
                .isEqualTo("Russian troops sweep through Prague in the occupation of Czechoslovakia");
        assertThat(describe("Esselte AB sold the minority stake in a share offering.")
                        .title())
                .isEqualTo("Esselte AB sells the minority stake in a share offering");
        assertThat(describe("The so-called poison pill took effect pending ratification by holders.")
                        .title())
                .isEqualTo("The so-called poison pill takes effect pending ratification by holders");
        assertThat(describe("He was the 456th person to be placed on the FBI's most wanted list, which began in"
                                + " 1950.")
                        .title())
                .as("after 'most', 'best', 'newly' an -ed word describes a noun")
                .containsIgnoringCase("the FBI's most wanted list")
                .doesNotContain("wants");
    }

    @Test
    void a_regular_verb_in_the_past_keeps_or_drops_its_final_e_in_the_present_as_english_does() {
        String[][] pairs = {
            {"arrived", "arrives"},
            {"echoed", "echoes"},
            {"vetoed", "vetoes"},
            {"assumed", "assumes"},
            {"associated", "associates"},
            {"filed", "files"},
            {"described", "describes"},
            {"exploded", "explodes"},
            {"postponed", "postpones"},
            {"completed", "completes"},
            {"created", "creates"},
            {"changed", "changes"},
            {"invited", "invites"},
            {"declared", "declares"},
            {"included", "includes"},
            {"appeared", "appears"},
            {"avoided", "avoids"},
            {"belonged", "belongs"},
            {"looked", "looks"},
            {"focused", "focuses"},
            {"visited", "visits"},
            {"opened", "opens"},
            {"targeted", "targets"},
            {"defeated", "defeats"},
            {"explained", "explains"},
            {"planned", "plans"},
            {"dialed", "dials"},
            {"invaded", "invades"},
            {"persuaded", "persuades"},
            {"loaded", "loads"},
            {"pleaded", "pleads"},
            {"expelled", "expels"},
            {"controlled", "controls"},
            {"killed", "kills"},
            {"installed", "installs"},
            {"flooded", "floods"},
            {"corroded", "corrodes"},
            {"added", "adds"},
            {"nodded", "nods"},
            {"died", "dies"},
            {"tried", "tries"},
            {"quoted", "quotes"},
            {"proceeded", "proceeds"}
        };
        for (String[] pair : pairs) {
            assertThat(Verbs.present(pair[0])).as(pair[0]).isEqualTo(pair[1]);
        }
    }

    @Test
    void the_verb_agrees_with_the_head_of_its_subject() {
        assertThat(describe("They said they will appeal the decision.").title())
                .isEqualTo("They say they will appeal the decision");
        assertThat(describe("Tens of thousands of people paid tribute to the men.")
                        .title())
                .isEqualTo("Tens of thousands of people pay tribute to the men");
        assertThat(describe("The number of stocks on the exchange that fell in price exceeded 1,000.")
                        .title())
                .startsWith("The number of stocks exceeds");
        assertThat(describe("Police seized a car bomb under construction near Minsk.")
                        .title())
                .startsWith("Police seize a car bomb");
        assertThat(describe("His mother and 10 others died at sea while trying to reach the United States.")
                        .title())
                .as("'dies' of two is 'die', not 'dy'")
                .startsWith("His mother and 10 others die at sea");
        assertThat(Verbs.takesPlural("The Immigration and Naturalization Service"))
                .as("one name with 'and' inside it (AQUAINT APW20000107.0318)")
                .isFalse();
        assertThat(Verbs.takesPlural("The United States and Soviet Union")).isTrue();
        assertThat(Verbs.takesPlural("Slepian, 52, an obstetrician and gynecologist,"))
                .as("what the commas say of a name leaves it one (AQUAINT NYT19981121.0173)")
                .isFalse();
        assertThat(Verbs.takesPlural("Crown Prince Hassan, King Hussein's brother and political adviser,"))
                .isFalse();
        assertThat(Verbs.takesPlural("Egypt, Syria and Morocco")).isTrue();
        assertThat(Verbs.takesPlural("The authorities in the Buffalo, N.Y., area say they"))
                .as("AQUAINT NYT19990419.0515: what they said is theirs")
                .isTrue();
        assertThat(describe("Paribas said it will offer 1,850 francs for each share.")
                        .title())
                .as("a name ending in s is one")
                .startsWith("Paribas says");
    }

    @Test
    void two_subjects_take_the_plural_and_a_verb_in_ee_keeps_it() {
        EventDescriber.Description agreed = describe("SOCHI -- Alexander Lukashenko and Vladimir Putin agreed on 28"
                + " union programmes on September 9, 2021.");

        assertThat(agreed.title()).startsWith("Lukashenko and").contains(" Putin agree on 28 union programmes");
    }

    @Test
    void the_verb_agrees_with_the_head_of_its_subject_and_a_word_in_eed_is_no_past() {
        // NYT19980206.0460, AP900816-0139, AQUAINT APW20000107.0088
        assertThat(wireTitle("The demand for workers also led employers to raise wages again."))
                .isEqualTo("The demand for workers leads employers to raise wages again");
        assertThat(wireTitle("Pentagon sources in Washington said the Bush administration plans to deploy Marines."))
                .startsWith("Pentagon sources in Washington say");
        assertThat(wireTitle("Cuban exiles in Miami will now ``proceed with all their resources to impede or delay''"
                        + " the ruling."))
                .contains("proceed with all their resources");
    }

    @Test
    void a_verb_in_come_keeps_its_e() {
        // AQUAINT NYT19980206.0460
        assertThat(wireTitle("President Clinton welcomed the job figures at a news conference Friday.", "Friday"))
                .isEqualTo("President Clinton welcomes the job figures at a news conference");
    }
}
