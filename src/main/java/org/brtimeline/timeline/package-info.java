/**
 * Exploring the chronology: the timeline's windows (events, or counts per period drawn as clusters
 * when there are too many, and the density strip), and in {@code ui/} our vis-timeline component,
 * the timeline page, the chronology list and the URL filters they share.
 */
package org.brtimeline.timeline;
