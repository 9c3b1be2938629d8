package org.brtimeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What the shipped corpus holds, read from its files, so that tests relate what the application
 * shows to the corpus instead of hard-coding today's numbers: a curated event added to
 * {@code corpus/events.yaml} changes no test.
 */
public final class TestCorpus {

    private TestCorpus() {}

    /** The number of curated events in {@code corpus/events.yaml}: every one is imported as a published event. */
    public static int curatedEvents() {
        try (InputStream in = TestCorpus.class.getResourceAsStream("/corpus/events.yaml")) {
            JsonNode events = new ObjectMapper(new YAMLFactory()).readTree(in);
            if (events == null || !events.isArray() || events.isEmpty()) {
                throw new IllegalStateException("corpus/events.yaml holds no events");
            }
            return events.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
