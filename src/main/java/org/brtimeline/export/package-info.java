/**
 * The chronology in open formats, for other tools: CSV, the API's JSON, TimelineJS, W3C Web Annotations of the
 * evidence and iCalendar, and an Atom feed of the latest events. Every export streams the published events that
 * match the read API's filters, in date order, up to {@link org.brtimeline.export.EventExports#maxEvents()}. And back:
 * events from a CSV file of the export's columns or a TimelineJS file become drafts, all or nothing
 * ({@link org.brtimeline.export.EventImport}, the {@code import-events} command).
 */
package org.brtimeline.export;
