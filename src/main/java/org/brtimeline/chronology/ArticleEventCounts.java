package org.brtimeline.chronology;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.brtimeline.base.DataReplaced;
import org.brtimeline.source.Article;
import org.brtimeline.source.ArticleAdded;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps, per article, how many published events cite it ({@link ArticleEventCount}). An edit tells what each event it
 * changes counted for before ({@link #before}) and after ({@link #after}); only the difference is written, as
 * {@code count = count + difference}, which two edits of different events citing one article can do at once without
 * losing either. Two edits of the same event cannot both commit (optimistic locking), so each difference is taken
 * from the state that was committed. Writes around the services (a restore, the {@code generate} command) count
 * everything again ({@link #recountAll}).
 */
@Component
public class ArticleEventCounts {

    /** The published events citing the article {@code a}, counted from the events and their evidence. */
    private static final String COUNTED = """
            (select count(distinct ev.event_id)
             from evidence ev join event e on e.id = ev.event_id
             where ev.article_id = a.id and e.status = 'PUBLISHED')""";

    private final EntityManager entityManager;
    private final ArticleEventCountRepository kept;

    ArticleEventCounts(EntityManager entityManager, ArticleEventCountRepository kept) {
        this.entityManager = entityManager;
        this.kept = kept;
    }

    /** An article with the number of published events that cite it. */
    public record Counted(Article article, long publishedEvents) {}

    /** How many published events cite each of these articles, by slug (an article without a count is left out). */
    @Transactional(readOnly = true)
    public Map<String, Long> of(Collection<String> slugs) {
        return slugs.isEmpty()
                ? Map.of()
                : kept.countsOf(slugs).stream()
                        .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** A page of the articles by their number of published events, fewest or most first; ties by slug. */
    @Transactional(readOnly = true)
    public List<Counted> page(int page, int size, boolean mostFirst) {
        PageRequest request = PageRequest.of(page, size);
        List<Object[]> rows = mostFirst ? kept.mostEventsFirst(request) : kept.fewestEventsFirst(request);
        return rows.stream()
                .map(row -> new Counted((Article) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    /** What these events count for before an edit; pass it to {@link #after} once the edit is flushed. */
    Tally before(Event... events) {
        Tally tally = new Tally();
        for (Event event : events) {
            event.countedArticles().forEach(id -> tally.changes.merge(id, -1, Integer::sum));
        }
        return tally;
    }

    /** Writes the difference between what the events counted for before the edit and what they count for now. */
    void after(Tally before, Event... events) {
        Map<Long, Integer> changes = new HashMap<>(before.changes);
        for (Event event : events) {
            event.countedArticles().forEach(id -> changes.merge(id, 1, Integer::sum));
        }
        changes.values().removeIf(change -> change == 0);
        if (changes.isEmpty()) {
            return;
        }
        Map<Integer, List<Long>> byChange = new TreeMap<>();
        changes.forEach((article, change) ->
                byChange.computeIfAbsent(change, c -> new ArrayList<>()).add(article));
        byChange.forEach((change, articles) -> entityManager
                .createNativeQuery("update article_event_count set published_events = published_events + :change"
                        + " where article_id in (:articles)")
                .setParameter("change", change)
                .setParameter("articles", articles)
                .executeUpdate());
        // An article without its row (added around the services before a recount) is counted in full: the count
        // already sees this edit, which is flushed.
        entityManager
                .createNativeQuery("insert into article_event_count (article_id, published_events) select a.id, "
                        + COUNTED + " from article a where a.id in (:articles)"
                        + " and not exists (select 1 from article_event_count c where c.article_id = a.id)")
                .setParameter("articles", changes.keySet())
                .executeUpdate();
    }

    /** A new article starts with its row, so that the first events citing it only add to it. */
    @EventListener
    void onArticleAdded(ArticleAdded added) {
        entityManager
                .createNativeQuery("insert into article_event_count (article_id, published_events) select a.id, "
                        + COUNTED + " from article a where a.slug = :slug"
                        + " and not exists (select 1 from article_event_count c where c.article_id = a.id)")
                .setParameter("slug", added.slug())
                .executeUpdate();
    }

    /** Counts every article's published events anew: after a restore, and after {@code generate}. */
    @EventListener(DataReplaced.class)
    @Order(DataReplaced.REBUILD)
    @Transactional
    public void recountAll() {
        entityManager.createNativeQuery("delete from article_event_count").executeUpdate();
        entityManager
                .createNativeQuery("insert into article_event_count (article_id, published_events) select a.id, "
                        + COUNTED + " from article a")
                .executeUpdate();
    }

    /** The articles' changes of count an edit has made so far. */
    static final class Tally {
        private final Map<Long, Integer> changes = new HashMap<>();

        /** For events that did not exist before the edit. */
        static Tally none() {
            return new Tally();
        }
    }
}
