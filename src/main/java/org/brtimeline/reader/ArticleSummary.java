package org.brtimeline.reader;

import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;

/** An article in the list: its metadata and how many published events it supports. */
public record ArticleSummary(
        String slug,
        String title,
        String publisher,
        String url,
        String language,
        LocalDate published,
        DatePrecision precision,
        String publishedNote,
        long eventCount) {}
