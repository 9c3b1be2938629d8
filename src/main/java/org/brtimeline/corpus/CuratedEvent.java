package org.brtimeline.corpus;

import java.util.List;

/** One entry of {@code events.yaml}, as written by a curator. */
record CuratedEvent(
        String key,
        String title,
        String summary,
        String category,
        List<String> actors,
        List<String> places,
        When date,
        List<Quote> evidence) {

    /** The date: compact notation (see {@code DateNotation}), optional range end, qualifier, wording and basis. */
    record When(String when, String until, String qualifier, String wording, String basis, String note) {}

    /** A verbatim quote from an article, found in its text by the loader. */
    record Quote(String article, String quote) {}
}
