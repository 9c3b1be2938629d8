package org.brtimeline.extraction;

import static org.brtimeline.extraction.ActorMentions.firstActorIn;
import static org.brtimeline.extraction.Clauses.ASIDE_START;
import static org.brtimeline.extraction.Clauses.RELATIVE_FIRST;
import static org.brtimeline.extraction.Clauses.VERB;
import static org.brtimeline.extraction.Clauses.hasFiniteVerb;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What opens a sentence before its subject and stays out of its title: "At a joint press conference with …, Sergei
 * Lavrov …", "In Kuwait, the Iraqis …", "Amid reports that …, administration aides …"; not a subject with what the
 * commas say of it ("Farkas, an air force captain, was sent").
 */
final class Openings {

    /** An adverbial's first word: a preposition, a conjunction, a connective or a participle. */
    static final Pattern ADVERBIAL_FIRST = Pattern.compile("(?i)(?:in|on|at|after|before|during|since|for|with"
            + "|without|under|following|according|despite|amid|as|by|from|through|while|when|until|although|though|if"
            + "|because|once|meanwhile|meantime|separately|however|earlier|later|also|instead|but|and|so|yet|still|now|then"
            + "|thus|indeed|just|alone|no\\s+matter|[a-z]{3,}ing)\\b");

    /** The words before a sentence's first comma, which may be an opening phrase. */
    private static final Pattern OPENING = Pattern.compile("^[^,]{0,120}?,\\s");
    /** Where a place or a time opens a sentence: "In Kuwait, the Iraqis …", "On Monday, …". */
    private static final Pattern PLACE_OR_TIME_FIRST =
            Pattern.compile("(?i)(?:in|on|at(?!\\s+(?:least|most)\\b)|during|after|before|since|amid|over|across|inside"
                    + "|outside)\\s");
    /** A preposition or conjunction that opens an adverbial, never a subject: "Amid reports that …,". */
    private static final Pattern ADVERBIAL_OPENING = Pattern.compile(
            "(?i)(?:amid|despite|after|before|during|following|although|though|while|because|once|since|until|as|when|whenever"
                    + "|if|unless|whereas|for|with|without|under|according|besides|unlike|like)\\s");
    /** A connective and a name before a comma: "And Robert Gates, ". */
    private static final Pattern CONNECTIVE_AND_NAME =
            Pattern.compile("(?i:and|but|so|yet)\\s+" + Names.of(1, 4) + ",\\s");
    /** A noun phrase's start: "The list …", "That …". */
    private static final Pattern DETERMINER_FIRST = Pattern.compile("(?i)(?:the|a|an|this|that|these|those)\\s");
    /** A name and its comma: "Egypt, ", "Treasurer Peter Costello, ". */
    private static final Pattern NAME_FIRST = Pattern.compile(Names.of(1, 4) + ",\\s");
    /** The rest of a list of names: "Syria, Morocco and Bangladesh", "… Robert Hill and Attorney General …". */
    private static final Pattern LIST_REST =
            Pattern.compile("\\p{Lu}[^,]{0,50}(?:,\\s+\\p{Lu}[^,]{0,50})*,?\\s+and\\s+\\p{Lu}");
    /** An apposition after a name: "Farkas, an air force captain, was sent …". */
    private static final Pattern APPOSITION_FIRST = Pattern.compile("(?:a|an|the)\\s[^,]{1,80},");
    /**
     * An aside after a subject: "James Baker, speaking on ABC News' This Week, said", "Sun Microsystems Inc., snapping
     * back to profitability …, said", "First Security, with $5.4 billion in assets, said".
     */
    private static final Pattern ASIDE_FIRST = Pattern.compile("(?:" + ASIDE_START + "|\\d{1,3})\\b[^,]{0,80},");
    /** The longest apposition between a name and its verb: "founder and controlling shareholder of Magna". */
    private static final int MAX_APPOSITION = 80;

    private Openings() {}

    /** The clause without its opening phrase, or two of them ("Meanwhile, as VOA's correspondent reports, …"). */
    static String withoutOpening(String clause, List<KnownActor> found) {
        Matcher comma = openingOf(clause);
        if (!comma.find() || !isOpeningPhrase(clause.substring(0, comma.end()), clause.substring(comma.end()), found)) {
            return clause;
        }
        String rest = clause.substring(comma.end());
        // "Meanwhile, as VOA's correspondent reports, General Abacha's supporters began …": a second adverbial
        Matcher second = openingOf(rest);
        if (ADVERBIAL_FIRST.matcher(rest).lookingAt()
                && second.find()
                && isOpeningPhrase(rest.substring(0, second.end()), rest.substring(second.end()), found)) {
            return rest.substring(second.end());
        }
        return rest;
    }

    /**
     * The words before a text's first comma: up to 120 characters, or 200 for a clause a conjunction opens ("when two
     * Cuban exile leaders and 133 other people were arrested and police were forced to use tear gas to disperse a
     * crowd, protesters in Miami were much calmer").
     */
    private static Matcher openingOf(String text) {
        return (ADVERBIAL_OPENING.matcher(text).lookingAt() ? LONG_OPENING : OPENING).matcher(text);
    }

    private static final Pattern LONG_OPENING = Pattern.compile("^[^,]{0,200}?,\\s");

    /**
     * Whether the words before a sentence's first comma are an opening phrase to leave out of the title: an adverbial
     * ("At a joint press conference with …,", "In the year ended …,", "But,", a dateline), or words with no verb
     * that name no actor and are no noun phrase ("CANBERRA, Australia_"); not a subject followed by an apposition
     * ("Farkas, an air force captain, was sent"), a relative clause ("First of America, which …") or a clause of its
     * own ("Rally had net income of $2.4 million, or 34 cents a share").
     */
    private static boolean isOpeningPhrase(String opening, String rest, List<KnownActor> found) {
        // "In Kuwait, the Iraqis …": where it happened, even where an actor is the place
        if (PLACE_OR_TIME_FIRST.matcher(opening).lookingAt()
                && !VERB.matcher(opening).find()
                && !RELATIVE_FIRST.matcher(rest).lookingAt()) {
            return true;
        }
        // "Amid reports that thousands of Iraqi soldiers had surrendered, administration aides were …": an adverbial
        // opening, whatever actors it names, before a clause of its own
        if (ADVERBIAL_OPENING.matcher(opening).lookingAt()
                && !RELATIVE_FIRST.matcher(rest).lookingAt()
                && hasFiniteVerb(rest)) {
            return true;
        }
        // "And Robert Gates, Mr. Bush's deputy national security adviser, asserted": a connective and a name
        if (CONNECTIVE_AND_NAME.matcher(opening).matches()) {
            return false;
        }
        if (firstActorIn(opening, found) != null
                || DETERMINER_FIRST.matcher(opening).lookingAt()
                || RELATIVE_FIRST.matcher(rest).lookingAt()) {
            return false;
        }
        // "Egypt, Syria, Morocco and Bangladesh also committed …": the first of a list of names; "Mr. Stronach, founder
        // and controlling shareholder of Magna, resigned …", "scores of trucks, many with Iraqi license plates,
        // streamed …": a subject, what it is, and its verb
        if (!ADVERBIAL_FIRST.matcher(opening).lookingAt()
                && (NAME_FIRST.matcher(opening).matches()
                                && LIST_REST.matcher(rest).lookingAt()
                        || describedThenVerb(rest))) {
            return false;
        }
        return ADVERBIAL_FIRST.matcher(opening).lookingAt()
                || !VERB.matcher(opening).find()
                        && !Verbs.FINITE_WORD.matcher(opening).find()
                        && !APPOSITION_FIRST.matcher(rest).lookingAt()
                        && !ASIDE_FIRST.matcher(rest).lookingAt();
    }

    /** "founder and controlling shareholder of Magna, resigned …": an apposition without a verb, then the verb. */
    private static boolean describedThenVerb(String rest) {
        int comma = rest.indexOf(", ");
        if (comma < 0 || comma > MAX_APPOSITION || hasFiniteVerb(rest.substring(0, comma))) {
            return false;
        }
        Matcher verb = VERB.matcher(rest).region(comma + 2, rest.length());
        return verb.lookingAt()
                || Verbs.FINITE_WORD
                        .matcher(rest)
                        .region(comma + 2, rest.length())
                        .lookingAt();
    }
}
