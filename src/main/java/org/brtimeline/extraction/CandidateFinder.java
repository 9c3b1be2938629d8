package org.brtimeline.extraction;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes candidate events: one for each date of a sentence that can be placed on the calendar (a
 * sentence about Tuesday's talks that mentions "the 25 February elections" proposes both), the
 * article's lead reported as news on its publication day, and undated sentences that go on with a
 * dated one in the time it set ("the next day" moves it). Each says how its date was reached. The
 * same sentence with the same date (a repeated sentence, a date said twice) is proposed once.
 */
public final class CandidateFinder {

    private static final int MIN_WORDS = 3;
    /** A copyright mark in a short line ("Example Wire (c) 2024.") is the page's notice, not a report about copyright. */
    private static final int MAX_BOILERPLATE_WORDS = 8;
    /** The lead is among the story's first sentences; later undated sentences are background unless they go on from a date. */
    private static final int LEAD_SENTENCES = 3;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern BYLINE = Pattern.compile("By(\\s+\\p{Lu}[\\p{L}'’/.&-]*)+\\s*$");
    /** A copyright line however it is written: "Copyright 2020 …", "© 2020 …", "(c) 2024 Example Wire.", "All rights reserved." */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(copyright\\b|©|\\(c\\)|all rights reserved)");

    /** How a sentence of prose ends: a full stop, question or exclamation mark, perhaps inside closing quotes or brackets. */
    private static final Pattern PROSE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$");

    /** Words that name the day of publication itself. */
    private static final Pattern PUBLICATION_DAY = Pattern.compile(
            "(?i)(?:today|tonight|now|currently|at present|this (?:morning|afternoon|evening)|these days)");

    private static final Pattern YEAR = Pattern.compile(".*\\b\\d{4}\\b.*");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private CandidateFinder() {}

    /** The candidates of an article published on a known day. */
    public static List<Candidate> find(
            String text, List<TemporalExpression> expressions, LocalDate published, EventDescriber describer) {
        return find(text, expressions, published, Granularity.DAY, describer);
    }

    /**
     * The candidates of an article whose publication date is known to this precision (a week, when only the week is
     * known): its lead is dated no more precisely than that.
     */
    public static List<Candidate> find(
            String text,
            List<TemporalExpression> expressions,
            LocalDate published,
            Granularity publication,
            EventDescriber describer) {
        List<Candidate> candidates = new ArrayList<>();
        Set<List<Object>> proposed = new HashSet<>();
        ReferenceTime reference = null;
        // A heading that is only a date or a period ("April 24 – April 30, 2023", a digest's week) dates its section.
        ReferenceTime section = null;
        int storySentences = 0;
        boolean leadFound = false;
        Sentence previous = null;
        KnownActor lastPerson = null;
        List<KnownActor> lastPeople = new ArrayList<>(); // the last two people named, in the order named
        // the people the sentence before named, when it was a statement proposed as a candidate
        List<KnownActor> peopleBefore = List.of();
        for (Sentence sentence : SentenceSplitter.split(text)) {
            List<TemporalExpression> inSentence = expressions.stream()
                    .filter(e -> e.start() >= sentence.start() && e.end() <= sentence.end())
                    .toList();
            String quote = text.substring(sentence.start(), sentence.end());
            List<TemporalExpression> dates = inSentence.stream()
                    .filter(e -> e.isPlaceable() && (e.type() == TimexType.DATE || e.type() == TimexType.TIME))
                    .toList();
            if (isPageFurniture(quote, sentence.start(), inSentence)) {
                if (isDateHeading(quote, sentence.start(), dates)) {
                    section = ReferenceTime.of(dates.get(0));
                    reference = section;
                    leadFound = true; // a dated section is no news of the publication day
                }
                continue;
            }
            if (isProse(quote)) {
                storySentences++;
            }
            boolean newParagraph = previous != null
                    && text.substring(previous.end(), sentence.start()).contains("\n");
            previous = sentence;
            if (newParagraph && section != null && dates.isEmpty() && !ReferenceTime.moves(quote)) {
                reference = section;
                newParagraph = false;
            }
            KnownActor before = lastPerson; // whom a "he" or "she" of this sentence stands for
            List<KnownActor> namedBefore = peopleBefore;
            int proposedBefore = candidates.size();
            List<KnownActor> pair = List.copyOf(lastPeople); // whom "the two leaders" stands for
            Supplier<EventDescriber.Description> description =
                    () -> describer.describe(quote, offsets(inSentence, sentence), null, before, pair);
            lastPerson = describer.subjectPersonIn(quote).orElse(lastPerson);
            List<KnownActor> people = describer.peopleIn(quote);
            for (KnownActor person : people) {
                lastPeople.remove(person);
                lastPeople.add(person);
                if (lastPeople.size() > 2) {
                    lastPeople.remove(0);
                }
            }
            if (reference != null && !dates.isEmpty() && dates.stream().allMatch(ReferenceTime::isStoryRelative)) {
                reference = reference.movedBy(quote);
                candidates.add(candidate(sentence, quote, new Dating(reference, DateOrigin.INHERITED), description));
            } else if (!dates.isEmpty()) {
                List<int[]> offsets = offsets(inSentence, sentence);
                dates.stream()
                        .filter(date -> proposed.add(List.of(quote.strip(), date.earliest(), date.latest())))
                        .forEach(date -> candidates.add(candidate(
                                sentence,
                                quote,
                                dated(date, published, publication),
                                () -> describer.describe(quote, offsets, offset(date, sentence), before, pair))));
                // "were to be released on September 3 after serving 10 days in jail": the stretch served began before
                served(quote, sentence, inSentence, dates)
                        .forEach(start -> candidates.add(candidate(
                                sentence,
                                quote,
                                new Dating(start.getValue(), DateOrigin.RESOLVED),
                                () -> describer.describe(
                                        quote, offsets, offset(start.getKey(), sentence), before, pair))));
                reference = dated(dates.get(0), published, publication).time();
                leadFound = true;
            } else if (!describer.reportsEvent(quote)) {
                reference = newParagraph ? null : reference;
            } else if (!leadFound && storySentences <= LEAD_SENTENCES) {
                reference = ReferenceTime.published(published, publication);
                leadFound = true;
                candidates.add(candidate(sentence, quote, new Dating(reference, DateOrigin.PUBLICATION), description));
            } else if (reference != null
                    && (!newParagraph
                            || ReferenceTime.moves(quote)
                            || goesOnAbout(quote, before)
                            || quotesAgain(quote, people, namedBefore, describer))) {
                reference = reference.movedBy(quote);
                candidates.add(candidate(sentence, quote, new Dating(reference, DateOrigin.INHERITED), description));
            } else if (Occasions.reportsStatementOnOccasion(quote) && describer.saidByAnActor(quote)) {
                // "In an interview with Russian journalists, Lukashenko said …": news of the article's time
                reference = ReferenceTime.published(published, publication);
                candidates.add(candidate(sentence, quote, new Dating(reference, DateOrigin.PUBLICATION), description));
            }
            peopleBefore = candidates.size() > proposedBefore && Occasions.saysSomething(quote) ? people : List.of();
        }
        return candidates;
    }

    /** A quotation that opens a sentence: what someone said, whose "he" is not the story's subject. */
    private static final Pattern QUOTATION_FIRST = Pattern.compile("\\s*(?:[\"“‘`]|'')");

    /**
     * Whether a sentence that opens a paragraph goes on about the person named last before it: its subject is "he" or
     * "she" ("At a joint press conference with his Belarusian counterpart Vladimir Makei, he said …" after "On
     * September 2, Russian Foreign Minister Sergei Lavrov spoke out …"), so it goes on with the same story time.
     */
    private static boolean goesOnAbout(String quote, KnownActor person) {
        Matcher pronoun = ActorMentions.PERSONAL_PRONOUN.matcher(quote);
        return person != null
                && !QUOTATION_FIRST.matcher(quote).lookingAt()
                && pronoun.find()
                && !Clauses.hasFiniteVerb(quote.substring(0, pronoun.start()));
    }

    /**
     * Whether a sentence that opens a paragraph is a statement by one of the people the statement proposed right before
     * it named, and names no one else ("“No, these statements have absolutely nothing to do with reality,” Peskov told
     * reporters" after "…, Dmitry Peskov, spokesman for Russian President Vladimir Putin, said on Monday"): the same
     * statement, in the same time. A statement that was not proposed (background) passes on no time.
     */
    private static boolean quotesAgain(
            String quote, List<KnownActor> named, List<KnownActor> namedBefore, EventDescriber describer) {
        return !named.isEmpty() && namedBefore.containsAll(named) && describer.saidByAnActor(quote);
    }

    /**
     * The beginnings of the stretches a sentence says were served up to one of its days ("released on September 3 after
     * serving 10 days in jail", "after spending two weeks in hospital"), each with its stretch.
     */
    private static List<Map.Entry<TemporalExpression, ReferenceTime>> served(
            String quote, Sentence sentence, List<TemporalExpression> inSentence, List<TemporalExpression> dates) {
        List<Map.Entry<TemporalExpression, ReferenceTime>> starts = new ArrayList<>();
        for (TemporalExpression stretch : inSentence) {
            if (stretch.type() != TimexType.DURATION
                    || !ReferenceTime.SERVED
                            .matcher(quote.substring(0, stretch.start() - sentence.start()))
                            .find()) {
                continue;
            }
            dates.stream()
                    .filter(date -> date.end() <= stretch.start())
                    .reduce((first, second) -> second)
                    .flatMap(end -> ReferenceTime.servedUntil(end, stretch))
                    .ifPresent(start -> starts.add(Map.entry(stretch, start)));
        }
        return starts;
    }

    /** A date and how it was reached. */
    private record Dating(ReferenceTime time, DateOrigin origin) {}

    /**
     * A date and how it was reached; "today" in an article known only to its week is that week, not the day the
     * tagger counted from (RT's "Today the Belarusian people want justice", published between 7 and 13 September).
     */
    private static Dating dated(TemporalExpression date, LocalDate published, Granularity publication) {
        if (publication != Granularity.DAY
                && PUBLICATION_DAY.matcher(date.text()).matches()) {
            return new Dating(ReferenceTime.published(published, publication), DateOrigin.RESOLVED);
        }
        return dated(date);
    }

    private static Dating dated(TemporalExpression date) {
        return new Dating(
                ReferenceTime.of(date), YEAR.matcher(date.text()).matches() ? DateOrigin.STATED : DateOrigin.RESOLVED);
    }

    private static List<int[]> offsets(List<TemporalExpression> expressions, Sentence sentence) {
        return expressions.stream().map(e -> offset(e, sentence)).toList();
    }

    private static int[] offset(TemporalExpression expression, Sentence sentence) {
        return new int[] {expression.start() - sentence.start(), expression.end() - sentence.start()};
    }

    /**
     * A byline ("By RFE/RL's Belarus Service September 03, 2020"), a copyright notice ("(c) 2024
     * Example Wire.", at the start of the line or anywhere in a short one), or a line that
     * is little but dates ("November 11 – November 17", a digest's navigation) reports no event.
     */
    static boolean isPageFurniture(String sentence, int sentenceStart, List<TemporalExpression> dates) {
        StringBuilder rest = new StringBuilder(sentence);
        dates.stream()
                .sorted(Comparator.comparingInt(TemporalExpression::start).reversed())
                .forEach(e -> rest.replace(e.start() - sentenceStart, e.end() - sentenceStart, " "));
        String words = rest.toString().strip();
        long wordCount = WORD.matcher(words).results().count();
        return wordCount < MIN_WORDS
                || BYLINE.matcher(words).lookingAt()
                || COPYRIGHT.matcher(words).lookingAt()
                || COPYRIGHT.matcher(sentence).find() && wordCount <= MAX_BOILERPLATE_WORDS;
    }

    /**
     * A sentence of the story's prose, as opposed to a headline, a menu entry or a caption: it ends as a sentence does
     * and is not written in title case. The lead is looked for among the first of these.
     */
    static boolean isProse(String sentence) {
        String s = sentence.strip();
        if (!PROSE_END.matcher(s).find()) {
            return false;
        }
        List<String> words = WORD.matcher(s).results().map(m -> m.group()).toList();
        long capitalised =
                words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count();
        return words.size() < 4 || capitalised * 4 < words.size() * 3;
    }

    /** A line that holds nothing but a date or a period: the heading of the section below it. */
    private static boolean isDateHeading(String line, int lineStart, List<TemporalExpression> dates) {
        if (dates.size() != 1) {
            return false;
        }
        TemporalExpression date = dates.get(0);
        String rest = line.substring(0, date.start() - lineStart) + line.substring(date.end() - lineStart);
        return !WORD.matcher(rest).find();
    }

    private static Candidate candidate(
            Sentence sentence, String quote, Dating dating, Supplier<EventDescriber.Description> describe) {
        ReferenceTime time = dating.time();
        EventDescriber.Description description = describe.get();
        return new Candidate(
                description.title(),
                sentence.start(),
                sentence.end(),
                time.earliest(),
                time.latest(),
                time.precision(),
                time.mod(),
                label(time),
                time.wording(),
                dating.origin(),
                description.actors(),
                description.newNames(),
                description.places(),
                description.category(),
                new Candidate.Evidence(sentence.start(), sentence.end(), quote));
    }

    private static String label(ReferenceTime date) {
        return date.mod() == TimexMod.AFTER
                ? "after " + span(date)
                : date.mod() == TimexMod.APPROX ? "about " + span(date) : span(date);
    }

    private static String span(ReferenceTime date) {
        if (date.earliest().equals(date.latest())) {
            return date.earliest().format(DAY);
        }
        boolean whole = date.mod() == null || date.mod() == TimexMod.APPROX;
        if (date.precision() == Granularity.MONTH && whole) {
            return date.earliest().format(MONTH);
        }
        if (date.precision() == Granularity.YEAR && whole) {
            return String.valueOf(date.earliest().getYear());
        }
        return date.earliest().format(DAY) + " – " + date.latest().format(DAY);
    }
}
