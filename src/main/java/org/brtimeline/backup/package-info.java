/**
 * Backup and restore of the whole chronology: one versioned zip (a manifest and a JSON-lines file per table) written
 * and read by JDBC, table by table in the order of their references; a restore goes into an empty database (or one
 * the caller agrees to empty) in one transaction, all or nothing. The {@code backup} and {@code restore} commands.
 */
package org.brtimeline.backup;
