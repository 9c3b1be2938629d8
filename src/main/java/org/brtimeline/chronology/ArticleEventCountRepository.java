package org.brtimeline.chronology;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ArticleEventCountRepository extends Repository<ArticleEventCount, Long> {

    /** For these article slugs, how many published events cite each: rows of {slug, count}. */
    @Query("""
            select a.slug, c.publishedEvents from ArticleEventCount c join Article a on a.id = c.articleId
            where a.slug in :slugs""")
    List<Object[]> countsOf(Collection<String> slugs);

    /** A page of the articles with the fewest published events first: rows of {article, count}, ties by slug. */
    @Query("""
            select a, coalesce(c.publishedEvents, 0) from Article a left join ArticleEventCount c on c.articleId = a.id
            order by coalesce(c.publishedEvents, 0) asc, a.slug asc""")
    List<Object[]> fewestEventsFirst(Pageable page);

    /** A page of the articles with the most published events first: rows of {article, count}, ties by slug. */
    @Query("""
            select a, coalesce(c.publishedEvents, 0) from Article a left join ArticleEventCount c on c.articleId = a.id
            order by coalesce(c.publishedEvents, 0) desc, a.slug asc""")
    List<Object[]> mostEventsFirst(Pageable page);
}
