package org.brtimeline.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DateCandidateRepository extends JpaRepository<DateCandidate, Long> {

    List<DateCandidate> findByArticleSlugOrderByStartOffset(String slug);

    boolean existsByArticleSlug(String slug);
}
