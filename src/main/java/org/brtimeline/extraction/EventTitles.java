package org.brtimeline.extraction;

import static org.brtimeline.extraction.Clauses.NOT_A_FINITE_VERB_AFTER;
import static org.brtimeline.extraction.Clauses.VERB;
import static org.brtimeline.extraction.Clauses.blankRelatives;
import static org.brtimeline.extraction.Clauses.firstClause;
import static org.brtimeline.extraction.Clauses.withoutRelative;
import static org.brtimeline.extraction.TitleFit.fit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence's title in the chronology's style, "who does what" in the present tense: who says it ({@link Speakers}),
 * without an opening phrase ({@link Openings}), the subject as the chronology writes it ({@link Subjects}), its main
 * verb in the present ({@link Verbs}), the rest of its clause, fitted to length ({@link TitleFit}).
 */
final class EventTitles {

    /** "There is / have been / were …" at the start of a clause. */
    private static final Pattern EXISTENTIAL = Pattern.compile(
            "(?i)(?:for\\s+)?there\\s+(?:also\\s+)?(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be)\\s+");
    /** A meeting with someone that opens a sentence: "At a joint press conference with his Belarusian counterpart …,". */
    private static final Pattern MEETING_OPENING =
            Pattern.compile("(?i:at|during|after|following)\\s+(?:a|an|the|their|his|her)"
                    + "\\s+(?:joint\\s+)?(?<kind>(?i:press conference|news conference|talks|meeting|summit))\\s+with\\s+"
                    + "(?<with>[^,]{3,80}),\\s");
    /** A modal before its verb: "will vote", "could not meet", "is to sign". */
    private static final Pattern MODAL = Pattern.compile(
            "\\s(?:will|would|could|can|may|might|must|should|(?:is|are)\\s+to)\\s+(?:not\\s+)?\\p{Ll}{2,}\\b");
    /** A second verb phrase in the past: "and searched for", "and injured more than 5,000". */
    private static final Pattern SECOND_PAST_VERB = Pattern.compile(
            "\\sand\\s+(\\p{Ll}{3,}ed)\\s+(?=the\\s|a\\s|an\\s|his\\s|her\\s|its\\s|their\\s|\\d|more\\s|at\\s|to\\s|for\\s"
                    + "|in\\s|on\\s|with\\s|nearly\\s|about\\s)");
    /** The negation within a verb: "was not discussed", "has never visited". */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not\\s+yet|not|never)\\b");
    /** A past "was" or "were" of the clause itself, not of a relative clause ("who was", "which were"). */
    private static final Pattern COPULA =
            Pattern.compile("(?<!\\b(?:who|which|that|whom|whose)\\s)(?<!,\\s)\\b(?:was|were)\\b(?![^,]*,\\s)");
    /** What follows a participle that tells what was done: a preposition ("recognized as", "banned in"). */
    private static final Pattern REDUCED_RELATIVE_GOES_ON =
            Pattern.compile("(?:as|by|in|on|at|for|from|to|with|into|under|over|after|before|during)\\b");
    /** Words {@link Clauses#isNotAVerb} takes for no verb that are verbs when an object follows them: "Savin Corp. reported a net loss". */
    private static final Set<String> ADJECTIVE_OR_VERB = Set.of("reported", "detailed", "limited", "armed", "used");
    /**
     * The start of an object: "a net loss", "the results", "its earnings", "$35.2 million"; not "that …": what was
     * reported is the news ("BelTa reported that Lukashenka had appointed …").
     */
    private static final Pattern OBJECT_AFTER = Pattern.compile("\\s+(?:a|an|the|its|their|his|her|\\$|\\d)\\b"
            // "reported net income of $27.1 million": a noun, not what says how, when or where ("reported yesterday")
            + "|\\s+(?!(?:that|to|by|in|on|at|as|for|with|from|of|and|or|but|it|he|she|they|we|yesterday|today|earlier"
            + "|later|last|this|next)\\b)(?!\\p{Ll}+ly\\b)\\p{Ll}{3,}\\s+\\p{Ll}");

    /** A conjunction that opens a clause of its own: "… because spending fueled …". */
    private static final Pattern SUBORDINATE_BEFORE = Pattern.compile("\\s(?:because|although|though|whereas)\\s");
    /** A verb in the present after a subject of at least one word: "The slowdown raises". */
    private static final Pattern PRESENT_AFTER_SUBJECT = Pattern.compile(
            "^\\p{L}[^,]*?\\s(?!(?:is|was|has|does|this|its|his|as|us|thus|news|series|species)\\b)\\p{Ll}{3,}[^su\\W]s\\s");

    /** A phrase an -ing word opens after a comma, up to the end of the text: ", leaving much of Iraq's equipment ". */
    private static final Pattern ING_PHRASE_BEFORE = Pattern.compile(",\\s+\\p{Ll}{2,}ing\\s[^,]*$");

    /** What follows a participle that compares: "compared with", "compared to". */
    private static final Pattern COMPARING = Pattern.compile("\\s+(?:with|to)\\b");
    /** The next three words. */
    private static final Pattern NEXT_WORDS = Pattern.compile("(?:\\s+[^\\s,.;:]+){1,3}");

    private EventTitles() {}

    /**
     * "Who does what": the subject shortened to the actors' short names, the main verb in the present tense, the rest of
     * its clause; {@code dates} are left out, and "he" or "she" is {@code meantByPronoun} when not null.
     */
    static String of(String sentence, List<int[]> dates, List<KnownActor> found, KnownActor meantByPronoun) {
        String plain = TitleText.of(sentence, dates, meantByPronoun);
        Optional<String> meeting = meetingIn(plain, found);
        if (meeting.isPresent()) {
            return fit(meeting.get(), found);
        }
        Speakers.Reported reported = Speakers.reported(plain, sentence, found);
        if (reported.saidBy() != null) {
            return fit(reported.saidBy(), found);
        }
        // an opening phrase before the subject: "At a joint press conference with …, Sergei Lavrov …"; not a subject of
        // its own ("The list of instructions …, published …, includes") nor a clause ("That has not yet been confirmed
        // from Belgrade, the capital")
        String clause = Openings.withoutOpening(reported.clause(), found);
        // "There have been unprecedented protests in Belarus …": what there was is the headline
        Matcher existential = EXISTENTIAL.matcher(clause);
        if (existential.lookingAt() && existential.end() < clause.length()) {
            return fit(firstClause(clause.substring(existential.end())), found);
        }
        String plainClause = withoutRelative(clause);
        return mainVerbTitle(clause, found)
                .or(() -> modalTitle(plainClause, found))
                // no verb the rules know outside a relative clause: the clause without it ("Lukashenko is due to meet
                // …")
                .orElseGet(() -> fit(firstClause(plainClause), found));
    }

    /**
     * "At a joint press conference with his Belarusian counterpart Vladimir Makei, Sergei Lavrov said …" → "Lavrov and
     * Makei hold talks": a meeting of two of the chronology's people, named in an opening phrase, is the event, and what
     * one of them said there its content.
     */
    private static Optional<String> meetingIn(String plain, List<KnownActor> found) {
        Matcher meeting = MEETING_OPENING.matcher(plain);
        if (!meeting.lookingAt()) {
            return Optional.empty();
        }
        Optional<KnownActor> partner =
                KnownActor.endingAt(meeting.group("with"), found).filter(KnownActor::isPerson);
        String rest = plain.substring(meeting.end());
        Optional<KnownActor> host = found.stream()
                .filter(a -> a.isPerson()
                        && a.indexIn(rest) >= 0
                        && partner.filter(a::equals).isEmpty())
                .min((a, b) -> a.indexIn(rest) - b.indexIn(rest));
        if (partner.isEmpty() || host.isEmpty()) {
            return Optional.empty();
        }
        String verb = meeting.group("kind").matches("(?i)meeting|summit") ? " meet" : " hold talks";
        return Optional.of(host.get().shortName() + " and " + partner.get().shortName() + verb);
    }

    /** The title told by the clause's first verb the rules know, in the present, with its subject; empty when none. */
    private static Optional<String> mainVerbTitle(String clause, List<KnownActor> found) {
        // not a verb of a relative clause between commas ("Lukashenko, who was reelected …, is due to meet …")
        String blanked = blankRelatives(clause);
        Matcher verb = VERB.matcher(blanked);
        while (verb.find()) {
            String word = verb.group("verb");
            boolean bare = verb.group().equals(word);
            // "… organisations, published on April 27th, includes …": between commas, a participle in apposition
            boolean apposition =
                    clause.startsWith(", ", Math.max(0, verb.start() - 2)) && clause.startsWith(",", verb.end());
            // "Revenue … was 45% of EDS's total business, compared with 40%": after a clause with its own verb, a
            // participle with "with" or "to" compares, and is no verb of the clause
            // (the clause's own: not "Society Corp., which is also a bank, agreed to buy …")
            boolean comparing = blanked.startsWith(", ", Math.max(0, verb.start() - 2))
                    && COMPARING
                            .matcher(clause)
                            .region(verb.end(), clause.length())
                            .lookingAt()
                    && Verbs.FINITE_WORD
                            .matcher(blanked.substring(0, verb.start()))
                            .find();
            // "…, leaving much of Iraq's offensive military equipment destroyed or abandoned": in a phrase an -ing word
            // opens after a comma, an -ed word completes its object
            boolean inIngPhrase =
                    ING_PHRASE_BEFORE.matcher(clause.substring(0, verb.start())).find();
            boolean participle = bare
                    && (apposition
                            || inIngPhrase
                            || comparing
                            || clause.substring(verb.end()).startsWith(" by ")
                            || NOT_A_FINITE_VERB_AFTER
                                    .matcher(clause.substring(Math.max(0, verb.start() - 40), verb.start()))
                                    .find());
            // "reported", "detailed", "limited" describe a noun ("the reported death"), unless an object follows
            // ("Savin Corp. reported a net loss"; after "the", "was"… it is a participle, skipped above all the same)
            boolean adjective = Clauses.isNotAVerb(word)
                    && !(bare
                            && ADJECTIVE_OR_VERB.contains(word.toLowerCase(Locale.ROOT))
                            && objectFollows(clause, verb.end()));
            if (adjective || verb.start() == 0 || participle) {
                continue;
            }
            // "The slowdown raises questions about the economy's strength | because spending fueled much of …": the
            // verb the rules know is in a clause of its own, after a main clause whose verb they do not know
            Matcher subordinate = SUBORDINATE_BEFORE.matcher(clause.substring(0, verb.start()));
            if (subordinate.find()
                    && PRESENT_AFTER_SUBJECT
                            .matcher(clause.substring(0, subordinate.start()))
                            .find()) {
                return Optional.of(fit(firstClause(clause.substring(0, subordinate.start())), found));
            }
            // "Nearly 9,000 Soviets were among the … foreigners trapped in Iraq": after the clause's own "were", an -ed
            // word describes a noun; the clause is the title, in the present
            Matcher copula = COPULA.matcher(clause.substring(0, verb.start()));
            if (bare && copula.find()) {
                String present = copula.group().equalsIgnoreCase("was") ? "is" : "are";
                return Optional.of(fit(
                        firstClause(clause.substring(0, copula.start()) + present + clause.substring(copula.end())),
                        found));
            }
            return Optional.of(verbTitle(clause, verb, found));
        }
        return Optional.empty();
    }

    /**
     * Whether an object follows a verb ending at {@code at}: "reported net income of $27.1 million"; not a clause
     * ("reported profit jumped 45%", whose news is the profit's jump).
     */
    private static boolean objectFollows(String clause, int at) {
        Matcher object = OBJECT_AFTER.matcher(clause).region(at, clause.length());
        if (!object.lookingAt()) {
            return false;
        }
        Matcher next = NEXT_WORDS.matcher(clause).region(at, clause.length());
        return !next.lookingAt() || !Clauses.VERB.matcher(next.group()).find();
    }

    /** The title of a clause whose main verb {@code verb} found: its subject, the verb in the present, what follows. */
    private static String verbTitle(String clause, Matcher verb, List<KnownActor> found) {
        String word = verb.group("verb");
        boolean bare = verb.group().equals(word);
        // "…, published on April 27th, includes", "Kopp, who is from Vermont, is indicted": what the commas enclose
        // describes the subject
        // without what the commas enclose after it ("Gadhafi, in a letter to the U.N., also called for")
        String subject = blankRelatives(clause)
                .substring(0, verb.start())
                .replaceAll("\\s{2,}", " ")
                .strip()
                .replaceFirst(",\\s+\\p{Ll}+ed,$", "")
                .replaceFirst("^(.+?),\\s+(?:who|which|whose)\\b[^,]*,$", "$1");
        String rest = clause.substring(verb.end()).strip();
        // "X is a Ukrainian association …, recognized as extremist": after a clause with its own verb, a participle
        // after a comma tells what was done to X; not "…, said David N. McCammon" (a speaker after what was said)
        // nor "…, compared with $10.3 million"
        boolean reduced = bare
                && clause.startsWith(", ", Math.max(0, verb.start() - 2))
                && Verbs.FINITE_WORD.matcher(subject).find()
                && REDUCED_RELATIVE_GOES_ON.matcher(rest).lookingAt()
                && !word.equalsIgnoreCase("compared");
        boolean passive = reduced
                || verb.group().matches("(?i)(?:was|were|is|are)\\s.*")
                || verb.group().matches("(?i).*\\bbeen\\s.*");
        String who = Subjects.ofFirstVerbPhrase(subject, word)
                .or(() -> Subjects.ofPronounAfterMainClause(subject))
                .orElseGet(() -> Subjects.subject(Subjects.antecedent(subject, found), found));
        // "was not discussed" stays "is not discussed", "had never visited" "has never visited": a title that drops
        // the negation says the opposite of its sentence
        Matcher negation = NEGATION.matcher(verb.group());
        String not = negation.find() ? negation.group().toLowerCase(Locale.ROOT) + " " : "";
        // "were to be released": still to come when reported, so "is to be released"
        String present = passive
                ? (verb.group().matches("(?i).*\\bto\\s+be\\s.*") ? "is " + not + "to be " : "is " + not) + word
                : not.isEmpty() ? Verbs.present(word) : "has " + not + word;
        String verbs = Verbs.takesPlural(who) ? Verbs.plural(present) : present;
        String title = fit(who + " " + verbs + " " + firstClause(rest), found, verbs);
        // "raided two homes and searched for a suspect": a second verb phrase the title keeps, in the present too
        return !passive && not.isEmpty() && bare ? secondVerbInPresent(title, Verbs.takesPlural(who)) : title;
    }

    /** A modal and its verb: "Tomorrow the board of supervisors of Loudon county, Virginia, will vote on …". */
    private static Optional<String> modalTitle(String clause, List<KnownActor> found) {
        Matcher modal = MODAL.matcher(clause);
        if (!modal.find()
                || modal.start() == 0
                || Clauses.FINITE_OR_NEGATED
                        .matcher(clause.substring(0, modal.start()))
                        .find()) {
            return Optional.empty();
        }
        String who = Subjects.subject(
                Subjects.ownSubject(clause.substring(0, modal.start()).strip()), found);
        String what =
                modal.group() + " " + firstClause(clause.substring(modal.end()).strip());
        // too long to keep what the subject's commas enclose ("…of Loudon county, Virginia, will vote"): its head
        if ((who + what).length() > TitleFit.MAX_TITLE && who.contains(", ")) {
            who = who.substring(0, who.indexOf(", "));
        }
        return Optional.of(fit(who + what, found, modal.group().strip()));
    }

    /** "… and searched for a suspect" → "… and searches for a suspect" (or "search" after a plural subject). */
    private static String secondVerbInPresent(String text, boolean plural) {
        Matcher second = SECOND_PAST_VERB.matcher(text);
        if (!second.find()) {
            return text;
        }
        String present = Verbs.present(second.group(1));
        return text.substring(0, second.start(1))
                + (plural ? Verbs.plural(present) : present)
                + text.substring(second.end(1));
    }
}
