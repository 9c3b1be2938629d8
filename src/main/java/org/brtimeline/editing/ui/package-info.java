/**
 * The editors' views: the event form and editor page (evidence, merge, delete, history, conflicts),
 * deleted events, adding articles (one by one or as a zip), importing events from a file, and the panel under the reader that
 * turns a selected passage into evidence.
 */
package org.brtimeline.editing.ui;
