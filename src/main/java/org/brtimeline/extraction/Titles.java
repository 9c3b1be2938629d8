package org.brtimeline.extraction;

/**
 * Names that are made of time words are no temporal expressions (TimeML follows TIDES: proper names
 * are not markable): a programme, campaign or march quoted as a title ({@code CBS's "60 Minutes"}, {@code ABC
 * News' "This Week With David Brinkley"}, {@code the ``March of the
 * Combatant Mothers''}) and "Today" capitalised inside a name ("USA Today", "VOA Today").
 */
final class Titles {

    /** How far a title may run after the expression's start. */
    private static final int MAX_TITLE = 60;

    private static final String OPENING_QUOTES = "\"“`'‘";

    private static final String CLOSING_QUOTES = "\"”'’";

    private Titles() {}

    static boolean isTitle(String text, TemporalExpression e) {
        return quotedTitle(text, e) || todayInAName(text, e);
    }

    /**
     * A quotation that opens right before the expression and is a title: at least two words, each word of
     * four letters or more capitalised ({@code ''60 Minutes.''}, {@code "This Week With David Brinkley"},
     * {@code ``Spring of Life''}).
     */
    private static boolean quotedTitle(String text, TemporalExpression e) {
        if (e.start() == 0
                || OPENING_QUOTES.indexOf(text.charAt(e.start() - 1)) < 0
                || !Character.isUpperCase(e.text().charAt(0))
                        && !Character.isDigit(e.text().charAt(0))) {
            return false;
        }
        int limit = Math.min(text.length(), e.start() + MAX_TITLE);
        int close = e.end();
        while (close < limit && !closesAQuote(text, close)) {
            close++;
        }
        if (close >= limit) {
            return false;
        }
        String quoted = text.substring(e.start(), close).replaceFirst("[.,;:!?]$", "");
        if (quoted.matches(".*[,;:!?].*")) {
            return false; // a clause ("Today, I'm here to tell you"), not a title
        }
        String[] words = quoted.trim().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty()
                    || word.length() >= 4 && Character.isLowerCase(word.charAt(0))
                    || word.matches(".*[.!?]\\S.*")) {
                return false;
            }
        }
        return true;
    }

    /** A closing quote mark that is no apostrophe inside a word ("I'm", "Gonzalez's"). */
    private static boolean closesAQuote(String text, int at) {
        return CLOSING_QUOTES.indexOf(text.charAt(at)) >= 0
                && (at + 1 >= text.length() || !Character.isLetter(text.charAt(at + 1)));
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
