package org.brtimeline.base;

/** A SQL {@code LIKE} pattern for "contains this text, in any case", with the text's own wildcards taken out. */
public final class LikePattern {

    private LikePattern() {}

    public static String containing(String text) {
        return "%"
                + (text == null ? "" : text.strip().toLowerCase())
                        .replace("%", "")
                        .replace("_", "") + "%";
    }
}
