package org.brtimeline.corpus;

/** A whole batch import is refused before anything is stored: the message says why, in plain words. */
public class ImportRefusedException extends RuntimeException {

    ImportRefusedException(String message) {
        super(message);
    }
}
