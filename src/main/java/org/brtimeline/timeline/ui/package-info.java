/** The timeline page (our vis-timeline component), the chronology list, and the filters and URL they share. */
package org.brtimeline.timeline.ui;
