package org.brtimeline.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.brtimeline.base.DatePrecision;

/**
 * One article an event rests on, as a reference manager takes it: the quotes the event cites from it and a note that
 * names the event. {@code issued} holds the year, month and day of publication as far as its precision tells them
 * (the parts on which the first and the last possible day agree: a month-precision date has two, a week that spans two
 * months one), so no format claims a day nobody knows.
 */
public record CitedSource(
        String key,
        String title,
        String publisher,
        String language,
        List<Integer> issued,
        String url,
        List<String> quotes,
        String note) {

    public CitedSource {
        issued = List.copyOf(issued);
        quotes = List.copyOf(quotes);
    }

    /** Year, then month, then day, for as many of them as every possible day of the publication shares. */
    public static List<Integer> dateParts(LocalDate published, DatePrecision precision) {
        LocalDate first = precision.firstDayOfUnit(published);
        LocalDate last = precision.lastDayOfUnit(published);
        List<Integer> parts = new ArrayList<>();
        if (first.getYear() == last.getYear()) {
            parts.add(first.getYear());
            if (first.getMonthValue() == last.getMonthValue()) {
                parts.add(first.getMonthValue());
                if (first.equals(last)) {
                    parts.add(first.getDayOfMonth());
                }
            }
        }
        return parts;
    }

    /** The quotes on one line each run of white space made one space, for formats whose fields are one line. */
    String quotesOnOneLine() {
        return String.join(" ", quotes.stream().map(q -> "“" + q + "”").toList())
                .replaceAll("\\s+", " ")
                .strip();
    }
}
