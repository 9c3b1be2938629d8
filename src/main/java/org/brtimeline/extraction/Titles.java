package org.brtimeline.extraction;

import java.util.regex.Pattern;

/**
 * Names that are made of time words are no temporal expressions (TimeML follows TIDES: proper names
 * are not markable): a programme or paper quoted as a title ({@code CBS's "60 Minutes"}, {@code ABC
 * News' "This Week,"}) and "Today" capitalised inside a name ("USA Today", "VOA Today").
 */
final class Titles {

    /** Every word capitalised (or a number), at least two words: "60 Minutes", "This Week", "Meet the Press" is not. */
    private static final Pattern CAPITALISED_WORDS =
            Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d.'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.'’-]*)+");

    private static final String OPENING_QUOTES = "\"“`'‘";

    private static final String CLOSING_QUOTES = "\"”'’";

    private Titles() {}

    static boolean isTitle(String text, TemporalExpression e) {
        return quotedTitle(text, e) || todayInAName(text, e);
    }

    /** The whole quotation, in capitalised words: {@code ''60 Minutes.''}, {@code "This Week,"}. */
    private static boolean quotedTitle(String text, TemporalExpression e) {
        if (e.start() == 0 || OPENING_QUOTES.indexOf(text.charAt(e.start() - 1)) < 0) {
            return false;
        }
        int after = e.end();
        if (after < text.length() && ".,;:!?".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        return after < text.length()
                && CLOSING_QUOTES.indexOf(text.charAt(after)) >= 0
                && CAPITALISED_WORDS.matcher(e.text()).matches();
    }

    /** "Today" with a capital after a capitalised word that does not end a sentence: "USA Today", "VOA Today". */
    private static boolean todayInAName(String text, TemporalExpression e) {
        if (!e.text().equals("Today")) {
            return false;
        }
        int end = e.start();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end > start && end < e.start() && Character.isUpperCase(text.charAt(start));
    }
}
