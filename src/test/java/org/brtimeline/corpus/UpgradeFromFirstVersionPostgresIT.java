package org.brtimeline.corpus;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Today's application started on a PostgreSQL database that the first versions wrote (a real server from Maven). */
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
            "app.admin.password-file=target/admin-password"
        })
@ActiveProfiles("postgres")
class UpgradeFromFirstVersionPostgresIT extends UpgradeChecks {

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void oldDatabase(DynamicPropertyRegistry registry) throws IOException {
        postgres = org.brtimeline.PostgresServer.start();
        before = FirstVersionDatabase.writtenInto(
                new DriverManagerDataSource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
        org.brtimeline.PostgresServer.register(registry, postgres);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }
}
