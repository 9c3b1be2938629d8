/**
 * The curated corpus that ships in {@code corpus/}: article files with front matter, the actors,
 * and the chronology whose evidence is given as verbatim quotes. Imported once, in one
 * transaction, into an empty database.
 */
package org.brtimeline.corpus;
