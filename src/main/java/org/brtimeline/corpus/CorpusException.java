package org.brtimeline.corpus;

/** A corpus file is wrong; the message names the file and the entry so that a curator can fix it. */
public class CorpusException extends RuntimeException {

    private final String problem;

    public CorpusException(String message) {
        super(message);
        this.problem = message;
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
        this.problem = message;
    }

    /** A problem of one file: the message is "file: problem". */
    CorpusException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.problem = problem;
    }

    /** What is wrong, without the file's name when the exception names one file (a report lists files already). */
    public String problem() {
        return problem;
    }
}
