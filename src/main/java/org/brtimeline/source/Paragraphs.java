package org.brtimeline.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article's text into paragraphs. The corpus uses both blank lines and single line
 * breaks between paragraphs, so every non-blank line is a paragraph; surrounding white space
 * (including no-break spaces) is not part of it.
 */
public final class Paragraphs {

    private Paragraphs() {}

    /** The paragraphs of a text, as an article stores them. */
    public static List<Passage> of(String text) {
        List<Passage> passages = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = lineStart;
            int end = lineEnd;
            while (start < end && isBlank(text.charAt(start))) {
                start++;
            }
            while (end > start && isBlank(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                passages.add(new Passage(start, end));
            }
            lineStart = lineEnd + 1;
        }
        return passages;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
