/**
 * The source articles: their metadata, the full text every evidence offset indexes into, and the
 * paragraphs ({@link org.brtimeline.source.Passage}) computed from it. Knows nothing of events.
 */
package org.brtimeline.source;
