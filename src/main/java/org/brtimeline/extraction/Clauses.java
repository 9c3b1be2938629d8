package org.brtimeline.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar the title rules share: which words are verbs, where a clause ends, what a relative clause after a subject
 * spans, and where a cut leaves a clause without its verb.
 */
final class Clauses {

    /** A verb the rules know: a past form, a present after an adverb, with the auxiliaries before it. */
    static final Pattern VERB = Pattern.compile(
            "\\b(?:(?:has|have|had|was|were|is|are)\\s+(?:(?:also|not|never|already|still|just|yet|\\p{Ll}+ly)\\s+){0,2}"
                    + "(?:been\\s+|being\\s+|to\\s+be\\s+)?(?:(?:also|\\p{Ll}+ly)\\s+)?)?(?<!-)(?<verb>\\p{L}+ed|met|held|said|told|took|made|"
                    + "gave|came|went|began|became|sent|spoke|left|brought|paid|led|won|saw|froze|kept|found|"
                    + "meets|holds|says|visits|arrives|signs|calls|sends|begins|takes|makes|comes|goes|wants|includes|"
                    + "warns|urges|suggests|announces|insists|argues|faces|"
                    + "hit|struck|fled|fell|rose|cut|set|put|shot|sought|drew|ran|wrote|chose|lost|beat|stood|"
                    + "swept|fought|bought|built|sold|threw|broke|spent|lent|meant|dealt|withdrew|overtook|undertook|stole|swore|drove|flew|grew|knew|"
                    + "blew|shook|forgave|forgot|sank|sang|rang|stuck|slept|taught|caught|upheld|withheld|overthrew|overran|arose|hid|tore|wept"
                    // a present tense after an adverb that goes with verbs: "directly states", "now holds"
                    + "|(?<=\\b(?:directly|clearly|explicitly|openly|publicly|officially|formally|strongly|firmly"
                    + "|reportedly|now|still|also|again|never)\\s)\\p{Ll}{3,}[^su\\W]s)\\b");

    /** "-ed" words that describe rather than tell what happened: "united", "alleged", "planned". */
    private static final Set<String> NOT_VERBS = Set.of(
            "united",
            "based",
            "red",
            "need",
            "speed",
            "indeed",
            "feed",
            "seed",
            "bled",
            "shed",
            "hundred",
            "sacred",
            "wicked",
            "naked",
            "related",
            "armed",
            "used",
            "so-called",
            "alleged",
            "detailed",
            "limited",
            "supposed",
            "expected",
            "planned",
            "scheduled",
            "proposed",
            "reported");

    /**
     * Words after which an "-ed" word is no past event: an adjective after a determiner or "with" ("with unadulterated
     * enthusiasm", "the planned visit"), a state after a present "is" ("is undoubtedly interested"), a form after "to"
     * or a modal ("to be used", "could be involved"), an adjective after a preposition ("a loyalist of ousted Prime
     * Minister Ranariddh").
     */
    static final Pattern NOT_A_FINITE_VERB_AFTER = Pattern.compile(
            "(?i)\\b(?:a|an|the|with|his|her|its|their|our|this|that|these|those|is|are|am|be|to|will|would|could|can"
                    + "|may|might|should|must|of|for|from|about|against|into|than|among"
                    // "having been burned repeatedly", "become bogged down": a participle after a verb that is not
                    // finite
                    + "|been|being|having|become|becoming)\\s+"
                    // "a still unspecified date", "the newly elected", "a not unexpected"
                    + "(?:(?:\\p{L}+ly|still|yet|not|once|now|very|more|less|much|long|well|ill|so)\\s+)?$"
                    + "|\\b(?:most|least|best|well|newly)\\s+$"
                    // "But even continued military success carries …": an adjective after "even" opening the clause
                    + "|^(?:(?:but|and|yet)\\s+)?even\\s+$");

    /** A finite verb the rules know by its form, also negated: "is", "has", "wasn't". */
    static final Pattern FINITE_OR_NEGATED = Pattern.compile(Verbs.FINITE_WORD.pattern() + "|(?i)\\b\\p{L}+n['’]t\\b");

    /** What follows a noun phrase it belongs to: "First of America, which has 45 banks …". */
    static final Pattern RELATIVE_FIRST = Pattern.compile("(?:who|whom|whose|which)\\b");

    /**
     * How a relative clause or an aside after a subject begins: "who", "in a letter", "speaking on", "with", "formed
     * for".
     */
    static final String ASIDE_START =
            "who|which|whose|in|at|on|off|near|of|for|from|with|along\\s+with|together\\s+with|as\\s+well\\s+as"
                    + "|alongside|including|like|\\p{Ll}+ing|\\p{Ll}+ed";

    /**
     * A subject and the relative clause or aside between commas after it: "Lukashenko, who was reelected …,", "The
     * Iraqi leader, in an initiative designed …,", "James Baker, speaking on ABC News' This Week,".
     */
    private static final Pattern SUBJECT_RELATIVE_CLAUSE =
            Pattern.compile("([^,]{1,80}?)(,\\s+(?:" + ASIDE_START + ")\\s[^,]*,)");

    /** Where a clause ends: a comma, a semicolon, a dash, a colon, a relative pronoun, "while", "but". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?!" + Names.PLACE_COMMA + "),\\s|;\\s|\\s[–—-]\\s|:\\s|\\s(?:who|which|while|whereas|but)\\s");

    /** What comes before an -ed word that describes a noun: "Belarus's beleaguered", "the armed". */
    private static final Pattern ADJECTIVE_BEFORE =
            Pattern.compile("(?i)(?:['’]s|\\bthe|\\ba|\\ban|\\bhis|\\bher|\\bits|\\btheir|\\bour)\\s+$");

    /** A word that opens a clause of its own within a title: "… as Belarus's leader, Lukashenka, pivots …". */
    private static final Pattern SUBORDINATE =
            Pattern.compile("(?<before>\\p{L}+) (?<word>that|as|while|because|although"
                    + "|though|whether|if)\\s(?!(?:well|of|part|a result|such|\\S+\\s+as)\\b)");
    /** A word after which "that" or "as" opens no clause: "such as", "in that", "said that". */
    private static final Pattern NOT_BEFORE_SUBORDINATE = Pattern.compile(
            "(?i)such|well|so|as|just|in|on|at|of|for|by"
                    + "|with|from|to|under|about|said|says|say|told|tells|tell|stated|thinks|thought|believes|believed|\\p{L}+ing");
    /** A subject pronoun and the word after it, most often its verb: "that we accept". */
    private static final Pattern SUBJECT_PRONOUN_AND_WORD =
            Pattern.compile("\\b(?:I|we|they|he|she|it|you)\\s+\\p{Ll}+");
    /** A name between commas at the start of the words a cut dropped: ", Alyaksandr Lukashenka, pivots". */
    private static final Pattern APPOSITION_FIRST_IN_DROPPED =
            Pattern.compile("^,\\s+(?:" + Names.WORD + "\\s*){1,4},\\s+");
    /** A verb in the present after its subject: "pivots to Moscow". */
    private static final Pattern PRESENT_FIRST = Pattern.compile("\\p{Ll}{3,}[^su\\W]s\\b");

    /** Words that open a clause as its subject or determiner, written in lower case when the clause is no longer first. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the",
            "a",
            "an",
            "it",
            "this",
            "that",
            "these",
            "those",
            "there",
            "we",
            "they",
            "he",
            "she",
            "our",
            "his",
            "her",
            "its",
            "their",
            "all",
            "no",
            "in",
            "if",
            "as",
            "what",
            "nobody",
            "everyone",
            "none",
            "nothing",
            "each",
            "every",
            "some");

    private Clauses() {}

    /** A verb the rules know ({@link #hasVerb}) or a finite word ("is", "has", "will", "says"…). */
    static boolean hasFiniteVerb(String text) {
        return hasVerb(text) || Verbs.FINITE_WORD.matcher(text).find();
    }

    /** A verb the rules know, not an -ed word after a determiner or a possessive ("Belarus's beleaguered leader"). */
    static boolean hasVerb(String text) {
        Matcher verb = VERB.matcher(text);
        while (verb.find()) {
            if (!verb.group().equals(verb.group("verb"))
                    || !ADJECTIVE_BEFORE
                            .matcher(text.substring(0, verb.start()))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word the {@link #VERB} pattern took is one of the {@link #NOT_VERBS}. */
    static boolean isNotAVerb(String word) {
        return NOT_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The text with the relative clause between commas after its subject blanked out, so that offsets into it still
     * fit the text: "Lukashenko, who was reelected …, is due to meet" (not "It was Lavrov’s first meeting with
     * Aleinik, who was appointed …", where the clause before has a verb of its own and the relative clause is the
     * news).
     */
    static String blankRelatives(String text) {
        Matcher relative = SUBJECT_RELATIVE_CLAUSE.matcher(text);
        if (!relative.lookingAt()
                || Verbs.FINITE_WORD.matcher(relative.group(1)).find()) {
            return text;
        }
        return relative.group(1) + " ".repeat(relative.end(2) - relative.start(2)) + text.substring(relative.end());
    }

    /** The text without the relative clause after its subject ("Lukashenko, who …, is due to meet"). */
    static String withoutRelative(String text) {
        return blankRelatives(text).replaceAll("\\s{2,}", " ");
    }

    /** The text up to where its first clause ends, without a clause that is left without its verb. */
    static String firstClause(String text) {
        Matcher cut = CLAUSE_BREAK.matcher(text);
        String clause = cut.find() && cut.start() > 15
                ? withoutUnfinishedClause(text.substring(0, cut.start()), text.substring(cut.start()), 1)
                : text;
        return withoutEndMarks(clause).strip();
    }

    /** The text without the punctuation it ends with, but with the full stop of a state's abbreviation ("Buffalo, N.Y."). */
    static String withoutEndMarks(String text) {
        String bare = END_MARKS.matcher(text).replaceFirst("");
        return STATE_AT_END.matcher(bare + ".").find() && text.startsWith(bare + ".") ? bare + "." : bare;
    }

    private static final Pattern END_MARKS = Pattern.compile("[.,;:!?]+$");
    private static final Pattern STATE_AT_END = Pattern.compile("\\b" + Names.US_STATE + "$");

    /**
     * What is kept of a text cut in two, without a clause the cut left without its verb: "Mishustin has arrived in
     * Minsk | as Belarus's beleaguered authoritarian leader, Alyaksandr Lukashenka, pivots to Moscow", "Lukashenko
     * dismissed critics' claims | that the Union State Treaty with Russia represented a threat" end before "as" and
     * "that"; "appointed as foreign minister, replacing Makei" keeps its "as" (no verb of its own after the cut). The
     * clause is cut only where at least {@code shortest} characters are left.
     */
    static String withoutUnfinishedClause(String kept, String dropped, int shortest) {
        Matcher opens = SUBORDINATE.matcher(kept);
        int at = -1;
        boolean as = false;
        while (opens.find()) {
            if (!NOT_BEFORE_SUBORDINATE.matcher(opens.group("before")).matches()) {
                at = opens.end("before");
                as = opens.group("word").equals("as");
            }
        }
        if (at < shortest
                || hasFiniteVerb(kept.substring(at))
                || SUBJECT_PRONOUN_AND_WORD.matcher(kept.substring(at)).find()) {
            return kept;
        }
        Matcher apposition = APPOSITION_FIRST_IN_DROPPED.matcher(dropped);
        // "as" is a preposition as often as not ("arrives as a refugee"): its clause is cut only before its subject's
        // name and verb
        if (as && !apposition.lookingAt()) {
            return kept;
        }
        String next = apposition.replaceFirst("");
        Matcher end = CLAUSE_BREAK.matcher(next);
        String clause = end.find() ? next.substring(0, end.start()) : next;
        boolean finite = !RELATIVE_FIRST.matcher(clause.strip()).lookingAt()
                && (VERB.matcher(clause).find()
                        || Verbs.FINITE_WORD.matcher(clause).find()
                        || PRESENT_FIRST.matcher(clause.strip()).lookingAt());
        return finite ? kept.substring(0, at) : kept;
    }

    /** "The situation is …" → "the situation is …"; names keep their capital. */
    static String lowerFirst(String text) {
        String first = text.split("\\s", 2)[0];
        return FUNCTION_WORDS.contains(first.toLowerCase(Locale.ROOT))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1)
                : text;
    }
}
