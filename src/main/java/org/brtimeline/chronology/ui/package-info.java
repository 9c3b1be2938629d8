/** The event as readers see it: the detail panel (shared with the timeline and the list) and the permalink page. */
package org.brtimeline.chronology.ui;
