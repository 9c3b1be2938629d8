package org.brtimeline.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.chronology.EventStatus;
import org.brtimeline.chronology.SelectedPassage;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An article's candidates as the review shows them and the event form starts from them, and the editors' decisions on
 * them.
 */
@WritingTest
@WithMockUser(username = "reviewer", roles = "EDITOR")
class ReviewServiceTest {

    private static final String TEXT = """
            MINSK -- Belarusian Defense Minister Viktar Khrenin met his Russian counterpart on October 12, 2021.
            The two ministers agreed to hold joint exercises in September.
            Analysts said the talks changed little.""";

    @Autowired
    ReviewService extraction;

    @Autowired
    CandidateDecisions decisions;

    @Autowired
    CandidateProposals proposals;

    @Autowired
    ArticleService articles;

    @Autowired
    ChronologyService chronology;

    @Autowired
    ChronologyEditor editor;

    @Autowired
    JdbcTemplate jdbc;

    private static final Pageable ALL = PageRequest.of(0, 1000);

    @Test
    void a_new_article_is_proposed_sentence_by_sentence_and_decisions_are_remembered() {
        articles.add(
                new ArticleDetails(
                        "khrenin-test-article",
                        "Khrenin meets his Russian counterpart",
                        "Test Wire",
                        null,
                        "en",
                        LocalDate.of(2021, 10, 13),
                        DatePrecision.DAY,
                        null),
                TEXT);

        Review review = extraction.review("khrenin-test-article").orElseThrow();
        List<ReviewItem> candidates = extraction.candidates("khrenin-test-article", ALL);
        assertThat(review.total()).isEqualTo(2);
        assertThat(candidates).hasSize(2);
        ReviewItem meeting = candidates.get(0);
        assertThat(meeting.quote()).startsWith("MINSK -- Belarusian Defense Minister Viktar Khrenin met");
        assertThat(meeting.earliest()).isEqualTo(LocalDate.of(2021, 10, 12));
        assertThat(meeting.actors()).extracting(a -> a.name()).contains("Viktar Khrenin", "Belarus", "Russia");
        ReviewItem exercises = candidates.get(1);
        assertThat(exercises.dateText()).isEqualTo("September");
        assertThat(review.reviewed()).isZero();

        decisions.reject(exercises.id());
        CandidateDraft draft = extraction.draftFor(meeting.id());
        draft.draft().setCategory(org.brtimeline.chronology.Category.MILITARY);
        var created = decisions.accept(meeting.id(), draft.draft());

        Review after = extraction.review("khrenin-test-article").orElseThrow();
        assertThat(after.reviewed()).isEqualTo(2);
        assertThat(extraction.candidates("khrenin-test-article", ALL).get(1).status())
                .isEqualTo(CandidateStatus.REJECTED);
        assertThat(created.label()).isEqualTo("12 October 2021");
        assertThat(created.evidence().get(0).quote()).isEqualTo(meeting.quote());
        assertThat(proposals.propose("khrenin-test-article")).isZero();
    }

    @Test
    void a_sentence_about_a_known_event_is_offered_as_evidence_for_it() {
        String text =
                "Russian Prime Minister Mikhail Mishustin held talks in Minsk on September 3, 2020, officials said.";
        articles.add(
                new ArticleDetails(
                        "mishustin-second-source",
                        "Mishustin in Minsk",
                        "Other Wire",
                        null,
                        "en",
                        LocalDate.of(2020, 9, 4),
                        DatePrecision.DAY,
                        null),
                text);

        ReviewItem item = extraction.candidates("mishustin-second-source", ALL).get(0);

        assertThat(item.possibleDuplicate()).isNotNull();
        assertThat(item.possibleDuplicate().title()).isEqualTo("Russian Prime Minister Mishustin visits Minsk");
        var event = decisions.addAsEvidence(item.id(), item.possibleDuplicate().id());
        assertThat(event.evidence()).extracting(e -> e.articleSlug()).contains("mishustin-second-source");
        assertThat(chronology
                        .search(
                                EventQuery.window(null, null, "\"Mishustin visits Minsk\""),
                                0,
                                5,
                                org.brtimeline.chronology.EventOrder.BEST_MATCH)
                        .items())
                .hasSize(1);
    }

    @Test
    void a_hedged_date_keeps_its_hedge_from_the_tagger_into_the_event_form() {
        String text = """
                The minister resigned in late November, officials said.
                The plant reopened in early 2019 after repairs.""";
        articles.add(
                new ArticleDetails(
                        "hedged-dates-test-article",
                        "Hedged dates",
                        "Test Wire",
                        null,
                        "en",
                        LocalDate.of(2021, 12, 20),
                        DatePrecision.DAY,
                        null),
                text);
        var candidates = extraction.candidates("hedged-dates-test-article", ALL);

        var lateNovember = extraction.draftFor(candidates.get(0).id()).draft();
        var early2019 = extraction.draftFor(candidates.get(1).id()).draft();

        assertThat(lateNovember.getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(lateNovember.getQualifier()).isEqualTo(org.brtimeline.base.DateQualifier.LATE);
        assertThat(lateNovember.date().earliest()).isEqualTo(LocalDate.of(2021, 11, 21));
        assertThat(early2019.getPrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(early2019.getQualifier()).isEqualTo(org.brtimeline.base.DateQualifier.EARLY);
        assertThat(early2019.date().latest()).isEqualTo(LocalDate.of(2019, 4, 30));
    }

    @Test
    void a_stretch_served_and_the_end_of_a_season_reach_the_form_as_about_a_day_and_one_month_and_are_accepted() {
        // rferl-russian-pm-in-minsk-2020-09-03, and a season's end
        String text = """
                Volha Kovalkova and Syarhey Dyleuski were to be released from detention on September 3 after serving 10 days in jail on a similar charge.
                The transfer of the weapons would be completed by the end of the summer.""";
        add("served-and-season-test-article", LocalDate.of(2020, 9, 3), text);
        var candidates = extraction.candidates("served-and-season-test-article", ALL);
        ReviewItem served = candidates.stream()
                .filter(c -> c.title().contains("serve 10 days"))
                .findFirst()
                .orElseThrow();
        ReviewItem summer = candidates.stream()
                .filter(c -> c.quote().contains("summer"))
                .findFirst()
                .orElseThrow();

        var jailed = extraction.draftFor(served.id()).draft();
        var summerEnd = extraction.draftFor(summer.id()).draft();

        assertThat(jailed.getPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(jailed.getStart()).isEqualTo(LocalDate.of(2020, 8, 24));
        assertThat(jailed.getQualifier()).isEqualTo(org.brtimeline.base.DateQualifier.ABOUT);
        assertThat(summerEnd.getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(summerEnd.getStart()).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(summerEnd.getEnd()).as("one month, not a range").isNull();
        jailed.setCategory(org.brtimeline.chronology.Category.REPRESSION);
        var created = decisions.accept(served.id(), jailed);
        assertThat(created.qualifier()).isEqualTo(org.brtimeline.base.DateQualifier.ABOUT);
        assertThat(created.earliest())
                .as("about a day is a few days either side")
                .isBefore(LocalDate.of(2020, 8, 24));
    }

    @Test
    void a_sentence_points_to_the_event_sharing_most_actors_and_words_not_the_first_of_its_month() {
        add(
                "putin-last-visit-test-article",
                LocalDate.of(2023, 6, 1),
                "Putin last visited Minsk in December 2022, when he held talks with Lukashenko on the Union State.");

        ReviewItem item =
                extraction.candidates("putin-last-visit-test-article", ALL).get(0);

        assertThat(item.possibleDuplicate().title()).isEqualTo("Putin pays a one-day working visit to Minsk");
    }

    @Test
    void on_a_crowded_day_the_sentence_points_to_the_event_most_like_it_however_many_came_first() {
        LocalDate crowded = LocalDate.of(2023, 3, 14);
        for (int i = 1; i <= 60; i++) {
            publishOn(crowded, "Routine bulletin number " + i, Set.of(), "");
        }
        EventDetails talks = publishOn(
                crowded,
                "Lukashenko and Putin hold talks in Sochi",
                Set.of(
                        chronology.actorCalled("Vladimir Putin").orElseThrow(),
                        chronology.actorCalled("Alexander Lukashenko").orElseThrow()),
                "Sochi");
        assertThat(chronology.slice(EventQuery.window(crowded, crowded, null), 0, 50))
                .as("the first fifty events of the day")
                .extracting(EventDetails::id)
                .doesNotContain(talks.id());
        add(
                "crowded-day-test-article",
                LocalDate.of(2023, 3, 15),
                "Putin and Lukashenko held talks in Sochi on March 14, 2023, the Kremlin said.");

        ReviewItem item = extraction.candidates("crowded-day-test-article", ALL).get(0);

        assertThat(item.possibleDuplicate()).isNotNull();
        assertThat(item.possibleDuplicate().id()).isEqualTo(talks.id());
    }

    /** A published event of one day, citing a sentence of a corpus article (publishing needs evidence). */
    private EventDetails publishOn(LocalDate day, String title, Set<EventDetails.ActorRef> actors, String places) {
        EventDraft draft = new EventDraft();
        draft.setTitle(title);
        draft.setCategory(Category.DIPLOMACY);
        draft.setStart(day);
        draft.setPrecision(DatePrecision.DAY);
        draft.setActors(actors);
        draft.setPlaces(places);
        draft.setStatus(EventStatus.PUBLISHED);
        String slug = "rferl-russian-pm-in-minsk-2020-09-03";
        String text = articles.body(slug).orElseThrow().text();
        int at = text.indexOf("Sixteen of them");
        return editor.create(draft, List.of(new SelectedPassage(slug, at, at + "Sixteen of them".length())));
    }

    @Test
    void accepting_prefills_the_places_the_sentence_puts_the_event_at() {
        ReviewItem item = firstCandidateOf(
                "sochi-places-test-article",
                LocalDate.of(2021, 5, 30),
                "Lukashenko flew from Minsk to Sochi on 28 May 2021 to meet Putin.");

        var draft = extraction.draftFor(item.id()).draft();

        assertThat(draft.getPlaces()).as("flown to, not from").isEqualTo("Sochi");
        assertThat(draft.getActors()).extracting(a -> a.name()).contains("Alexander Lukashenko", "Vladimir Putin");
    }

    @Test
    void each_date_of_a_sentence_shows_and_prefills_the_actors_of_its_own_part_of_the_sentence() {
        add(
                "makei-actors-test-article",
                LocalDate.of(2023, 5, 3),
                "The talks came a week after Aleinik, who was appointed in December following the unexpected death of"
                        + " his predecessor, Vladimir Makei, in late November, visited Moscow.");
        List<ReviewItem> items = extraction.candidates("makei-actors-test-article", ALL);
        ReviewItem death = items.stream()
                .filter(i -> i.title().startsWith("Makei dies"))
                .findFirst()
                .orElseThrow();

        assertThat(death.actors()).extracting(a -> a.name()).containsExactly("Vladimir Makei");
        assertThat(extraction.draftFor(death.id()).draft().getActors())
                .extracting(a -> a.name())
                .containsExactly("Vladimir Makei");
    }

    @Test
    void a_person_the_sentence_calls_only_he_is_among_its_actors_on_the_card_and_in_the_form() {
        add(
                "lavrov-he-actors-test-article",
                LocalDate.of(2022, 12, 20),
                "Russian Foreign Minister Sergei Lavrov arrived in Minsk on Monday.\n\nAt a joint press conference with"
                        + " his Belarusian counterpart Vladimir Makei, he said the two countries would deepen their"
                        + " military cooperation.");
        ReviewItem talks = extraction.candidates("lavrov-he-actors-test-article", ALL).stream()
                .filter(i -> i.quote().startsWith("At a joint press conference"))
                .findFirst()
                .orElseThrow();

        assertThat(talks.title()).isEqualTo("Lavrov and Makei hold talks");
        assertThat(talks.actors()).extracting(a -> a.name()).contains("Sergei Lavrov", "Vladimir Makei");
        assertThat(extraction.draftFor(talks.id()).draft().getActors())
                .extracting(a -> a.name())
                .contains("Sergei Lavrov", "Vladimir Makei");
    }

    @Test
    void accepting_prefills_no_place_that_the_sentence_names_only_as_the_one_acted_on() {
        add(
                "minsk-contacts-test-article",
                LocalDate.of(2020, 8, 20),
                "Kuleba said on August 19, 2020 that Kiev had frozen contacts with Minsk.");
        ReviewItem item =
                extraction.candidates("minsk-contacts-test-article", ALL).get(0);

        var draft = extraction.draftFor(item.id()).draft();

        assertThat(draft.getPlaces())
                .as("Minsk is known to the chronology, but not where this happened")
                .isEmpty();
    }

    @Test
    void accepting_creates_the_event_and_marks_the_candidate_or_does_neither() {
        ReviewItem item = firstCandidateOf(
                "accept-once-test-article",
                LocalDate.of(2021, 10, 13),
                "Khrenin inspected the joint exercises near Brest on October 11, 2021.");
        var draft = militaryDraftFor(item);

        var created = decisions.accept(item.id(), draft);

        ReviewItem accepted =
                extraction.candidates("accept-once-test-article", ALL).get(0);
        assertThat(accepted.status()).isEqualTo(CandidateStatus.ACCEPTED);
        assertThat(accepted.eventId()).isEqualTo(created.id());
        assertThat(created.evidence()).extracting(e -> e.quote()).containsExactly(item.quote());
        Integer events = jdbc.queryForObject("select count(*) from event", Integer.class);

        assertThatThrownBy(() -> decisions.accept(item.id(), draft))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reviewed meanwhile");
        assertThat(jdbc.queryForObject("select count(*) from event", Integer.class))
                .isEqualTo(events);
    }

    @Test
    void a_sentence_decided_meanwhile_is_neither_rejected_nor_cited_again_from_a_stale_card() {
        ReviewItem item = firstCandidateOf(
                "decided-once-test-article",
                LocalDate.of(2021, 10, 13),
                "Khrenin inspected the joint exercises near Grodno on October 12, 2021.");
        var draft = militaryDraftFor(item);
        var created = decisions.accept(item.id(), draft);
        var other = chronology
                .search(
                        EventQuery.window(null, null, "\"Mishustin visits Minsk\""),
                        0,
                        1,
                        org.brtimeline.chronology.EventOrder.BEST_MATCH)
                .items()
                .get(0);

        assertThatThrownBy(() -> decisions.reject(item.id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reviewed meanwhile");
        assertThatThrownBy(() -> decisions.addAsEvidence(item.id(), other.id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reviewed meanwhile");

        ReviewItem still =
                extraction.candidates("decided-once-test-article", ALL).get(0);
        assertThat(still.status()).isEqualTo(CandidateStatus.ACCEPTED);
        assertThat(still.eventId()).isEqualTo(created.id());
        assertThat(chronology.find(other.id()).orElseThrow().evidence())
                .extracting(e -> e.articleSlug())
                .doesNotContain("decided-once-test-article");
    }

    /** The event form's starting point for a candidate, with the category an editor chooses: military. */
    private EventDraft militaryDraftFor(ReviewItem item) {
        EventDraft draft = extraction.draftFor(item.id()).draft();
        draft.setCategory(org.brtimeline.chronology.Category.MILITARY);
        return draft;
    }

    /** Adds an article and returns its first candidate. */
    private ReviewItem firstCandidateOf(String slug, LocalDate published, String text) {
        add(slug, published, text);
        return extraction.candidates(slug, ALL).get(0);
    }

    private void add(String slug, LocalDate published, String text) {
        TestArticles.add(articles, slug, published, text);
    }
}
