package org.brtimeline.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence as a title sees it: without its dates and the words that introduce them ("on September 2", "the year
 * ended Sept. 30"), without quotation marks, dateline and parentheses.
 */
final class TitleText {

    /** A dateline: "BRUSSELS (AP) — ", "CAGUAS, Puerto Rico (AP)_ ", "MINSK, Belarus -- ". */
    private static final String DATELINE = "^\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})?"
            + "(?:\\s*\\([^)]{1,20}\\)\\s*_|(?:\\s*\\([^)]{1,20}\\))?\\s+(?:--|—|–|_))\\s+";
    /** A date that is an adjective: "third-quarter", "year-earlier". */
    private static final Pattern DATE_ADJECTIVE =
            Pattern.compile("\\p{L}+-(?:quarter|year|month|week|day|earlier|ago|end|period|half)$");
    /** A date that ends with a day and a year: "June 30, 1990". */
    private static final Pattern DAY_AND_YEAR = Pattern.compile("\\d,\\s*\\d{4}$");
    /** How an aside between commas begins: "which will be due", "who arrived", "speaking on". */
    private static final Pattern ASIDE_OPENING =
            Pattern.compile("(?:who|whom|whose|which|where|when|while|\\p{Ll}+ing|\\p{Ll}+ed)\\b");
    /** An article that ends a text: "… of an ". */
    private static final Pattern ARTICLE_AT_END = Pattern.compile("(?<![\\p{L}])([Aa]n?)\\s+$");
    /** The next word, when it is in lower case. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}+)");
    /** A preposition: what follows a date that is no adjective ("in 1996 on a technicality"). */
    private static final Pattern PREPOSITION =
            Pattern.compile("on|in|at|by|for|from|to|of|with|after|before|since|until|during|over|under|and|or");
    /**
     * The word that introduces a date, left out of a title with it: "on September 2", "the year ended Sept. 30"; "earlier
     * on Friday", "later in March": the adverb goes with the date; so does "last" or "next" before a full date ("last
     * Oct. 23").
     */
    private static final Pattern BEFORE_A_DATE =
            Pattern.compile("(?i)(?:\\b(?:earlier|later)\\s+)?(?:\\b(?:as\\s+of|on|in|at|since|by|until|from|of|during"
                    + "|for|over|within|throughout|earlier|later|ended|ending)\\s+)$"
                    // "shot to death last Oct. 23": a "last" or "next" the date's expression left out
                    + "|\\b(?:last|next)\\s+$");

    private TitleText() {}

    /**
     * The sentence without its dates ({@code dates}: offsets within it), with the first "he" or "she" named as {@code
     * person} (when not null), and without quotation marks, dateline, parentheses and the punctuation they leave.
     */
    static String of(String sentence, List<int[]> dates, KnownActor person) {
        return ActorMentions.withPronounNamed(withoutDates(sentence, dates), person)
                .replaceAll("[“”\"«»]|``|''", "") // also the quotes of wire copy: ``so''
                .replaceFirst(DATELINE, "")
                .replaceAll("\\s_\\s", " – ") // wire copy's dash: "around the days _ in 1994 _ that"
                .replaceAll("\\s*\\([^)]*\\)", "")
                .replaceAll("\\s+", " ")
                .replaceAll(" ([,.;:!?])", "$1") // "said in Moscow on September 2." without its date
                .replaceFirst("^[^\\p{L}\\d]+", "")
                .strip();
    }

    /**
     * Whether the comma after a date closes its year ("in the year ending June 30, 1990, to fall"), not an aside that
     * opened before the date ("the notes, which will be due on Nov. 1, 2004, will be used").
     */
    private static boolean closesItsYear(StringBuilder text, int[] date) {
        if (!DAY_AND_YEAR.matcher(text.substring(date[0], date[1])).find()
                || date[1] >= text.length()
                || text.charAt(date[1]) != ',') {
            return false;
        }
        int comma = text.lastIndexOf(", ", date[0]);
        return comma < 0
                || !ASIDE_OPENING.matcher(text.substring(comma + 2, date[0])).lookingAt();
    }

    /**
     * "an [Aug. 10, 1988,] stock purchase agreement" → "a stock purchase agreement", "a [recent] analyst's estimate" →
     * "an analyst's estimate": the article before a removed date takes the form of the word now after it.
     */
    private static void withArticleFor(StringBuilder text, int at) {
        Matcher article = ARTICLE_AT_END.matcher(text.substring(Math.max(0, at - 4), at));
        Matcher next = NEXT_WORD.matcher(text.substring(at));
        if (!article.find() || !next.lookingAt()) {
            return;
        }
        int start = Math.max(0, at - 4) + article.start(1);
        boolean vowel = "aeio".indexOf(next.group(1).charAt(0)) >= 0;
        String form = article.group(1);
        String right = vowel ? (form.charAt(0) == 'A' ? "An" : "an") : (form.charAt(0) == 'A' ? "A" : "a");
        text.replace(start, start + form.length(), right);
    }

    private static String withoutDates(String sentence, List<int[]> dates) {
        StringBuilder text = new StringBuilder(sentence);
        dates.stream().sorted((a, b) -> b[0] - a[0]).forEach(d -> {
            int from = d[0];
            Matcher preposition = BEFORE_A_DATE.matcher(text.substring(0, from));
            // "a 77% drop in third-quarter net income": a date that describes a noun leaves its preposition to the noun
            Matcher next = NEXT_WORD.matcher(text.substring(d[1]));
            boolean describesNoun =
                    DATE_ADJECTIVE.matcher(text.substring(d[0], d[1])).find()
                            && next.lookingAt()
                            && !PREPOSITION.matcher(next.group(1)).matches()
                            && !Clauses.hasVerb(next.group(1));
            if (preposition.find() && !describesNoun) {
                from = preposition.start();
            }
            // "Last year's results were hurt": the possessive goes with its date; "in the year ending June 30, 1990, to
            // fall": so does the comma that closes a year after its day
            int to = text.substring(d[1]).matches("(?s)['’]s\\b.*")
                    ? d[1] + 2
                    : closesItsYear(text, d) ? d[1] + 1 : d[1];
            text.replace(from, to, "");
            withArticleFor(text, from);
        });
        // "the [February 2nd] meeting" without its date leaves "[ ]"
        return text.toString()
                .replaceAll("\\s*(?:\\[\\s*]|\\(\\s*\\))", "")
                .replaceAll(" ,", ",")
                // "The embassy bombings, on Aug. 7, killed": an aside that was only a date goes with it
                .replaceAll(",\\s*,\\s*", " ");
    }
}
