/** The read API of the articles: {@code GET /api/articles} and {@code GET /api/articles/{slug}}. */
package org.brtimeline.reader.api;
