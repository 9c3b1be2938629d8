package org.brtimeline.extraction;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes a candidate event for each date of a sentence that can be placed on the calendar: a
 * sentence about Tuesday's talks that mentions "the 25 February elections" proposes both. The same
 * sentence with the same date (a repeated sentence, a date said twice) is proposed once.
 */
public final class CandidateFinder {

    private static final int MAX_TITLE = 120;
    private static final int MIN_WORDS = 3;
    /** A copyright mark in a short line ("Example Wire (c) 2024.") is the page's notice, not a report about copyright. */
    private static final int MAX_BOILERPLATE_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern BYLINE = Pattern.compile("By(\\s+\\p{Lu}[\\p{L}'’/.&-]*)+\\s*$");
    /** A copyright line however it is written: "Copyright 2020 …", "© 2020 …", "(c) 2024 Example Wire.", "All rights reserved." */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(copyright\\b|©|\\(c\\)|all rights reserved)");
    /** A dateline before the story ("MINSK -- ", "SOCHI — "), not part of what happened. */
    private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}][\\p{Lu} .,'’-]{1,40}\\s+(--|—|–)\\s+");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private CandidateFinder() {}

    public static List<Candidate> find(String text, List<TemporalExpression> expressions) {
        List<Candidate> candidates = new ArrayList<>();
        Set<List<Object>> proposed = new HashSet<>();
        for (Sentence sentence : SentenceSplitter.split(text)) {
            List<TemporalExpression> inSentence = expressions.stream()
                    .filter(e -> e.start() >= sentence.start() && e.end() <= sentence.end())
                    .toList();
            if (isPageFurniture(text.substring(sentence.start(), sentence.end()), sentence.start(), inSentence)) {
                continue;
            }
            String quote = text.substring(sentence.start(), sentence.end()).strip();
            inSentence.stream()
                    .filter(e -> e.isPlaceable() && e.type() == TimexType.DATE)
                    .filter(date -> proposed.add(List.of(quote, date.earliest(), date.latest())))
                    .forEach(date -> candidates.add(candidate(text, sentence, date)));
        }
        return candidates;
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

    private static Candidate candidate(String text, Sentence sentence, TemporalExpression date) {
        String quote = text.substring(sentence.start(), sentence.end());
        return new Candidate(
                title(quote),
                sentence.start(),
                sentence.end(),
                date.earliest(),
                date.latest(),
                date.precision(),
                date.mod(),
                label(date),
                date.text(),
                new Candidate.Evidence(sentence.start(), sentence.end(), quote));
    }

    /** The sentence without its dateline, up to its first clause break after a few words, trimmed to a word boundary. */
    static String title(String sentence) {
        String plain =
                DATELINE.matcher(sentence.replaceAll("[“”\"]", "").strip()).replaceFirst("");
        int cut = plain.length();
        for (String mark : new String[] {", ", "; ", " – ", " — "}) {
            int at = plain.indexOf(mark, 30);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String title = plain.substring(0, cut);
        if (title.length() > MAX_TITLE) {
            int space = title.lastIndexOf(' ', MAX_TITLE);
            title = title.substring(0, space > 0 ? space : MAX_TITLE) + "…";
        }
        return title.replaceAll("[.,;:]$", "");
    }

    private static String label(TemporalExpression date) {
        if (date.earliest().equals(date.latest())) {
            return date.earliest().format(DAY);
        }
        if (date.precision() == Granularity.MONTH && date.mod() == null) {
            return date.earliest().format(MONTH);
        }
        if (date.precision() == Granularity.YEAR && date.mod() == null) {
            return String.valueOf(date.earliest().getYear());
        }
        return date.earliest().format(DAY) + " – " + date.latest().format(DAY);
    }
}
