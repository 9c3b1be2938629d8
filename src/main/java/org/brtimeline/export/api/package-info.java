/**
 * The export endpoints ({@code GET /api/export/...}), the Atom feed ({@code GET /feed.atom}) and the web settings of
 * the whole read API: its OpenAPI description, ETags and the CORS origins allowed by {@code app.api.cors-origins}.
 */
package org.brtimeline.export.api;
