package org.brtimeline.extraction;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Proposes one candidate event per sentence that holds a date which can be placed on the calendar. */
public final class CandidateFinder {

    private static final int MAX_TITLE = 120;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private CandidateFinder() {
    }

    public static List<Candidate> find(String text, List<TemporalExpression> expressions) {
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : SentenceSplitter.split(text)) {
            expressions.stream()
                    .filter(e -> e.start() >= sentence.start() && e.end() <= sentence.end() && e.isPlaceable()
                            && e.type() == TimexType.DATE)
                    .min(Comparator.comparing(TemporalExpression::precision).thenComparingInt(TemporalExpression::start))
                    .ifPresent(date -> candidates.add(candidate(text, sentence, date)));
        }
        return candidates;
    }

    private static Candidate candidate(String text, Sentence sentence, TemporalExpression date) {
        String quote = text.substring(sentence.start(), sentence.end());
        return new Candidate(title(quote), sentence.start(), sentence.end(), date.earliest(), date.latest(), date.precision(),
                label(date), date.text(), new Candidate.Evidence(sentence.start(), sentence.end(), quote));
    }

    /** The sentence up to its first clause break after a few words, trimmed to a word boundary. */
    static String title(String sentence) {
        String plain = sentence.replaceAll("[“”\"]", "").strip();
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
