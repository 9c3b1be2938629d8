/**
 * A source-linked timeline of Belarus–Russia relations. The packages are the product's features,
 * each a Spring Modulith module whose root package is its API:
 * {@code source} (articles and their paragraphs), {@code chronology} (events with honest dates,
 * evidence, actors and history), {@code timeline} (the chart's windows and clusters, the list and
 * their filters), {@code reader} (articles as readers see them), {@code extraction} (the date
 * tagger, plain Java), {@code review} (candidate events from new articles and their review),
 * {@code editing} (the editors' views), {@code corpus} (the curated chronology that ships with the
 * application, and batch imports), {@code security} (accounts and access) and {@code base} (what
 * all share: date precision and qualifiers, domain errors, the layout, the API's error replies).
 */
package org.brtimeline;
