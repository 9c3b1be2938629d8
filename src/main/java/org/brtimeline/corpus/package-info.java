/**
 * The curated corpus that ships in {@code corpus/}: article files with front matter, the actors,
 * and the chronology whose evidence is given as verbatim quotes, imported once, in one transaction,
 * into an empty database; and the batch import of article files (a zip, or the
 * {@code import-articles} command).
 */
package org.brtimeline.corpus;
