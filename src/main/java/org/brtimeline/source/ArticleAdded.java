package org.brtimeline.source;

/** Published after an article is stored, so that other features (date extraction) can react without source knowing them. */
public record ArticleAdded(String slug) {}
