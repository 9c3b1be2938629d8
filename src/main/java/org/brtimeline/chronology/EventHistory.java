package org.brtimeline.chronology;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brtimeline.base.InvalidValueException;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/** Reads the revisions Envers keeps of an event, as snapshots and as field-level differences. */
@Component
class EventHistory {

    private final EntityManager entityManager;

    EventHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every revision of the event, oldest first, each with what changed since the one before. */
    List<EventRevision> of(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(Event.class, false, true)
                .add(AuditEntity.id().eq(eventId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<EventRevision> revisions = new ArrayList<>();
        Map<Long, Integer> numbers = new HashMap<>();
        EventSnapshot previous = null;
        for (Object[] row : rows) {
            Event state = (Event) row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            EventSnapshot snapshot = EventSnapshot.of(state);
            List<String> changes = previous == null ? List.of() : snapshot.changesSince(previous);
            int number = revisions.size() + 1;
            numbers.put(revision.id(), number);
            revisions.add(new EventRevision(
                    revision.id(),
                    number,
                    Instant.ofEpochMilli(revision.changedAt()),
                    revision.username(),
                    kind(type, previous == null, numbers.get(revision.restoredFrom())),
                    changes));
            previous = snapshot;
        }
        return revisions;
    }

    /** Marks the revision being written as the restore of an earlier one. */
    void noteRestoreOf(long revision) {
        AuditReaderFactory.get(entityManager)
                .getCurrentRevision(Revision.class, true)
                .restoring(revision);
    }

    /** The event as it was at a revision, or an error when the event did not exist then. */
    Event at(long eventId, long revision) {
        Event state = AuditReaderFactory.get(entityManager).find(Event.class, eventId, revision);
        if (state == null) {
            throw new InvalidValueException("revision", "event " + eventId + " has no revision " + revision);
        }
        return state;
    }

    private static String kind(RevisionType type, boolean first, Integer restored) {
        return switch (type) {
            case ADD -> "created";
            case DEL -> "removed";
            case MOD -> first ? "created" : restored == null ? "changed" : "restored from revision " + restored;
        };
    }
}
