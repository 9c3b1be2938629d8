package org.brtimeline.extraction;

import java.util.List;

/**
 * Expressions as tab-separated lines: start, end, type, value, mod, earliest, latest, text. An
 * expression's text can hold a line break ("May\n2020"), so tabs, line breaks and backslashes in
 * it are written as {@code \t}, {@code \n}, {@code \r} and {@code \\}: one expression, one line.
 */
final class TimexTsv {

    static final String HEADER = "start\tend\ttype\tvalue\tmod\tearliest\tlatest\ttext";

    private TimexTsv() {}

    /** The header and one line per expression, each ending in a newline. */
    static String of(List<TemporalExpression> expressions) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        expressions.forEach(e -> out.append(line(e)).append('\n'));
        return out.toString();
    }

    static String line(TemporalExpression e) {
        return e.start() + "\t" + e.end() + "\t" + e.type() + "\t" + e.value() + "\t" + orEmpty(e.mod()) + "\t"
                + orEmpty(e.earliest()) + "\t" + orEmpty(e.latest()) + "\t" + escaped(e.text());
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
