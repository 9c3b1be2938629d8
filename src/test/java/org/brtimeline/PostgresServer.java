package org.brtimeline;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real PostgreSQL server for the tests (binaries from Maven), and the {@code postgres} profile's settings for it. */
public final class PostgresServer {

    private PostgresServer() {}

    public static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    /** Points the {@code postgres} profile ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}) at the server. */
    public static void register(DynamicPropertyRegistry registry, EmbeddedPostgres server) {
        String url = server.getJdbcUrl("postgres", "postgres");
        registry.add("DB_URL", () -> url);
        registry.add("DB_USER", () -> "postgres");
        registry.add("DB_PASSWORD", () -> "postgres");
    }
}
