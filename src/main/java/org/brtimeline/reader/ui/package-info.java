/** The article list and the reader, with every quoted passage highlighted and, for editors, the selection tool. */
package org.brtimeline.reader.ui;
