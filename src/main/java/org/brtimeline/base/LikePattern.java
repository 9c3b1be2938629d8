package org.brtimeline.base;

import java.util.Locale;

/**
 * SQL {@code LIKE} patterns for text a user typed: its own wildcards ({@code %}, {@code _}) and the escape character are
 * escaped with {@link #ESCAPE}, so that "50%" finds "50%" and nothing else. Every query that takes such a pattern says
 * {@code escape '\'}; one escaping for every search of the application.
 */
public final class LikePattern {

    public static final char ESCAPE = '\\';

    private LikePattern() {}

    /** "Contains this text, in any case": the text stripped and in lower case, escaped, between {@code %}. */
    public static String containing(String text) {
        return "%" + escaped(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** The text with the LIKE wildcards and the escape character escaped, to build a pattern around. */
    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
