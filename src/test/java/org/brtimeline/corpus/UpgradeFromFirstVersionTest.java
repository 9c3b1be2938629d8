package org.brtimeline.corpus;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Today's application started on an H2 database that the first versions wrote (PostgreSQL: the IT of this name). */
@SpringBootTest
@ActiveProfiles("test")
class UpgradeFromFirstVersionTest extends UpgradeChecks {

    private static final String URL = "jdbc:h2:mem:upgrade-from-first-version;DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void oldDatabase(DynamicPropertyRegistry registry) {
        before = FirstVersionDatabase.writtenInto(new DriverManagerDataSource(URL, "sa", ""));
        registry.add("spring.datasource.url", () -> URL);
    }
}
