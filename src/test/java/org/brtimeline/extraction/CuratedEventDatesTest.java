package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brtimeline.IntegrationTest;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.DateBasis;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.source.ArticleBody;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every curated event whose date the articles write as a date is found by the tagger inside one of
 * its quotes, normalised to exactly the event's earliest and latest possible day. Driven by the
 * imported corpus, so an event added to {@code events.yaml} is checked without touching this test.
 */
@IntegrationTest
class CuratedEventDatesTest {

    /**
     * Events dated by something other than a temporal expression in their quotes, each with the reason;
     * events dated from general knowledge are left out by their basis.
     */
    private static final Map<String, String> NOT_WRITTEN_AS_A_DATE = Map.of(
            "Russian Prime Minister Mishustin visits Minsk", "\"has arrived\": the publication day",
            "Lukashenka says he \"saved\" Belarus from nationalism",
                    "\"while the government was addressing business matters\": the digest's week",
            "Lavrov meets his new Belarusian counterpart Aleinik in Minsk",
                    "\"At midday\": a time of the day of Putin's visit, told in another sentence",
            "Ukraine's ambassador Kizim voices concern over Russia–Belarus rapprochement",
                    "the article's lead, told as news: the week the article appeared",
            "Russian Air Force begins regular patrol flights over the Belarusian border",
                    "\"Soon afterward\": after the troops of mid-October, told in the sentence before",
            "Coordination Council members Kovalkova and Dyleuski jailed for 10 days",
                    "\"after serving 10 days in jail\": 10 days before the release due on September 3");

    @Autowired
    ChronologyService chronology;

    @Autowired
    ArticleService articles;

    private final TemporalTagger tagger = new TemporalTagger();
    private final Map<String, List<TemporalExpression>> taggedArticles = new HashMap<>();

    @Test
    void every_written_date_of_the_curated_chronology_is_found_and_normalised_by_the_tagger() {
        List<EventDetails> events = chronology.slice(EventQuery.everything(), 0, 1000);
        List<String> misses = new ArrayList<>();
        int checked = 0;
        for (EventDetails event : events) {
            if (event.dateBasis() == DateBasis.GENERAL_KNOWLEDGE || NOT_WRITTEN_AS_A_DATE.containsKey(event.title())) {
                continue;
            }
            checked++;
            if (!foundInItsQuotes(event)) {
                misses.add(event.label() + " · " + event.title() + " («" + event.wording() + "»)");
            }
        }
        assertThat(misses)
                .as("curated dates the tagger does not find in their quotes")
                .isEmpty();
        assertThat(checked).as("events checked").isGreaterThan(30);
    }

    @Test
    void the_exceptions_name_events_that_exist() {
        Set<String> titles = Set.copyOf(chronology.slice(EventQuery.everything(), 0, 1000).stream()
                .map(EventDetails::title)
                .toList());
        assertThat(titles).containsAll(NOT_WRITTEN_AS_A_DATE.keySet());
    }

    private boolean foundInItsQuotes(EventDetails event) {
        for (EventDetails.EvidenceDetails evidence : event.evidence()) {
            for (TemporalExpression e : taggedArticles.computeIfAbsent(evidence.articleSlug(), this::tagged)) {
                boolean inQuote = e.start() < evidence.endOffset() && e.end() > evidence.startOffset();
                if (inQuote
                        && event.earliest().equals(e.earliest())
                        && event.latest().equals(e.latest())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The article's expressions, against the same reference day the review queue uses: the publication date (a week's Monday). */
    private List<TemporalExpression> tagged(String slug) {
        ArticleBody article = articles.body(slug).orElseThrow();
        return tagger.tag(article.text(), article.article().published());
    }
}
