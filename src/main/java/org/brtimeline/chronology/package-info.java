/**
 * Events with dates of honest precision, the actors involved, the evidence that ties each event to
 * an exact character range of an article, and every event's history. Only this package's services
 * change events ({@link org.brtimeline.chronology.ChronologyEditor} for editors and imports): the
 * entities' mutators are package-private.
 */
package org.brtimeline.chronology;
