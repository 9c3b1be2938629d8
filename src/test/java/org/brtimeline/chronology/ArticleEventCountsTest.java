package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.reader.ArticleSummary;
import org.brtimeline.reader.ReaderService;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The number of published events citing each article, kept as events change, always equals the number counted from
 * the events and their evidence: after every kind of edit, after edits at once, and after a write around the services.
 */
@WritingTest
@WithMockUser(username = "alice", roles = "EDITOR")
class ArticleEventCountsTest {

    private static final String RFERL = "rferl-russian-pm-in-minsk-2020-09-03";
    private static final String EPOCH = "epoch-times-putin-arrives-in-minsk-2022-12-19";

    /** What the kept counts must equal: every article's published events, counted from the events. */
    private static final String COUNTED_FROM_THE_EVENTS = """
            select a.slug, count(distinct e.id) from article a
            left join evidence ev on ev.article_id = a.id
            left join event e on e.id = ev.event_id and e.status = 'PUBLISHED'
            group by a.slug""";

    @Autowired
    ChronologyEditor editor;

    @Autowired
    ArticleEventCounts counts;

    @Autowired
    ReaderService reader;

    @Autowired
    ArticleService articles;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Long> countedFromTheEvents() {
        return jdbc.query(COUNTED_FROM_THE_EVENTS, rs -> {
            Map<String, Long> counted = new java.util.HashMap<>();
            while (rs.next()) {
                counted.put(rs.getString(1), rs.getLong(2));
            }
            return counted;
        });
    }

    private Map<String, Long> kept() {
        List<String> slugs = jdbc.queryForList("select slug from article", String.class);
        Map<String, Long> kept = new java.util.HashMap<>(counts.of(slugs));
        slugs.forEach(slug -> kept.putIfAbsent(slug, -1L));
        return kept;
    }

    private void assertTheKeptCountsAreTheCountedOnes() {
        assertThat(kept()).isEqualTo(countedFromTheEvents());
    }

    private long keptFor(String slug) {
        return counts.of(List.of(slug)).getOrDefault(slug, -1L);
    }

    private EventDraft draft(String title, EventStatus status) {
        EventDraft draft = new EventDraft();
        draft.setTitle(title);
        draft.setCategory(Category.DIPLOMACY);
        draft.setStart(LocalDate.of(2020, 9, 3));
        draft.setPrecision(DatePrecision.DAY);
        draft.setStatus(status);
        return draft;
    }

    private SelectedPassage passage(String slug, String quote) {
        int at = reader.article(slug).orElseThrow().text().indexOf(quote);
        assertThat(at).as(quote).isNotNegative();
        return new SelectedPassage(slug, at, at + quote.length());
    }

    private SelectedPassage inRferl() {
        return passage(RFERL, "Mishustin");
    }

    private SelectedPassage inEpoch() {
        return passage(EPOCH, "Putin");
    }

    private EventDetails cite(EventDetails event, SelectedPassage passage) {
        return editor.addEvidence(event.id(), event.version(), passage.articleSlug(), passage.start(), passage.end());
    }

    private EventDetails publish(EventDetails event) {
        EventDraft published = EventDraft.of(event);
        published.setStatus(EventStatus.PUBLISHED);
        return editor.update(event.id(), event.version(), published);
    }

    @Test
    void the_corpus_as_imported_is_counted() {
        assertThat(keptFor(RFERL)).isPositive();
        assertTheKeptCountsAreTheCountedOnes();
    }

    @Test
    void publishing_citing_unciting_deleting_and_restoring_change_the_count_of_the_articles_concerned() {
        long rferl = keptFor(RFERL);
        long epoch = keptFor(EPOCH);

        EventDetails draft = editor.create(draft("Counted once published", EventStatus.DRAFT), List.of(inRferl()));
        assertThat(keptFor(RFERL)).isEqualTo(rferl);

        EventDetails published = publish(draft);
        assertThat(keptFor(RFERL)).isEqualTo(rferl + 1);

        EventDetails citingBoth = cite(published, inEpoch());
        assertThat(keptFor(EPOCH)).isEqualTo(epoch + 1);
        EventDetails citingTwiceInOne = cite(citingBoth, passage(RFERL, "Belarus"));
        assertThat(keptFor(RFERL))
                .as("one event citing an article twice counts once")
                .isEqualTo(rferl + 1);
        assertTheKeptCountsAreTheCountedOnes();

        EventDetails.EvidenceDetails epochQuote = citingTwiceInOne.evidence().stream()
                .filter(e -> e.articleSlug().equals(EPOCH))
                .findFirst()
                .orElseThrow();
        EventDetails uncited =
                editor.removeEvidence(citingTwiceInOne.id(), citingTwiceInOne.version(), epochQuote.id());
        assertThat(keptFor(EPOCH)).isEqualTo(epoch);

        editor.delete(uncited.id(), uncited.version());
        assertThat(keptFor(RFERL)).isEqualTo(rferl);
        EventDetails deleted = editor.find(uncited.id());
        EventDetails undeleted = editor.undelete(deleted.id(), deleted.version());
        assertThat(keptFor(RFERL)).as("a restored event comes back as a draft").isEqualTo(rferl);

        // created, published, citing Epoch Times, citing RFE/RL again, uncited, deleted, undeleted
        List<EventRevision> history = editor.history(undeleted.id());
        assertThat(history).hasSize(7);
        long whenPublished = history.get(3).revision();
        editor.restore(undeleted.id(), undeleted.version(), whenPublished);
        assertThat(keptFor(RFERL)).isEqualTo(rferl + 1);
        assertThat(keptFor(EPOCH)).isEqualTo(epoch + 1);
        assertTheKeptCountsAreTheCountedOnes();
    }

    @Test
    void a_merge_counts_the_survivor_once_and_the_merged_event_no_more() {
        long rferl = keptFor(RFERL);
        long epoch = keptFor(EPOCH);
        EventDetails survivor =
                editor.create(draft("The survivor", EventStatus.PUBLISHED), List.of(inRferl(), inEpoch()));
        EventDetails other = editor.create(draft("The other", EventStatus.PUBLISHED), List.of(inRferl()));
        assertThat(keptFor(RFERL)).isEqualTo(rferl + 2);

        editor.merge(survivor.id(), survivor.version(), other.id(), other.version());

        assertThat(keptFor(RFERL)).isEqualTo(rferl + 1);
        assertThat(keptFor(EPOCH)).isEqualTo(epoch + 1);
        assertTheKeptCountsAreTheCountedOnes();
    }

    @Test
    void a_draft_absorbing_a_published_event_takes_its_articles_out_of_the_count() {
        long epoch = keptFor(EPOCH);
        EventDetails draft = editor.create(draft("A draft survivor", EventStatus.DRAFT), List.of(inRferl()));
        EventDetails published =
                editor.create(draft("Published, then merged", EventStatus.PUBLISHED), List.of(inEpoch()));
        assertThat(keptFor(EPOCH)).isEqualTo(epoch + 1);

        editor.merge(draft.id(), draft.version(), published.id(), published.version());

        assertThat(keptFor(EPOCH)).isEqualTo(epoch);
        assertTheKeptCountsAreTheCountedOnes();
    }

    @Test
    void a_new_article_is_counted_from_the_start_and_sorts_by_its_events() {
        String slug = "counted-from-the-start";
        articles.add(
                new ArticleDetails(
                        slug,
                        "Counted from the start",
                        "Test",
                        null,
                        "en",
                        LocalDate.of(2021, 5, 1),
                        DatePrecision.DAY,
                        null),
                "Lukashenko met Putin in Sochi. Nothing else happened.");
        assertThat(keptFor(slug)).isZero();
        assertThat(reader.articles(0, 1000, "events", false))
                .filteredOn(a -> a.slug().equals(slug))
                .singleElement()
                .extracting(ArticleSummary::eventCount)
                .isEqualTo(0L);

        editor.create(draft("Lukashenko meets Putin in Sochi", EventStatus.PUBLISHED), List.of(passage(slug, "Sochi")));

        assertThat(keptFor(slug)).isEqualTo(1);
        List<ArticleSummary> mostFirst = reader.articles(0, 1000, "events", true);
        assertThat(mostFirst)
                .extracting(ArticleSummary::eventCount)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .contains(1L);
        assertThat(mostFirst.get(0).eventCount())
                .isEqualTo(kept().values().stream().max(Long::compare).orElseThrow());
        List<ArticleSummary> fewestFirst = reader.articles(0, 1000, "events", false);
        assertThat(fewestFirst).extracting(ArticleSummary::eventCount).isSorted();
        assertThat(fewestFirst)
                .extracting(ArticleSummary::slug)
                .containsExactlyInAnyOrderElementsOf(
                        mostFirst.stream().map(ArticleSummary::slug).toList());
        assertTheKeptCountsAreTheCountedOnes();
    }

    @Test
    void editors_publishing_at_once_events_that_cite_one_article_are_all_counted() throws Exception {
        long rferl = keptFor(RFERL);
        SelectedPassage passage = inRferl();
        ExecutorService editors = Executors.newFixedThreadPool(4);
        List<Future<EventDetails>> saving = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Callable<EventDetails> publish =
                    () -> editor.create(draft("At once", EventStatus.PUBLISHED), List.of(passage));
            saving.add(editors.submit(
                    DelegatingSecurityContextCallable.create(publish, SecurityContextHolder.getContext())));
        }
        for (Future<EventDetails> save : saving) {
            save.get();
        }
        editors.shutdown();

        assertThat(keptFor(RFERL)).isEqualTo(rferl + 12);
        assertTheKeptCountsAreTheCountedOnes();
    }

    @Test
    void counting_again_mends_a_count_that_a_write_around_the_services_left_behind() {
        jdbc.update(
                "update article_event_count set published_events = 999"
                        + " where article_id = (select id from article where slug = ?)",
                RFERL);
        jdbc.update(
                "delete from article_event_count where article_id = (select id from article where slug = ?)", EPOCH);
        assertThat(kept()).isNotEqualTo(countedFromTheEvents());

        counts.recountAll();

        assertTheKeptCountsAreTheCountedOnes();
        assertThat(kept().values().stream().collect(Collectors.toSet())).doesNotContain(-1L);
    }
}
