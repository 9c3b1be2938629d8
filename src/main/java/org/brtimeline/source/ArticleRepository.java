package org.brtimeline.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    boolean existsByChecksum(String checksum);

    boolean existsBySlug(String slug);

    /** One page of the articles, in the page's order. */
    List<Article> findBy(Pageable page);

    @Query("select a from Article a where lower(a.title) like :pattern escape '\\'"
            + " or lower(a.publisher) like :pattern escape '\\'"
            + " order by a.published desc, a.slug")
    List<Article> findMatching(String pattern, Pageable page);

    @Query("select a.slug from Article a where a.candidatesPending = true order by a.id")
    List<String> findSlugsWithCandidatesPending();
}
