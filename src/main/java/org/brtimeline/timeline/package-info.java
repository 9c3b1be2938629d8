/**
 * The interactive timeline: our Vaadin component around vis-timeline, which loads only the
 * visible window (events, or per-period clusters when there are too many), with a density strip,
 * lanes by category or actor, and the event detail beside it.
 */
package org.brtimeline.timeline;
