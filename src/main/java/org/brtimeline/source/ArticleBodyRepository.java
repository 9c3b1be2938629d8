package org.brtimeline.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleBodyRepository extends JpaRepository<ArticleBody, Long> {

    /** The text with its article, in one query. */
    @Query("select b from ArticleBody b join fetch b.article a where a.slug = :slug")
    Optional<ArticleBody> findBySlug(String slug);

    /** The texts with their articles, in one query. */
    @Query("select b from ArticleBody b join fetch b.article a where a.slug in :slugs")
    List<ArticleBody> findBySlugIn(Collection<String> slugs);
}
