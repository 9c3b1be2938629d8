package org.brtimeline.base;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A database that cannot be reached: stopped, restarting, the network between down, or no connection to be had
 * from the pool within its timeout. Not the application's fault and not the person's: pages answer 503 with
 * {@link #MESSAGE}, the API a 503 JSON body, both with {@code Retry-After}; the pool connects again by itself once the
 * database is back. At start, Spring Boot prints {@link Report} instead of a stack trace, and the process exits so
 * that its supervisor starts it again.
 */
public final class DatabaseOutage {

    public static final String MESSAGE =
            "The chronology's database cannot be reached at the moment. Please try again in a minute.";
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseOutage() {}

    /** Whether the error, or one of its causes, says that no connection to the database could be had. */
    public static boolean causedIt(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || (t instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    /** SQL states of a connection that failed (class 08) or of a server shutting down or starting (57P01–57P03). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }

    /** The innermost message, for one brief log line instead of a stack trace. */
    public static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** What Spring Boot prints when the database cannot be reached at start. */
    public static class Report implements FailureAnalyzer {

        @Override
        public FailureAnalysis analyze(Throwable failure) {
            if (!causedIt(failure)) {
                return null;
            }
            return new FailureAnalysis(
                    "The database could not be reached at start (" + rootMessage(failure) + ").",
                    "Start the database, or check its address and account (DB_URL, DB_USER, DB_PASSWORD with the"
                            + " postgres profile; spring.datasource.url otherwise). The application stops (exit"
                            + " status 1) so that its supervisor can start it again; nothing was changed.",
                    failure);
        }
    }
}
