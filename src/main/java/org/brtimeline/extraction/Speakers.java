package org.brtimeline.extraction;

import static org.brtimeline.extraction.ActorMentions.actingIn;
import static org.brtimeline.extraction.ActorMentions.firstActorIn;
import static org.brtimeline.extraction.ActorMentions.lastActorIn;
import static org.brtimeline.extraction.Clauses.VERB;
import static org.brtimeline.extraction.Clauses.blankRelatives;
import static org.brtimeline.extraction.Clauses.firstClause;
import static org.brtimeline.extraction.Clauses.hasFiniteVerb;
import static org.brtimeline.extraction.Clauses.lowerFirst;
import static org.brtimeline.extraction.Clauses.withoutRelative;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who says what a sentence reports: a source after what was said (", said Peskov", ", Lavrov said"), a speaker before a
 * verb of saying ("Lukashenko said that …"), a quotation and its source ("“…,” says Christine Helms, a Middle East
 * scholar"). A speaker who is one of the chronology's actors gives the title "X says …"; a source who is none leaves
 * what was said as the news.
 */
final class Speakers {

    /** A verb of saying and what may stand between it and what was said. */
    private static final Pattern SPEECH = Pattern.compile(
            "(?<!(?:was|were|been|is|are|be|being)\\s)\\b(?<verb>said|says|told|stated|announced|warned|declared|noted|stressed|added|urged|demanded"
                    + "|called|claimed|insisted|argued|believes|believed|thinks|thought)\\b"
                    // where or when it was said, before what: "said at a conference in Washington that …"
                    + "(?:\\s+(?:on|in|at|during|after|before|from|to|with)\\s+(?:[^,.;:]{1,60}?(?=\\s+that\\s)|\\S+))?"
                    + "(?:\\s+that)?\\s*");
    /** All of a text up to its last comma or dash. */
    private static final Pattern LAST_PART = Pattern.compile("^.*(?:,|\\s[_—–-])\\s");
    /** What may stand between a speaker and a verb of saying: "Kuleba has also said", "Putin reportedly said". */
    private static final Pattern AUXILIARY_AT_END =
            Pattern.compile("(?:\\s+(?:has|have|had|also|again|later|then|\\p{Ll}+ly))+\\s*$");
    /** A quotation closed before a verb of saying: "…,” says Helms", "…,'' said Dailey", "…,” Prince Bandar said". */
    private static final Pattern QUOTATION_BEFORE_SPEECH =
            Pattern.compile("[,.!?]\\s*(?:[\"”]|'')\\s*(?:[^\"”'`]{1,80}?\\s)?(?:said|says|told|added|insisted|argued"
                    + "|declared)\\b");
    /** A quotation that opens a sentence, and its words: "“We will never allow it,” Eismont". */
    private static final Pattern QUOTATION_FIRST =
            Pattern.compile("\\s*(?:[\"“]|``)(?<said>[^\"“”`]+?)[,.!?]?\\s*(?:[\"”]|'')");
    /** What describes a source after its name: "Christine Helms, a Middle East scholar who …", "Dailey, assistant commandant". */
    private static final Pattern SOURCE_DESCRIBED = Pattern.compile(",\\s.*$");
    /** Verbs that tell someone to do something ("told airlines to avoid", "urged Minsk to free"). */
    private static final Pattern TOLD_TO = Pattern.compile("told|urged|asked|called");
    /** Whom an instruction is given and what to do: "European airlines to avoid". */
    private static final Pattern INSTRUCTION = Pattern.compile("(?:on\\s+)?[^,.;:]{1,60}?\\s+to\\s+\\p{Ll}+");
    /** Whom something was called, and what: "President Bush a liar". */
    private static final Pattern CALLED_SOMETHING = Pattern.compile(Names.of(1, 4) + "\\s+(?:a|an|the)\\s+\\p{Ll}");
    /** The verbs that only say: what follows them is what was said. */
    private static final Pattern SAY = Pattern.compile("said|says|told|stated|thinks|thought|believes|believed");
    /** A noun phrase's first word: the object of a verb, not the subject of a clause said. */
    private static final Pattern OBJECT_FIRST = Pattern.compile(
            "(?:the|a|an|his|her|its|their|our|plans?|new)\\s+\\p{Ll}+(?:\\s*[,.;]|\\s+(?:in|on|at|to|for|of|and|with)\\b|$)"
                    // "claimed at least 217 lives"
                    + "|(?:at\\s+least\\s+|about\\s+|some\\s+|nearly\\s+|more\\s+than\\s+)?\\d[\\d,.]*\\s+\\p{Ll}+");
    /** The source of a report named after it, at the end of the sentence: ", said X[, his title]" or ", X said". */
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
            ",\\s+(?:(?:said|says|told reporters|reported|announced|predicted|warned|added)\\s+(?<after>\\p{Lu}[^,]{1,60}(?:,[^,]{1,60})?)"
                    + "|(?<before>(?:the\\s+)?\\p{Lu}[^,]{1,60}?|(?:the|his|her|their|its)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)\\s+(?:said|says|told reporters|reported|announced|predicted|warned|added)"
                    // where or when: "said in Minsk", "said at a regular news briefing"
                    + "(?:\\s+(?:on|in|at|during)\\s+[^,.;:]{1,40}?)?)[.!]?$");
    /** A source that is a name and what it is: "Julia Blake, an analyst at …". */
    private static final Pattern NAMED_SOURCE =
            Pattern.compile("(?<name>" + Names.of(2, 4) + "),\\s+(?:a|an|the|\\p{Ll})");
    /** A verb phrase after another one: "Bush denounced Saddam's policies and said …" is said by Bush, not Saddam. */
    private static final Pattern SECOND_OF_TWO_VERBS = Pattern.compile(",?\\s+and\\s*$");
    /** Whom something was told, and "that": "a news conference that", "reporters in Minsk that". */
    private static final Pattern TOLD_WHOM = Pattern.compile("[^,\"“”]{1,60}?\\s+that\\s+");
    /** What the commas enclose at the end of a speaker's words: "Lukashenko, Belarus's leader,". */
    private static final Pattern APPOSITION_AT_END = Pattern.compile(",[^,]*,$");

    private Speakers() {}

    /**
     * What a sentence reports, read for who says it: either a title's words "X says …" ({@code saidBy}), or the clause
     * to title (the sentence, or what was said when its source is no actor).
     */
    record Reported(String clause, String saidBy) {

        static Reported clause(String clause) {
            return new Reported(clause, null);
        }

        static Reported saidBy(String speaker, String said) {
            return new Reported(null, speaker + " says " + said);
        }
    }

    /** What the sentence ({@code plain}: its text as a title sees it) reports, and who says it when an actor does. */
    static Reported reported(String plain, String sentence, List<KnownActor> found) {
        // "…, said Dmitry Peskov, the Kremlin's spokesman." / "…, Lavrov said.": the source comes after what happened
        Matcher attribution = TRAILING_ATTRIBUTION.matcher(plain);
        if (attribution.find() && attribution.start() > 15) {
            String reported = plain.substring(0, attribution.start()).strip();
            String source =
                    attribution.group("after") != null ? attribution.group("after") : attribution.group("before");
            // "said Julia Blake, an analyst at London stockbrokers …": a named source is who she is, not where she
            // works
            Matcher named = NAMED_SOURCE.matcher(source);
            String speaker = firstActorIn(named.lookingAt() ? named.group("name") : source, found);
            if (actsItself(reported, found) || speaker == null) {
                // "…, Gremitskikh said at a regular news briefing": a source who is no actor, what was said is the news
                return Reported.clause(reported);
            } else if (firstClause(reported).split(" ").length >= 3) {
                return Reported.saidBy(speaker, firstClause(lowerFirst(whatWasSaid(reported, found))));
            }
        }
        // a verb of saying inside a relative clause ("Lukashenko, who was reelected in a vote the opposition says was
        // rigged, is due to meet …") is not what the sentence reports
        Matcher speech = SPEECH.matcher(blankRelatives(plain));
        if (!speech.find()
                || transitive(speech, plain)
                || SECOND_OF_TWO_VERBS
                        .matcher(plain.substring(0, speech.start()))
                        .find()) {
            return Reported.clause(plain);
        }
        String before = plain.substring(0, speech.start()).strip();
        String after = plain.substring(speech.end()).strip();
        String speaker = speakerIn(before, found);

        // "“…,” said Lavrov": the source after the verb, right after what was said; not "… said that his planes had
        // arrived in Minsk", where what follows is what was said
        // “…,” says Christine Helms, a Middle East scholar who has written …: the source and what describes it
        boolean quotation = QUOTATION_BEFORE_SPEECH.matcher(sentence).find();
        String source = quotation ? SOURCE_DESCRIBED.matcher(after).replaceFirst("") : after;
        Matcher whom = TOLD_WHOM.matcher(after);
        if (speaker == null && source.length() < 40 && before.endsWith(",") && isSource(source)) {
            // “…,” said Lavrov; not “…,” says one U.S. official
            speaker = firstActorIn(source, actingIn(source, found));
            after = before;
            if (speaker == null && quotation) {
                // a source who is no actor: what was said is the news, and the verb of saying no verb of it
                return Reported.clause(before.substring(0, before.length() - 1));
            }
        } else if (speech.group("verb").equals("told") && whom.lookingAt()) {
            // "Bush told a news conference on Tuesday that the naval barricade …": whom he told it is no part of what
            // he said
            after = after.substring(whom.end());
        } else if (speaker != null && speech.group("verb").equals("told") && after.length() < 40) {
            // “…,” Lukashenko told the BelTA news agency: who was told is no news, what was said comes first
            int comma = before.lastIndexOf(", ");
            String quoted = comma < 0 ? "" : before.substring(0, comma);
            after = quoted.split(" ").length >= 3 ? quoted : after;
        } else if (speaker != null && quotation) {
            // “… I will bring a message of solidarity …,” Albright said Monday before leaving Andrews Air Force Base:
            // what was said is the quotation, not where, when or to whom
            Matcher quoted = QUOTATION_FIRST.matcher(sentence);
            after = quoted.lookingAt() && quoted.group("said").split(" ").length >= 3 ? quoted.group("said") : after;
        }
        String said = firstClause(lowerFirst(whatWasSaid(after.isEmpty() ? before : after, found)));
        return speaker != null && said.split(" ").length >= 3 ? Reported.saidBy(speaker, said) : Reported.clause(plain);
    }

    /**
     * What was said without what opens it before its subject ("that with the support of the United States, Ukraine …
     * is trying" → "Ukraine … is trying") and without the aside after its subject ("Ukraine, along with other Eastern
     * European states, is trying" → "Ukraine is trying").
     */
    private static String whatWasSaid(String text, List<KnownActor> found) {
        // "Bush said, ``I did not come away …'' that": no comma or quotation mark before what was said
        String said = LEADING_MARKS.matcher(text).replaceFirst("");
        String clause = OPENS_ADVERBIAL.matcher(said).lookingAt() ? Openings.withoutOpening(said, found) : said;
        return withoutRelative(clause);
    }

    /** An adverbial's first word, or "to" ("To America's embassy personnel …, I will bring …"). */
    private static final Pattern OPENS_ADVERBIAL = Pattern.compile("(?i)to\\s|" + Openings.ADVERBIAL_FIRST.pattern());

    /**
     * What stands before what was said: marks, a conjunction that joins it to what went before ("And our …"), an answer
     * ("No, these statements have …").
     */
    private static final Pattern LEADING_MARKS =
            Pattern.compile("^[\\s,:;\"“”`']*(?:(?i:and|but|so)\\s+)?(?:(?i:no|yes|well),\\s+)?");

    /**
     * "Putin announced the plan in March", "Pompeo demanded an end to …": a verb of saying with a thing said as its
     * object, not a clause, is a verb like any other ("Putin announces the plan"), not "says".
     */
    private static boolean transitive(Matcher speech, String text) {
        String after = text.substring(speech.end());
        // "called for an emergency conference", "called on Minsk to": a verb with its own meaning, not "says"
        if (speech.group("verb").equals("called")
                && text.substring(speech.end("verb")).matches("(?s)\\s+(?:for|on|off)\\b.*")) {
            return true;
        }
        if (speech.group().strip().endsWith(" that")) {
            return false;
        }
        // "called President Bush a liar": a name and what it was called
        if (speech.group("verb").equals("called")
                && CALLED_SOMETHING.matcher(after).lookingAt()) {
            return true;
        }
        // "told European airlines to avoid its airspace": an instruction, not a thing said
        return TOLD_TO.matcher(speech.group("verb")).matches()
                        && INSTRUCTION.matcher(after).lookingAt()
                || !SAY.matcher(speech.group("verb")).matches()
                        && OBJECT_FIRST.matcher(after).lookingAt();
    }

    /** Whether the words after a verb of saying name who said it ("Lavrov", "one U.S. official"), not what was said. */
    private static boolean isSource(String after) {
        return !after.startsWith("that ")
                && !Clauses.FINITE_OR_NEGATED.matcher(after).find()
                && !VERB.matcher(after).find();
    }

    /** Whether a known actor is the subject of a finite verb in the clause: "Putin and Lukashenko signed …". */
    private static boolean actsItself(String clause, List<KnownActor> found) {
        Matcher verb = VERB.matcher(clause);
        while (verb.find()) {
            if (verb.start() > 0 && !Clauses.isNotAVerb(verb.group("verb"))) {
                String subject = clause.substring(0, verb.start());
                return !subject.contains(",") && firstActorIn(subject, found) != null;
            }
        }
        return false;
    }

    /**
     * Who says it: the actor named in the subject right before a verb of saying, as more than a state's adjective; not
     * one named earlier in the sentence ("Sytenko is expected to visit Baghdad, Gremitskikh said") nor the state of
     * "the top commander of a Cambodian resistance force" or "one U.S. official", who are not the state.
     */
    private static String speakerIn(String before, List<KnownActor> found) {
        Matcher apposition = APPOSITION_AT_END.matcher(before);
        // "Lukashenko, Belarus's leader, said"; not "“… in Japan, they are not for sale,” said Watanabe", where what
        // the commas enclose has a verb: it ends a quotation, and the speaker comes after the verb
        boolean described = apposition.find() && !hasFiniteVerb(apposition.group());
        String subject = described ? before.substring(0, apposition.start()) : before;
        // after the last comma or dash: "Based on physical evidence _ including a rifle found … _ officials said"
        String last = LAST_PART.matcher(subject).replaceFirst("");
        // "I think frankly Saddam is finished, no matter what happens, says Helms": words with a verb of their own are
        // what was said, not who said it ("Kuleba has said" keeps its speaker)
        String core = AUXILIARY_AT_END.matcher(last).replaceFirst("");
        if (hasFiniteVerb(core)) {
            return null;
        }
        return lastActorIn(last, actingIn(last, found));
    }
}
