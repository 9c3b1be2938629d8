package org.brtimeline.chronology;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The number of the latest revision: every change to an event or its evidence, on any node sharing the database, is
 * recorded as a new revision with a higher number (Envers), so the number changes whenever what readers see may have.
 */
@Component
class Revisions {

    private final JdbcTemplate jdbc;

    Revisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long latest() {
        Long latest = jdbc.queryForObject("select max(id) from revision", Long.class);
        return latest == null ? 0 : latest;
    }
}
