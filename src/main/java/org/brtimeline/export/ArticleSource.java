package org.brtimeline.export;

/**
 * An article as annotations target it: its slug (our copy lives at {@code /articles/{slug}}), the address it was first
 * published at (null when unknown) and its text, into which evidence offsets point.
 */
public record ArticleSource(String slug, String originalUrl, String text) {}
