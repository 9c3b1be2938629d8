package org.brtimeline.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    boolean existsByChecksum(String checksum);

    boolean existsBySlug(String slug);

    List<Article> findAllByOrderByPublishedAscSlugAsc();
}
