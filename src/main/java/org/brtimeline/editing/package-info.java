/**
 * What editors do: the event form, the editor page with evidence, history, merge and delete, and
 * adding articles. Views only; the changes themselves are the chronology's and the sources'
 * services.
 */
package org.brtimeline.editing;
