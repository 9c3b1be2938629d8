/**
 * The source articles: their metadata, the paragraphs ({@link org.brtimeline.source.Passage}) of their
 * text, and the full text every evidence offset indexes into ({@link org.brtimeline.source.ArticleBody}),
 * kept apart so that only the pages that show it load it. Knows nothing of events.
 */
package org.brtimeline.source;
