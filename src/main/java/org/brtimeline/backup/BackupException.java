package org.brtimeline.backup;

/** A backup that cannot be written or restored, with the reason in plain words; a failed restore changed nothing. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
