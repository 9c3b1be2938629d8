package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The corpus articles, damaged as pasted text gets damaged (punctuation dropped or doubled, brackets left open, words
 * cut), still give candidates: no rule throws, and every title is a short line of text.
 */
class CandidateFinderRobustnessTest {

    private static final String DAMAGE = "(),;:—–-'\"“”[]";
    private static final int VARIANTS = 40;
    /** One character in this many is damaged. */
    private static final int[] DAMAGE_RATES = {100, 8};

    private final TemporalTagger tagger = new TemporalTagger();
    private final EventDescriber describer = new EventDescriber(
            List.of(
                    new KnownActor("Alexander Lukashenko", "PERSON", List.of("Lukashenka")),
                    new KnownActor("Vladimir Putin", "PERSON", List.of("Putin")),
                    new KnownActor("Russia", "STATE", List.of("Moscow", "Russian")),
                    new KnownActor("Belarus", "STATE", List.of("Minsk", "Belarusian"))),
            Gazetteer.instance());

    @Test
    void damaged_corpus_articles_give_candidates_with_short_non_blank_titles_and_no_rule_throws() {
        // a light and a heavy damage: the heavy one found the blank title of a line whose words all stood in brackets
        Random random = new Random(20261201L);
        List<String> titles = new ArrayList<>();
        for (int rate : DAMAGE_RATES) {
            for (CorpusArticle article : CorpusArticle.all()) {
                for (int i = 0; i < VARIANTS; i++) {
                    String text = damaged(article.text(), random, rate);
                    CandidateFinder.find(text, tagger.tag(text, article.published()), article.published(), describer)
                            .forEach(candidate -> titles.add(candidate.title()));
                }
            }
        }
        assertThat(titles).isNotEmpty();
        assertThat(titles)
                .allSatisfy(title -> assertThat(title).isNotBlank().hasSizeLessThanOrEqualTo(TitleFit.LONGEST_TITLE));
        assertThat(tagger.ruleExceptions()).isEmpty();
    }

    /** About two characters in {@code rate} changed: one dropped, one with punctuation inserted before it. */
    private static String damaged(String text, Random random, int rate) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int roll = random.nextInt(rate);
            if (roll == 0) {
                continue;
            } else if (roll == 1) {
                out.append(DAMAGE.charAt(random.nextInt(DAMAGE.length())));
            }
            out.append(c);
        }
        return out.toString();
    }
}
