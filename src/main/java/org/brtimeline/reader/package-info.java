/** Articles as readers meet them: metadata, text, passages and the events each article supports. */
package org.brtimeline.reader;
