package org.brtimeline.chronology;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

    List<Event> findByStatusOrderByUpdatedAtDesc(EventStatus status, org.springframework.data.domain.Pageable page);

    long countByStatus(EventStatus status);

    @Query("""
            select new org.brtimeline.chronology.ArticleEvidence(ev.id, e.id, e.title, '', ev.startOffset, ev.endOffset)
            from Evidence ev join ev.event e
            where ev.article.slug = :slug and e.status = org.brtimeline.chronology.EventStatus.PUBLISHED
            order by ev.startOffset, ev.endOffset""")
    List<ArticleEvidence> evidenceIn(String slug);

    /** Every place some event names, once: the chronology's own gazetteer. */
    @Query("select distinct p from Event e join e.places p")
    List<String> knownPlaces();
}
