package org.brtimeline.extraction;

import static org.brtimeline.extraction.ActorMentions.firstActorIn;
import static org.brtimeline.extraction.ActorMentions.speakerName;
import static org.brtimeline.extraction.Clauses.hasFiniteVerb;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title's subject as the chronology writes it: the actors' short names ("Putin and Lukashenko"), a name without what
 * the commas say of it, a long noun phrase's head, what a relative pronoun refers to.
 */
final class Subjects {

    /** A subject longer than this is shortened to its head or to the actors it names. */
    private static final int LONGEST_SUBJECT = 45;
    /**
     * A subject that is a name and an apposition between commas: "Gen. Nhek Bunchhay, a loyalist of …,", "Mr. Stronach,
     * founder and controlling shareholder of Magna,".
     */
    private static final Pattern NAME_AND_APPOSITION =
            Pattern.compile("(" + Names.of(1, 5) + "),\\s+(?:(?:a|an|the)\\s|\\p{Ll}"
                    // "Robert Gates, Mr. Bush's deputy national security adviser,"
                    + "|" + Names.POSSESSIVE + ")[^,]+,?");
    /** A subject's head and an aside between commas that is no name of a list: "officials, eager to rebut …,". */
    private static final Pattern HEAD_AND_ASIDE = Pattern.compile(
            "(?<head>[^,]{3,60}),\\s+(?!(?:a|an|the|who|which|whose|that|he|she|it|they|we|i|and|or|but|nor)\\b)"
                    + "\\p{Ll}[^,]*,?");
    /**
     * Where a long subject's head ends: a relative pronoun, a participle or a preposition other than "of" ("the list
     * of instructions | following …", "a Brooklyn woman | who was watching …", "a delegation | headed by …").
     */
    private static final Pattern SUBJECT_MODIFIER = Pattern.compile(
            "\\s(?=\\p{Ll}+ed\\s+by\\s|(?:who|which|following|with|without|in|on|at|for|from|by|under|after|before|during|since"
                    + "|against|between|including|according|led|based|owned|known|called)\\s)");
    /** A second verb phrase's "and" or "but" that ends a subject: "… would not divulge the evidence but". */
    private static final Pattern SECOND_VERB_AFTER = Pattern.compile("(,)?\\s(?:and|but)$");
    /** A verb of saying: "said", "told". */
    private static final Pattern SAYING = Pattern.compile("(?i)said|says|told|announced|added|stated|declared");
    /** A relative pronoun, which opens a clause of its own: "… that killed an off-duty police officer and". */
    private static final Pattern RELATIVE_PRONOUN = Pattern.compile("\\b(?:that|which|who)\\b");
    /** Where a second clause starts: "…, and Pol Pot was arrested". */
    private static final Pattern COORDINATED_CLAUSE = Pattern.compile(",\\s+and\\s+(?=\\p{L}[^,]*$)");
    /** The last "that" of a text and what follows it: "… there are reports that large numbers of civilians". */
    private static final Pattern AFTER_THAT = Pattern.compile("\\sthat\\s+(?=\\S)(?!.*\\sthat\\s)");
    /** A noun of what is said or known, before "that" and what it says: "reports that", "evidence that". */
    private static final Pattern CONTENT_NOUN = Pattern.compile(
            "(?i)reports?|claims?|evidence|signs?|news|indications?|fears?|hopes?|suggestions?|word|rumou?rs?|belief"
                    // or a conjunction that ends in "that": "now that an international noose has tightened"
                    + "|now|so|given|provided|except");
    /** A personal pronoun that ends a text: "… relatives say he". */
    private static final Pattern PRONOUN_AT_END = Pattern.compile("(?i)\\b(?:he|she|it|they|we|i|you)$");
    /** A personal pronoun, which a title does not open with when the sentence names who it is. */
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|it|they|we|i|you");
    /** A subject that is a relative pronoun after what it refers to: "…, with Aleinik, who". */
    private static final Pattern RELATIVE = Pattern.compile("(?s)(.*?)[,\\s]+(?:who|which)");
    /** The noun phrase a relative pronoun refers to: after the last verb or preposition before it. */
    private static final Pattern LAST_NOUN_PHRASE = Pattern.compile(
            "\\s(?:of|to|on|in|at|for|by|with|from|into|is|are|was|were|be|been)\\s((?:the|a|an)\\s[^,]{3,45})$");

    private Subjects() {}

    /** The subject as the chronology writes it: full names to surnames, and no longer than the actors it names. */
    static String subject(String subject, List<KnownActor> found) {
        String s = ownSubject(subject);
        // "Lukashenka" is "Lukashenko", as the chronology names him; a state keeps the text's name ("Moscow")
        Optional<KnownActor> named = found.stream()
                .filter(a -> a.isPerson() && a.spellings().matcher(s).matches())
                .findFirst();
        if (named.isPresent()) {
            return named.get().shortName();
        }
        if (s.length() <= LONGEST_SUBJECT) {
            return s;
        }
        // "Gen. Nhek Bunchhay, a loyalist of …,": a name and its apposition
        Matcher apposition = NAME_AND_APPOSITION.matcher(s);
        if (apposition.matches() && firstActorIn(apposition.group(1), found) == null) {
            return apposition.group(1);
        }
        // "Japanese government officials, eager to rebut foreign criticism …,": a head and what the commas say of it
        Matcher aside = HEAD_AND_ASIDE.matcher(s);
        if (aside.matches()
                && !Openings.ADVERBIAL_FIRST.matcher(aside.group("head")).lookingAt()
                && !hasFiniteVerb(aside.group("head"))) {
            return aside.group("head");
        }
        // a long subject's head, up to what modifies it ("The list of instructions following the meeting with …",
        // "Unprecedented daily protests against Lukashenka since …"), when it is a noun phrase that names no actor:
        // the actors named in the modifier are not who acts
        Matcher modifier = SUBJECT_MODIFIER.matcher(s);
        if (!s.contains(",") && modifier.find() && modifier.start() >= 12) {
            String head = s.substring(0, modifier.start());
            if (!Verbs.FINITE_WORD.matcher(head).find() && found.stream().noneMatch(a -> a.actsIn(head))) {
                return head;
            }
        }
        List<KnownActor> acting = found.stream()
                .filter(a -> a.actsIn(s))
                .sorted((a, b) -> a.rank() != b.rank() ? a.rank() - b.rank() : a.indexIn(s) - b.indexIn(s))
                .toList();
        // the first acts alone when the second is no person: "Makei and Belarus" is "Makei"
        if (acting.size() > 1 && acting.get(1).rank() > 0) {
            return acting.get(0).shortName();
        }
        return acting.isEmpty()
                ? s
                : String.join(
                        " and ",
                        acting.subList(0, Math.min(2, acting.size())).stream()
                                .map(KnownActor::shortName)
                                .toList());
    }

    /**
     * The subject without the words around it that are not: a connective before it, "also" after it, a clause before
     * it ("the remaining leadership had a falling out, and Pol Pot").
     */
    static String ownSubject(String subject) {
        String s = subject.replaceFirst("(?i)^(?:and|but|so|yet|thus|indeed|meanwhile|also|then|however)\\s+", "")
                .replaceFirst("\\s+(?:also|meanwhile|then|however)$", "");

        Matcher coordinated = COORDINATED_CLAUSE.matcher(s);
        if (coordinated.find()
                && Verbs.FINITE_WORD
                        .matcher(s.substring(0, coordinated.start()))
                        .find()) {
            return s.substring(coordinated.end());
        }
        // "officials say there are reports that | large numbers of civilians", "UniFirst reported that | net income":
        // what was said or reported has a subject of its own
        Matcher that = AFTER_THAT.matcher(s);
        if (!that.find() || s.contains(",")) {
            return s;
        }
        String before = s.substring(0, that.start());
        String after = s.substring(that.end());
        String lastWord = before.substring(before.lastIndexOf(' ') + 1);
        boolean said = hasFiniteVerb(lastWord) || CONTENT_NOUN.matcher(lastWord).matches();
        return said
                        && hasFiniteVerb(before)
                        && !Clauses.FINITE_OR_NEGATED.matcher(after).find()
                        && !hasFiniteVerb(after)
                        && !PRONOUN.matcher(after).matches()
                ? after
                : s;
    }

    /**
     * The subject of a second verb phrase, which is the first one's: "Investigators would not divulge the evidence
     * against Kopp but [said …]" → "Investigators", "Ocean Drilling … will sell its contract-drilling business, and
     * [took …]"; after "and" without a comma only for a verb of saying ("for the dead and injured" is no verb phrase),
     * and not inside a relative clause ("a clinic that killed an off-duty police officer and [maimed …]").
     */
    static Optional<String> ofFirstVerbPhrase(String subject, String verb) {
        Matcher and = SECOND_VERB_AFTER.matcher(subject);
        if (!and.find() || and.group(1) == null && !SAYING.matcher(verb).matches()) {
            return Optional.empty();
        }
        Matcher first = Verbs.FINITE_WORD.matcher(subject);
        if (!first.find() || first.start() == 0) {
            return Optional.empty();
        }
        String head = subject.substring(0, first.start()).strip();
        String between = subject.substring(first.end(), and.start());
        return RELATIVE_PRONOUN.matcher(between).find()
                        || PRONOUN_AT_END.matcher(head).find()
                        || hasFiniteVerb(head)
                ? Optional.empty()
                : Optional.of(head);
    }

    /**
     * "he" or "she" as the subject of a clause that follows a main clause ending in "when", "as", "after" …, named by
     * that main clause's subject: "Howes had been working for the Britain-based Mines Advisory Group when [he] was
     * abducted" → "Howes"; only a name (capitalised words) before the main clause's first finite verb.
     */
    static Optional<String> ofPronounAfterMainClause(String subject) {
        Matcher pronoun = PRONOUN_AFTER_CLAUSE.matcher(subject);
        if (!pronoun.matches()) {
            return Optional.empty();
        }
        String main = pronoun.group("main");
        Matcher verb = Verbs.FINITE_WORD.matcher(main);
        if (!verb.find() || verb.start() == 0) {
            return Optional.empty();
        }
        String name = main.substring(0, verb.start()).strip();
        // "He has spoken with Elian … since he arrived": a pronoun is no name, and the one before the sentence is meant
        return NAME.matcher(name).matches() && !PRONOUN.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    /** A main clause, a conjunction, and "he" or "she" as the next clause's subject. */
    private static final Pattern PRONOUN_AFTER_CLAUSE = Pattern.compile(
            "(?<main>.+?)\\s+(?:when|as|after|before|because|while|until|since|once|where|and|but)\\s+(?:he|she)");
    /** A name of one to four capitalised words: "Howes", "Gen. Nhek Bunchhay". */
    private static final Pattern NAME = Pattern.compile(Names.of(1, 4));

    /**
     * The subject of a relative clause is what it refers to: in "… his first meeting with Aleinik, who was appointed
     * last week", Aleinik was appointed, not everyone named before "who".
     */
    static String antecedent(String subject, List<KnownActor> found) {
        Matcher relative = RELATIVE.matcher(subject);
        if (!relative.matches()) {
            return subject;
        }
        String before = relative.group(1);
        // "… placed on the FBI's most wanted list, which began in 1950": the list began
        Matcher nounPhrase = LAST_NOUN_PHRASE.matcher(before);
        return KnownActor.endingAt(before, found)
                .map(actor -> speakerName(before, actor))
                .orElse(nounPhrase.find() ? nounPhrase.group(1) : subject);
    }
}
