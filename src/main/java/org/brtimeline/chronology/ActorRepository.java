package org.brtimeline.chronology;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActorRepository extends JpaRepository<Actor, Long> {

    List<Actor> findAllByOrderByNameAsc();

    List<Actor> findByNameIn(Collection<String> names);

    /**
     * The actors whose name or one of whose spellings is one of these, in lower case, by name: one query, where reading
     * every actor and its spellings took one per actor.
     */
    @Query(
            "select distinct a from Actor a left join a.aliases alias where lower(a.name) in :names or lower(alias) in :names"
                    + " order by a.name")
    List<Actor> findCalledAnyOf(Collection<String> names);

    /** The actors whose name or one of whose spellings matches the pattern, by name. */
    @Query("select a from Actor a where lower(a.name) like :pattern escape '\\' or exists (select 1 from Actor b join"
            + " b.aliases alias where b = a and lower(alias) like :pattern escape '\\') order by a.name")
    List<Actor> findMatching(String pattern, Pageable page);
}
