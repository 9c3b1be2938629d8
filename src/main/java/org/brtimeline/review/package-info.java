/**
 * The review workflow: the dated sentences of each new article proposed as candidate events
 * (persisted with the editors' decisions), the services that propose, show and decide them, and
 * the review pages ({@code ui/}).
 * Finding the dates is {@code extraction}'s; creating events is {@code chronology}'s.
 */
package org.brtimeline.review;
