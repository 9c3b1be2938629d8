/**
 * Finding dates in new text: a rule-based temporal tagger for English news that normalises what
 * it finds to TIMEX3 values against the publication date, candidate events from dated sentences,
 * the tagger's evaluation on TimeML corpora, and the command-line tools around it. Plain Java: no
 * Spring, no JPA, no network; thread-safe.
 */
package org.brtimeline.extraction;
