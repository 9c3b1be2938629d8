/**
 * Synthetic data at scale: the {@code generate} command fills a database with realistic invented
 * articles, events and evidence (the timeline benchmark's distributions), to try the application
 * and measure it with a million events. It writes by JDBC batches straight into the tables of
 * {@code source} and {@code chronology}, bypassing their services, because one entity at a time
 * would take hours; the generator itself keeps their rules (dates computed by
 * {@link org.brtimeline.chronology.EventDate}, quotes cut from the article's text at their offsets).
 */
package org.brtimeline.generate;
