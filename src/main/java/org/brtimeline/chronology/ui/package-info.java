/** The event as readers see it: the detail panel (shared with the timeline and the list), the permalink page and the actors' pages. */
package org.brtimeline.chronology.ui;
