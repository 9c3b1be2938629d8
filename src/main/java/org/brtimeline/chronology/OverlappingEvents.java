package org.brtimeline.chronology;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The first published events of several date windows in one query: one branch per window, each
 * reading the index event_by_bounds in date order and stopping after its limit, joined by a union.
 */
@Component
class OverlappingEvents {

    private final EntityManager entityManager;

    OverlappingEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The ids of the first {@code perWindow} published events (in date order) overlapping each window. */
    List<Long> firstIds(List<DateWindow> windows, int perWindow) {
        StringBuilder hql = new StringBuilder();
        for (int i = 0; i < windows.size(); i++) {
            hql.append(i == 0 ? "" : " union ")
                    .append("(select e.id from Event e where e.status = :published")
                    .append(" and e.date.latest >= :from")
                    .append(i)
                    .append(" and e.date.earliest <= :to")
                    .append(i)
                    .append(" order by e.status, e.date.earliest, e.date.latest, e.id limit ")
                    .append(perWindow)
                    .append(")");
        }
        var query =
                entityManager.createQuery(hql.toString(), Long.class).setParameter("published", EventStatus.PUBLISHED);
        for (int i = 0; i < windows.size(); i++) {
            query.setParameter("from" + i, windows.get(i).from())
                    .setParameter("to" + i, windows.get(i).to());
        }
        return query.getResultList();
    }
}
