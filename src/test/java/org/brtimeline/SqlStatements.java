package org.brtimeline;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL that Hibernate prepares on the current thread while an action runs, to check what
 * a page reads and how many statements it takes. Registered for the test profile in
 * {@code application-test.properties}; other threads are never recorded.
 */
public final class SqlStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> recording = RECORDING.get();
        if (recording != null) {
            recording.add(sql);
        }
        return sql;
    }

    /** The statements Hibernate prepared on this thread while the action ran, in order. */
    public static List<String> during(ThrowingRunnable action) {
        List<String> recorded = new ArrayList<>();
        RECORDING.set(recorded);
        try {
            action.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            RECORDING.remove();
        }
        return List.copyOf(recorded);
    }

    /** What {@link #during} runs; MockMvc calls throw checked exceptions. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
