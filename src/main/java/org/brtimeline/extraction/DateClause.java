package org.brtimeline.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a sentence whose event one of its dates dates, when that is not the sentence's main clause: a relative
 * clause or a parenthesis about a known actor or a name ("Aleinik, who was appointed last week", "Putin (who was banned
 * from entering Moldova on April 28th)"), read with the actor as its subject; the noun phrase of an adjunct that the
 * date closes ("following the unexpected death of his predecessor, Vladimir Makei, in late November"); or the clause
 * after "when" that follows the date ("in mid-October, when Moscow dispatched thousands of troops").
 *
 * @param text the clause, with the actor in place of "who" / "which"
 * @param dates the offsets of the sentence's dates that lie in the clause, within {@code text}
 * @param nounPhrase whether the clause is a noun phrase (a title as it stands), not a clause with a verb
 */
record DateClause(String text, List<int[]> dates, boolean nounPhrase) {

    private static final Pattern WHEN_AFTER = Pattern.compile(",?\\s+when\\s+");
    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:who|which)\\s+");
    private static final Pattern PRONOUN_FIRST = Pattern.compile("(?:who|which)\\s+");
    private static final Pattern ADJUNCT = Pattern.compile("\\b(?:following|after|before|amid)\\s+(?=the\\s)");
    private static final Pattern ADJUNCT_END = Pattern.compile("[,\\s]*(?:\\b(?:in|on|at)\\s*)?$");
    private static final Pattern VERB_IN_PHRASE =
            Pattern.compile("\\b(?:is|are|was|were|has|have|had|be|been|who|which|that|said|says)\\b");
    private static final int MIN_WORDS = 3;
    /** A relative pronoun right after a word, with no comma before it: "… the consent decree that broke up …". */
    private static final Pattern BARE_RELATIVE = Pattern.compile("(?<=[\\p{L}\\d])\\s+(?<pronoun>who|which|that)\\s+");
    /** Where a relative clause without commas ends: a comma, a colon, a parenthesis, a quotation mark, a dash. */
    private static final Pattern RELATIVE_CLAUSE_END = Pattern.compile("[,;:()\"“”]|\\s[–—-]{1,2}\\s|\\s_\\s");
    /** Words after which "that" or "who" is no relative pronoun: "said that", "so that", "now that", "those who". */
    private static final Pattern NOT_AN_ANTECEDENT = Pattern.compile(
            "(?i)so|such|now|than|and|or|but|those|all|one|ones"
                    + "|anyone|everyone|someone|people|the|a|an|this|that|these|it|he|she|they|we|you|there|here|\\p{L}+ly");
    /** A verb in the present after its subject: "who oversees". */
    private static final Pattern PRESENT_FIRST = Pattern.compile("\\p{Ll}{3,}[^su\\W]s\\b");
    /** A preposition other than "of", after which a noun phrase of its own begins. */
    private static final Pattern NOT_OF_PREPOSITION =
            Pattern.compile("\\b(?:to|in|for|on|at|with|from|by|against|over|about|into|under|between|among)\\s+");

    /** What may open the words before a noun phrase and is no part of it: "and", "that", a participle. */
    private static final Pattern LEADING_WORD = Pattern.compile("^(?:(?:and|but|or|that|of|\\p{Ll}+ing)\\s+)+");
    /** A determiner, where a noun phrase begins: "the", "a", "its", "these". */
    private static final Pattern DETERMINER =
            Pattern.compile("\\b(?:the|a|an|this|these|those|his|her|its|their|our|my|your)\\s");
    /** A word that opens a clause with a verb of its own within a relative clause: "… since he was rescued". */
    private static final Pattern OWN_CLAUSE =
            Pattern.compile("\\b(?:and|or|but|that|which|who|whom|when|where|while|since"
                    + "|because|if|after|before|until|as|than|whether|he|she|it|they|we|I|you)\\b");
    /** Adverbs within a verb group: "has also been", "were not". */
    private static final Pattern ADVERBS = Pattern.compile("(?:(?:\\p{Ll}+ly|not|also|never|just|already|still)\\s*)+");
    /** A finite word or a modal and its verb: "is", "could not stop". */
    private static final Pattern FINITE_OR_MODAL = Pattern.compile(Verbs.FINITE_WORD.pattern()
            + "|\\b(?:will|would|could|can|may|might|must|should)\\s+(?:not\\s+)?\\p{Ll}+\\b");

    private static final int MAX_SUBJECT_WORDS = 8;
    private static final Pattern CLAUSE_JOIN = Pattern.compile(",\\s+(?:while|whereas|but)\\s+");
    /** A verb in the past, or of saying: "ruled", "said". */
    private static final Pattern PAST_OR_SAYING = Pattern.compile("\\s(?:said|says|told|\\p{Ll}{2,}ed)\\b");

    private static final Pattern AND_VERB =
            Pattern.compile("\\s+and\\s+(?=(?:was|were|is|are|has|have|had|then|later)\\b|\\p{Ll}+ed\\b)");
    private static final Pattern AND_THAT = Pattern.compile(",?\\s+and\\s+that\\s+");
    private static final int AND_THAT_LENGTH = " and that ".length();
    private static final String THAT = " that ";
    private static final Pattern ASIDE_CLAUSE = Pattern.compile(",\\s+(?:who|which)\\b[^,]*,");
    private static final Pattern OPENING_WORD =
            Pattern.compile("(?:The|A|An|In|On|At|But|And|This|That|These|Those|It|He|She|They|We|Then|Also)\\b");
    private static final Pattern NAME_AT_END = Pattern.compile(
            "(?<![\\p{L}.])(?<!\\p{Lu}\\p{L}{0,20}\\sof\\s)(?<!\\p{Lu}\\p{L}{0,20}\\sof\\sthe\\s)\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}$");

    static Optional<DateClause> of(String sentence, List<int[]> dates, int[] date, List<KnownActor> found) {
        return served(sentence, date)
                .or(() -> secondThat(sentence, dates, date))
                .or(() -> secondVerbPhrase(sentence, dates, date))
                .or(() -> laterClause(sentence, dates, date))
                .or(() -> inParenthesis(sentence, dates, date, found))
                .or(() -> inRelativeClause(sentence, dates, date, found))
                .or(() -> inBareRelativeClause(sentence, dates, date, found))
                .or(() -> closingAnAdjunct(sentence, dates, date))
                .or(() -> followedByWhen(sentence, dates, date));
    }

    /**
     * "Alarm bells were raised in mid-October, when Moscow dispatched thousands of troops …": the clause after "when"
     * says what happened at the date; the clause before it comments on it.
     */
    private static Optional<DateClause> followedByWhen(String sentence, List<int[]> dates, int[] date) {
        Matcher when = WHEN_AFTER.matcher(sentence).region(date[1], sentence.length());
        if (!when.lookingAt()) {
            return Optional.empty();
        }
        String clause = sentence.substring(when.end());
        return clause.split("\\s+").length < MIN_WORDS
                ? Optional.empty()
                : Optional.of(clause(when.end(), sentence.length(), clause, dates));
    }

    /**
     * "Kovalkova and Dyleuski, who is also a strike organizer, were to be released … after serving 10 days in jail on a
     * similar charge": a stretch served is what its subject served ("Kovalkova and Dyleuski served 10 days in jail on a
     * similar charge"); the subject is what comes before the sentence's first verb, without what commas enclose.
     */
    private static Optional<DateClause> served(String sentence, int[] date) {
        if (!ReferenceTime.SERVED.matcher(sentence.substring(0, date[0])).find()) {
            return Optional.empty();
        }
        String subject = beforeFirstVerb(sentence.substring(0, date[0])).strip();
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        int next = sentence.indexOf(',', date[1]);
        int to = next < 0 ? sentence.length() : next;
        String text = subject + " served " + sentence.substring(date[0], to).strip();
        return Optional.of(new DateClause(text, List.of(), false));
    }

    /**
     * "Putin said on Friday that the first warheads had been delivered and that the transfer would be completed by the
     * end of the summer": a date in the second thing said dates it, said by the same speaker ("Putin said on Friday
     * that the transfer would be completed by the end of the summer").
     */
    private static Optional<DateClause> secondThat(String sentence, List<int[]> dates, int[] date) {
        Matcher second = AND_THAT.matcher(sentence);
        int from = -1;
        while (second.find() && second.end() <= date[0]) {
            from = second.end();
        }
        int first = sentence.indexOf(THAT);
        if (from < 0 || first < 0 || first + THAT.length() > from - AND_THAT_LENGTH) {
            return Optional.empty();
        }
        String said = sentence.substring(0, first + THAT.length());
        List<int[]> before = dates.stream().filter(d -> d[1] <= first).toList();
        DateClause clause = clause(from, sentence.length(), said + sentence.substring(from), dates);
        List<int[]> all = new ArrayList<>(before);
        all.addAll(clause.dates());
        return Optional.of(new DateClause(clause.text(), all, false));
    }

    /**
     * "Protasevich had fled Belarus in 2019 and was placed on a list of terrorists last year": each verb phrase has its
     * own date, and a date in the second dates it, said of the same subject ("Protasevich was placed on a list of
     * terrorists last year"); a date in the first dates the first alone ("Protasevich had fled Belarus in 2019").
     */
    private static Optional<DateClause> secondVerbPhrase(String sentence, List<int[]> dates, int[] date) {
        Matcher and = AND_VERB.matcher(sentence);
        while (and.find()) {
            int split = and.start();
            boolean datedBefore = dates.stream().anyMatch(d -> d[1] <= split);
            boolean datedAfter = dates.stream().anyMatch(d -> d[0] >= and.end());
            if (!datedBefore || !datedAfter) {
                continue;
            }
            // the subject is short and plain: "Protasevich", "Her brother Delfin", not a dateline and a speaker
            String before = beforeFirstVerb(sentence.substring(0, split));
            // after an opening phrase: "According to sources quoted by the Miami Herald, Munero had fled …"
            String subject = before.substring(before.lastIndexOf(',') + 1).strip();
            if (subject.isEmpty() || subject.split("\\s+").length > MAX_SUBJECT_WORDS) {
                return Optional.empty();
            }
            if (date[0] >= and.end()) {
                return Optional.of(
                        clause(and.end(), sentence.length(), subject + " " + sentence.substring(and.end()), dates));
            }
            return Optional.of(clause(0, split, sentence.substring(0, split), dates));
        }
        return Optional.empty();
    }

    /**
     * "Lukashenka said the programs did not touch on the sovereignty of Belarus, while Putin said the two countries
     * would move toward a common gas market by December 1, 2023": a date in a clause of its own after ", while" (",
     * whereas", ", but") dates that clause.
     */
    private static Optional<DateClause> laterClause(String sentence, List<int[]> dates, int[] date) {
        Matcher join = CLAUSE_JOIN.matcher(sentence);
        int from = -1;
        while (join.find() && join.end() <= date[0]) {
            from = join.end();
        }
        if (from < 0) {
            return Optional.empty();
        }
        String clause = sentence.substring(from, date[0]);
        // a clause with a subject and a verb of its own before the date, not "…, but in Minsk on May 25"
        // ("…, while profitable, was hurt by …" is an aside of the main clause)
        Matcher verb = Verbs.FINITE_WORD.matcher(clause);
        Matcher said = PAST_OR_SAYING.matcher(clause);
        int at = verb.find() ? verb.start() : said.find() ? said.start() : -1;
        boolean ownVerb = at > 0 && !clause.substring(0, at).contains(",");
        return ownVerb
                ? Optional.of(clause(from, sentence.length(), sentence.substring(from), dates))
                : Optional.empty();
    }

    /**
     * What comes before the first verb of a text, without the relative clauses between commas ("Kovalkova and
     * Dyleuski, who is also a strike organizer, were …" → "Kovalkova and Dyleuski "); empty when it has no verb or
     * opens with one.
     */
    private static String beforeFirstVerb(String text) {
        String withoutAsides = ASIDE_CLAUSE.matcher(text).replaceAll("");
        Matcher verb = Verbs.FINITE_WORD.matcher(withoutAsides);
        return verb.find() ? withoutAsides.substring(0, verb.start()) : "";
    }

    /** "Putin (who was banned from entering Moldova on April 28th) is …". */
    private static Optional<DateClause> inParenthesis(
            String sentence, List<int[]> dates, int[] date, List<KnownActor> found) {
        int open = sentence.lastIndexOf('(', date[0]);
        int close = sentence.indexOf(')', date[1]);
        if (open < 0 || close < 0 || sentence.lastIndexOf(')', date[0]) > open) {
            return Optional.empty();
        }
        Matcher pronoun = PRONOUN_FIRST.matcher(sentence).region(open + 1, close);
        if (!pronoun.lookingAt()) {
            return Optional.empty();
        }
        return actorEndingAt(sentence.substring(0, open).stripTrailing(), found)
                .map(actor -> clause(actor, sentence, pronoun.end(), close, dates));
    }

    /** "… with Aleinik, who was appointed last week following …": up to the next comma. */
    private static Optional<DateClause> inRelativeClause(
            String sentence, List<int[]> dates, int[] date, List<KnownActor> found) {
        Matcher relative = RELATIVE.matcher(sentence);
        int comma = -1;
        int from = -1;
        while (relative.find() && relative.end() <= date[0]) {
            comma = relative.start();
            from = relative.end();
        }
        if (from < 0) {
            return Optional.empty();
        }
        int next = sentence.indexOf(',', from);
        int to = next < 0 ? sentence.length() : next;
        if (date[1] > to || sentence.substring(from, date[0]).contains("(")) {
            return Optional.empty();
        }
        int start = from;
        return actorEndingAt(sentence.substring(0, comma), found)
                .map(actor -> clause(actor, sentence, start, to, dates));
    }

    /**
     * "… said Natalya Eismont, a spokeswoman for the Belarusian leader who has worked in the presidential administration
     * since 2019", "… the consent decree that broke up the Bell system in 1984": a date in a relative clause with no
     * comma before it, after the sentence's own verb, dates that clause, said of what it follows: a name, or the
     * nearest noun phrase ({@link #nounPhraseEndingAt}); not a relative clause in the subject ("officials who monitor
     * … said Thursday") nor one with a subject of its own ("employees that Unisys said a month ago would be laid off").
     */
    private static Optional<DateClause> inBareRelativeClause(
            String sentence, List<int[]> dates, int[] date, List<KnownActor> found) {
        Matcher relative = BARE_RELATIVE.matcher(sentence);
        int pronoun = -1;
        int from = -1;
        boolean who = false;
        while (relative.find() && relative.end() <= date[0]) {
            pronoun = relative.start("pronoun");
            from = relative.end();
            who = relative.group("pronoun").equals("who");
        }
        if (from < 0) {
            return Optional.empty();
        }
        Matcher end = RELATIVE_CLAUSE_END.matcher(sentence).region(from, sentence.length());
        int to = relativeClauseEnd(sentence, from, end.find() ? end.start() : sentence.length());
        String before = sentence.substring(0, pronoun).stripTrailing();
        String lastWord = before.substring(before.lastIndexOf(' ') + 1);
        if (date[1] > to
                || verbAtStart(sentence.substring(from, to)) == 0
                || NOT_AN_ANTECEDENT.matcher(lastWord).matches()
                || Clauses.hasFiniteVerb(lastWord)
                || !Clauses.hasFiniteVerb(before)) {
            return Optional.empty();
        }
        int start = from;
        boolean person = who;
        return actorEndingAt(before, found)
                .or(() -> nounPhraseEndingAt(before, person, found))
                .map(subject -> clause(subject, sentence, start, to, dates));
    }

    /**
     * Where a relative clause that starts at {@code from} ends, at the latest at {@code to}: before a finite verb that
     * is not its own ("the local religious leaders who led the 1992 protests | have moved"), one that follows neither
     * its verb nor a word that opens a clause of its own ("and", "that", "since he" …).
     */
    private static int relativeClauseEnd(String sentence, int from, int to) {
        int verbEnd = from + verbAtStart(sentence.substring(from, to));
        Matcher finite = Verbs.FINITE_WORD.matcher(sentence).region(verbEnd, to);
        while (finite.find()) {
            String between = sentence.substring(verbEnd, finite.start());
            if (!between.isBlank()
                    && !OWN_CLAUSE.matcher(between).find()
                    && !ADVERBS.matcher(between.strip()).matches()) {
                return finite.start();
            }
            verbEnd = finite.end();
        }
        return to;
    }

    /** How long the verb a text opens with is ("has been doubling", "led", "oversees"), or 0 when it opens with none. */
    private static int verbAtStart(String text) {
        for (Pattern verb : List.of(Clauses.VERB, Verbs.FINITE_WORD, PRESENT_FIRST)) {
            Matcher m = verb.matcher(text);
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return 0;
    }

    /**
     * The noun phrase a text ends with, which a relative pronoun after it refers to: of the words since the text's last
     * comma or verb, those from the last determiner ("could not stop | the assassin's bullet", "paid tribute to | the
     * men"), or else after the last preposition ("a surge in | employment gains"); for a person, the name before the
     * comma when the words are what that name is ("Natalya Eismont, | a spokeswoman for the Belarusian leader").
     */
    private static Optional<String> nounPhraseEndingAt(String text, boolean person, List<KnownActor> found) {
        int comma = text.lastIndexOf(", ");
        int start = comma + 1;
        Matcher verb = Clauses.VERB.matcher(text);
        while (verb.find()) {
            start = Math.max(start, verb.end());
        }
        Matcher finite = FINITE_OR_MODAL.matcher(text);
        while (finite.find()) {
            start = Math.max(start, finite.end());
        }
        if (person && start == comma + 1 && comma > 0) {
            Optional<String> named = actorEndingAt(text.substring(0, comma), found);
            if (named.isPresent()) {
                return named;
            }
        }
        Matcher determiner = DETERMINER.matcher(text).region(start, text.length());
        int at = -1;
        while (determiner.find()) {
            at = determiner.start();
        }
        // "a suspect in | sniper shootings that injured …": the nearest noun, unless "of" joins them ("one of two men")
        Matcher preposition = NOT_OF_PREPOSITION.matcher(text).region(Math.max(at, start), text.length());
        while (preposition.find()) {
            at = preposition.end();
        }
        String phrase = LEADING_WORD
                .matcher(text.substring(Math.max(at, start)).strip())
                .replaceFirst("");
        int words = phrase.isEmpty() ? 0 : phrase.split("\\s+").length;
        return words >= 1 && words <= MAX_SUBJECT_WORDS && !phrase.contains(",")
                ? Optional.of(phrase)
                : Optional.empty();
    }

    /**
     * "… was appointed last week following the unexpected death of his predecessor, Vladimir Makei, in late November":
     * a date that closes an adjunct after another date of the sentence dates what the adjunct names.
     */
    private static Optional<DateClause> closingAnAdjunct(String sentence, List<int[]> dates, int[] date) {
        Matcher adjunct = ADJUNCT.matcher(sentence);
        int at = -1;
        int phrase = -1;
        while (adjunct.find() && adjunct.end() < date[0]) {
            at = adjunct.start();
            phrase = adjunct.end();
        }
        int atAdjunct = at;
        if (phrase < 0 || dates.stream().noneMatch(d -> d[1] <= atAdjunct)) {
            return Optional.empty();
        }
        String words = sentence.substring(phrase, date[0]);
        if (!words.substring(words.lastIndexOf(',') + 1).strip().matches("(?:in|on|at)?") && words.contains(",")) {
            return Optional.empty(); // "after the bombings in East Africa, U.S. forces Thursday launched": a new clause
        }
        Matcher end = ADJUNCT_END.matcher(words);
        // "the political crisis of 2020" keeps its date: it is part of the name
        String nounPhrase = words.matches("(?s).*\\bof\\s*")
                ? sentence.substring(phrase, date[1])
                : end.find() ? words.substring(0, end.start()) : words;
        if (VERB_IN_PHRASE.matcher(nounPhrase).find() || nounPhrase.split("\\s+").length < MIN_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new DateClause(nounPhrase, List.of(), true));
    }

    /** The actor's name and the clause after its relative pronoun, with the dates that lie in it. */
    private static DateClause clause(String actor, String sentence, int from, int to, List<int[]> dates) {
        return clause(from, to, actor + " " + sentence.substring(from, to), dates);
    }

    /** A clause made of the sentence's characters from..to (after a prefix of its own), with the dates in them. */
    private static DateClause clause(int from, int to, String text, List<int[]> dates) {
        int shift = text.length() - (to - from) - from;
        List<int[]> inside = dates.stream()
                .filter(d -> d[0] >= from && d[1] <= to)
                .map(d -> new int[] {d[0] + shift, d[1] + shift})
                .toList();
        return new DateClause(text, inside, false);
    }

    /**
     * The short name of the known actor named last in the text, if the text ends with it; else a name the text ends
     * with ("Juanita Castro, who arrived …"), one to four capitalised words that do not start with a word opening the sentence ("The") and do not
     * end an organisation's name ("… of the National Council of Churches, who traveled …" names no one).
     */
    private static Optional<String> actorEndingAt(String text, List<KnownActor> found) {
        String before = text.stripTrailing();
        Optional<String> known = KnownActor.endingAt(before, found).map(KnownActor::shortName);
        if (known.isPresent()) {
            return known;
        }
        Matcher name = NAME_AT_END.matcher(before);
        return name.find()
                        && (name.start() > 0
                                || !OPENING_WORD.matcher(name.group()).lookingAt())
                ? Optional.of(name.group())
                : Optional.empty();
    }
}
