package org.brtimeline.extraction;

import static org.brtimeline.extraction.Clauses.VERB;
import static org.brtimeline.extraction.Clauses.hasFiniteVerb;
import static org.brtimeline.extraction.Clauses.hasVerb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title fitted to the chronology's length: short names, no asides when too long, cut where a phrase ends (never
 * between the subject and its verb, never inside a name, never leaving a clause without its verb), no dangling word,
 * no "…".
 */
final class TitleFit {

    /** Titles of the chronology are short: at most about this many characters, cut at a word, never with "…". */
    static final int MAX_TITLE = 90;
    /** A title that is a whole clause may be this much longer than {@link #MAX_TITLE} rather than be cut ("about 90"). */
    private static final int WHOLE_CLAUSE_SLACK = 10;
    /** The longest title: a whole clause a little over {@link #MAX_TITLE}. */
    static final int LONGEST_TITLE = MAX_TITLE + WHOLE_CLAUSE_SLACK;
    /** A title cut shorter than this is cut at a word instead of at a phrase. */
    private static final int MIN_CUT_TITLE = 30;
    /** A word cut may go back this far to end before a preposition rather than inside a noun phrase. */
    private static final int MIN_WORD_CUT_TITLE = 60;
    /** An unfinished clause is cut off only when what is left of a title is longer than this. */
    private static final int MIN_UNFINISHED_CUT = 15;

    /**
     * What a title too long can do without: an aside between dashes, in parentheses or in an editor's brackets
     * ("troops—and hardware—to", "none of the programs [outlined in the treaty] violates").
     */
    private static final Pattern ASIDE =
            Pattern.compile("\\s*—[^—]{1,80}—\\s*|\\s[–-]\\s[^–]{1,80}?\\s[–-]\\s|\\s*\\([^()]{1,80}\\)"
                    + "|\\s*\\[[^\\[\\]]{1,80}\\]");
    /** A relative clause between a subject and its predicate: "a suspect | who was returned from Pakistan | had …". */
    private static final Pattern RELATIVE_BEFORE_PREDICATE = Pattern.compile(
            "\\s(?:who|that|which)\\s+(?:is|are|was|were|has|have|had)\\s+[^,]{3,60}?(?=\\s(?:is|are|was|were|has|have"
                    + "|had|will|would|could|can|may|might|must|should|did|does|do)\\s)");
    /** An apposition that closes a title, after a name: "Belarus, a close ally of Moscow". */
    private static final Pattern CLOSING_APPOSITION =
            Pattern.compile("(?<=\\p{Lu}[\\p{L}.'’-]{1,30}),\\s+(?:a|an|the)\\s[^,]+$");
    /** A capitalised word, and the capitalised words a cut title ends with (part of a name). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{L}*\\b");

    private static final Pattern NAME_WORD_AT_END = Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+$");
    /** A clause that ends a title with its verb alone: "… that began", "… as began". */
    private static final Pattern BARE_CLAUSE_AT_END = Pattern.compile(
            "\\s+(?:that|which|who|as|when|after|before|since|until|while|and|but)\\s+(?:(?<auxiliary>was|were|is|are|had"
                    + "|has|have)\\s+)?(?<verb>\\p{Ll}+)[.,;:]*$");
    /** "and" or "but" before a verb: a second verb phrase of the same subject. */
    private static final Pattern SECOND_VERB_PHRASE = Pattern.compile("\\s(?:and|but)\\s");
    /** A word that begins a phrase of its own, so a title can end before it. */
    private static final Pattern PHRASE_START = Pattern.compile("\\s(?:of|to|in|on|at|by|for|with|from|into|over|under"
            + "|against|about|between|through|across|toward|towards|near|after|before|during|since|until|and|or|but"
            + "|that|which|who|when|where|while|as|because|if)\\s");
    /** Where a clause or a phrase that a title can do without begins. */
    private static final Pattern PHRASE_BREAK = Pattern.compile("(?:(?!" + Names.PLACE_COMMA
            + "),|[;:]|\\s[–—-])(?=\\s)"
            + "|\\s(?:during which|in which"
            + "|where|when|who|which|while|whereas|with the aim of|in order to|so that|because|although"
            // not "for" before a noun ("calling for the redemption", "responsible for the deaths"): it completes
            // its verb
            + "|for(?=\\s+\\p{L}+ing\\b)|if|unless|after|before|since|until|amid|despite|following)(?=\\s)");
    /** Words a title does not end with. */
    private static final Set<String> DANGLING = Set.of(("the a an of to and or in on at by for with from that which"
                    + " who as its his her their our my your this these those but is are was were be"
                    + " been being has have had will would can could should may might must not if when than he"
                    + " she they we between among until since before after during into about under against through"
                    + " though although because while whereas unless")
            .split(" "));

    private TitleFit() {}

    /** Full names to the short ones, at most {@link #MAX_TITLE} characters at a word, no dangling word, a capital first. */
    static String fit(String title, List<KnownActor> found) {
        return fit(title, found, null);
    }

    /** As {@link #fit(String, List)}, and a cut never goes back to or before the title's main verb, when known. */
    static String fit(String title, List<KnownActor> found, String verb) {
        String t = title;
        for (KnownActor a : found) {
            if (a.isPerson() && t.contains(a.name())) {
                t = t.replace(a.name(), a.shortName());
            }
        }
        t = Clauses.withoutEndMarks(
                        t.replaceAll("\\s+", " ").replaceAll(" ([,.;:])", "$1").strip())
                .strip();
        // "… visits Belarus, a close ally of Moscow": what the apposition says of a name is no part of what happened
        Matcher described = CLOSING_APPOSITION.matcher(t);
        if (described.find() && !hasVerb(described.group())) {
            t = t.substring(0, described.start());
        }
        if (t.length() > MAX_TITLE) {
            t = ASIDE.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").strip();
        }
        // "… say that a suspect who was returned from Pakistan had not admitted any role …": too long, the relative
        // clause goes rather than what the suspect did
        if (t.length() > MAX_TITLE) {
            t = RELATIVE_BEFORE_PREDICATE.matcher(t).replaceFirst("");
        }
        if (t.length() > MAX_TITLE && phraseEnd(t, afterVerb(t, verb)) < 0) {
            t = withoutTitles(t, found);
        }
        // a little too long and no phrase to end at: whole rather than cut inside its last phrase
        if (t.length() > MAX_TITLE && (t.length() > LONGEST_TITLE || phraseEnd(t, afterVerb(t, verb)) >= 0)) {
            t = cut(t, afterVerb(t, verb));
        }
        // "… a surge in employment gains that began [last fall]", "… prayed for divine help as [Easter week] began":
        // a clause its date left with a verb alone
        Matcher bareClause = BARE_CLAUSE_AT_END.matcher(t);
        if (bareClause.find()
                && bareClause.start() >= MIN_UNFINISHED_CUT
                && (hasVerb(bareClause.group("verb"))
                        || bareClause.group("auxiliary") != null
                                && bareClause.group("verb").endsWith("ing"))) {
            t = t.substring(0, bareClause.start());
        }
        List<String> words = new ArrayList<>(List.of(t.split(" ")));
        while (words.size() > 3 && DANGLING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            String dropped = words.remove(words.size() - 1);
            // "… controlled by the Cuban government even though": "even" goes with its "though"
            if (dropped.equalsIgnoreCase("though")
                    && words.get(words.size() - 1).equalsIgnoreCase("even")) {
                words.remove(words.size() - 1);
            }
        }
        t = Clauses.withoutEndMarks(String.join(" ", words).replaceAll("(?:\\s*(?:--|—|–))+$", ""));
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** A title too long cut where {@link #cutAt} says, not inside a name, and without a clause left unfinished. */
    private static String cut(String title, int afterVerb) {
        int at = cutAt(title, afterVerb);
        // "… the political line of the European | Union": a name is not cut in two
        boolean inName = NAME_WORD.matcher(title.substring(at).strip()).lookingAt()
                && NAME_WORD_AT_END.matcher(title.substring(0, at)).find();
        String kept = title.substring(0, at);
        if (inName) {
            kept = NAME_WORD_AT_END.matcher(kept).replaceFirst("");
        }
        return Clauses.withoutUnfinishedClause(kept, title.substring(at), MIN_UNFINISHED_CUT);
    }

    /**
     * A title too long that has no phrase to end at names people without their titles ("US Secretary of State Pompeo
     * says …" → "Pompeo says …"): the event's actors still carry who they are.
     */
    private static String withoutTitles(String title, List<KnownActor> found) {
        String t = title;
        for (KnownActor a : found) {
            if (a.isPerson()) {
                t = t.replaceAll(
                        "(?:(?:\\p{Lu}\\p{L}*(?:an|ese|ish)|US|U\\.S\\.|UK|EU)\\s+)?" + ActorMentions.PERSON_TITLE
                                + "\\s+(?=" + Pattern.quote(a.shortName()) + "\\b)",
                        "");
            }
        }
        return t;
    }

    /**
     * Where a title too long is cut: before the last clause or phrase that fits ("…for a working visit, during
     * which he's slated…", "…is signed with the aim of…"), so the title ends where a thought ends; at the last
     * word that fits when no such break leaves a title of {@link #MIN_CUT_TITLE} characters.
     */
    private static int cutAt(String title, int afterVerb) {
        int phrase = phraseEnd(title, afterVerb);
        return phrase >= 0 ? phrase : wordEnd(title, afterVerb);
    }

    /**
     * The last word that fits, or, when what follows it continues a phrase ("…would join multinational | forces"),
     * the last word before a preposition or conjunction that still leaves {@link #MIN_WORD_CUT_TITLE} characters:
     * a noun phrase ends where a preposition begins ("…may extend its naval quarantine | to Jordan's Red Sea").
     */
    private static int wordEnd(String title, int afterVerb) {
        int word = title.lastIndexOf(' ', MAX_TITLE);
        // "… agree to impose new sanctions on Belarus | and told European airlines to …": a second verb phrase
        Matcher and = SECOND_VERB_PHRASE.matcher(title);
        int second = -1;
        while (and.find() && and.start() <= word) {
            if (and.start() >= Math.max(MIN_WORD_CUT_TITLE, afterVerb)
                    && VERB.matcher(title).region(and.end(), title.length()).lookingAt()) {
                second = and.start();
            }
        }
        if (second >= 0) {
            return second;
        }
        if (PHRASE_START.matcher(title.substring(word)).lookingAt()) {
            return word;
        }
        int end = -1;
        Matcher at = PHRASE_START.matcher(title);
        while (at.find() && at.start() <= word) {
            if (at.start() >= Math.max(MIN_WORD_CUT_TITLE, afterVerb)) {
                end = at.start();
            }
        }
        return end >= 0 ? end : word;
    }

    /** Where the title's main verb ends, or 0 when it is not known. */
    private static int afterVerb(String title, String verb) {
        int at = verb == null ? -1 : title.indexOf(" " + verb + " ");
        return at < 0 ? 0 : at + verb.length() + 1;
    }

    /**
     * As {@link #phraseEnd(String)}, never before the end of the main verb: "Scott McNealy, Sun's chief executive
     * officer, | says …" is no title.
     */
    private static int phraseEnd(String title, int afterVerb) {
        int phrase = phraseEnd(title);
        // before the verb, only where what comes before is a clause of its own ("The attack was lightning quick, | as
        // …"): the verb the rules took may be a participle of what follows
        if (phrase < 0 || phrase >= afterVerb) {
            return phrase;
        }
        String before = title.substring(0, phrase);
        return hasFiniteVerb(before) ? phrase : -1;
    }

    /** The last break before a clause or phrase that leaves a title of {@link #MIN_CUT_TITLE} characters that fits, or -1. */
    private static int phraseEnd(String title) {
        int word = title.lastIndexOf(' ', MAX_TITLE);
        int phrase = -1;
        Matcher at = PHRASE_BREAK.matcher(title);
        while (at.find() && at.start() <= word) {
            if (at.start() >= MIN_CUT_TITLE) {
                phrase = at.start();
            }
        }
        return phrase;
    }
}
