/** The read API of the chronology: {@code GET /api/events} and {@code GET /api/events/{id}}. */
package org.brtimeline.chronology.api;
