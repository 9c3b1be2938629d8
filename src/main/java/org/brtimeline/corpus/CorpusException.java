package org.brtimeline.corpus;

/** A corpus file is wrong; the message names the file and the entry so that a curator can fix it. */
public class CorpusException extends RuntimeException {

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
