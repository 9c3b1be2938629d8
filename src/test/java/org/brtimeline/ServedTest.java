package org.brtimeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application served on a random port, for what only a real HTTP response shows (its
 * status, the first HTML): MockMvc stops at Spring's forward to the Vaadin servlet. It runs on the
 * writing tests' database, so a test may change data; one shared context for all such tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:timeline-writing;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
public @interface ServedTest {}
