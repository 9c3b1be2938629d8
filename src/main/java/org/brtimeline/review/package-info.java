/**
 * The review workflow: the dated sentences of each new article proposed as candidate events
 * (persisted with the editors' decisions), the queue service, and the review page ({@code ui/}).
 * Finding the dates is {@code extraction}'s; creating events is {@code chronology}'s.
 */
package org.brtimeline.review;
