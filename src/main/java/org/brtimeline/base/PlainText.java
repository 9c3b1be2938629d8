package org.brtimeline.base;

import java.util.Optional;

/**
 * What a stored text may hold: any character but the invisible control characters (tab and line breaks excepted) and
 * broken characters (half of a UTF-16 pair, as a cut-off paste or a bad file leaves them). Neither can be seen or
 * fixed on the page, the NUL character is refused by PostgreSQL, and a broken character is silently replaced when
 * written as UTF-8: refused with a message instead, so that nothing is stored other than as typed.
 */
public final class PlainText {

    private PlainText() {}

    /** What is wrong with the text, in plain words, or nothing. */
    public static Optional<String> problemIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
                return Optional.of(String.format(
                        "holds an invisible control character (U+%04X) at position %d: remove it", (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("holds a broken character at position " + (i + 1)
                        + " (half of a pair, as a cut-off copy leaves it): type it again");
            }
        }
        return Optional.empty();
    }

    /** Throws {@link InvalidValueException} naming the field when the text holds what a text may not. */
    public static void check(String field, String text) {
        problemIn(text).ifPresent(problem -> {
            throw new InvalidValueException(field, problem);
        });
    }
}
