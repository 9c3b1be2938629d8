package org.brtimeline.chronology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change of the chronology: when and by whom. Envers writes one per transaction that changes events. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionAuthor.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "username", length = 60)
    private String username;

    /** The revision this one brought back, when it restored an earlier version. */
    @Column(name = "restored_from")
    private Long restoredFrom;

    public long id() {
        return id;
    }

    public long changedAt() {
        return changedAt;
    }

    public String username() {
        return username;
    }

    public Long restoredFrom() {
        return restoredFrom;
    }

    void restoring(long revision) {
        this.restoredFrom = revision;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
