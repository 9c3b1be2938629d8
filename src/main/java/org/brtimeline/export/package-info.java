/**
 * The chronology in open formats, for other tools: CSV, the API's JSON, TimelineJS, W3C Web Annotations of the
 * evidence and iCalendar, and an Atom feed of the latest events. Every export streams the published events that
 * match the read API's filters, in date order, up to {@link org.brtimeline.export.EventExports#maxEvents()}.
 */
package org.brtimeline.export;
