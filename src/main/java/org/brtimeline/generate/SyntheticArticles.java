package org.brtimeline.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.brtimeline.generate.SyntheticArticle.Range;

/**
 * Writes invented English articles of a few kilobytes: a dateline, 8–16 paragraphs of 2–5
 * sentences about the actors and places of the chronology, and a last paragraph that says the
 * article is synthetic (which also makes every text, and so its checksum, unique).
 */
final class SyntheticArticles {

    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Chance chance;
    private final List<String> actorNames;

    SyntheticArticles(Chance chance, List<String> actorNames) {
        this.chance = chance;
        this.actorNames = actorNames;
    }

    /** {@code count} articles published between 1990 and 2025, numbered from {@code firstNumber} in publication order. */
    List<SyntheticArticle> write(int count, int firstNumber) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(chance.day());
        }
        days.sort(Comparator.naturalOrder());
        List<SyntheticArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(firstNumber + i, days.get(i)));
        }
        return articles;
    }

    private SyntheticArticle article(int number, LocalDate published) {
        StringBuilder text = new StringBuilder();
        List<Range> paragraphs = new ArrayList<>();
        List<Range> sentences = new ArrayList<>();
        int paragraphCount = chance.between(8, 16);
        for (int p = 0; p < paragraphCount; p++) {
            int paragraphStart = text.length();
            if (p == 0) {
                String where = Vocabulary.PLACES[chance.skewed(Vocabulary.PLACES.length, 2.5)];
                text.append(where.toUpperCase(Locale.ENGLISH))
                        .append(", ")
                        .append(DATELINE.format(published))
                        .append(" — ");
            }
            int sentenceCount = chance.between(2, 5);
            for (int s = 0; s < sentenceCount; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(sentence());
                sentences.add(new Range(start, text.length()));
            }
            paragraphs.add(new Range(paragraphStart, text.length()));
            text.append("\n\n");
        }
        int lastStart = text.length();
        text.append("Synthetic article ")
                .append(number)
                .append(", generated test data: the events it reports did not happen.");
        paragraphs.add(new Range(lastStart, text.length()));
        String title = actor() + " " + chance.oneOf(Vocabulary.VERBS) + " " + actor() + " in "
                + chance.oneOf(Vocabulary.PLACES);
        return new SyntheticArticle(
                number,
                published,
                title,
                chance.oneOf(Vocabulary.PUBLISHERS),
                text.toString(),
                List.copyOf(paragraphs),
                List.copyOf(sentences));
    }

    private String sentence() {
        if (chance.pick(0.2)) {
            return chance.oneOf(Vocabulary.REMARKS);
        }
        String template = chance.oneOf(Vocabulary.SENTENCES);
        StringBuilder sentence = new StringBuilder(template.length() + 40);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
                sentence.append(word(template.charAt(i + 1)));
                i += 2;
            } else {
                sentence.append(c);
            }
        }
        return sentence.toString();
    }

    private String word(char slot) {
        return switch (slot) {
            case 'A', 'B' -> actor();
            case 'S' -> chance.oneOf(Vocabulary.STATES);
            case 'O' -> chance.oneOf(Vocabulary.ORGANISATIONS);
            case 'V' -> chance.oneOf(Vocabulary.VERBS);
            case 'P' -> Vocabulary.PLACES[chance.skewed(Vocabulary.PLACES.length, 2.5)];
            case 'W' -> chance.oneOf(Vocabulary.WEEKDAYS);
            case 'M' -> chance.oneOf(Vocabulary.MONTHS);
            case 'Y' -> String.valueOf(chance.between(1991, 2024));
            case 'N' -> String.valueOf(chance.between(2, 500));
            default -> throw new IllegalStateException("no word for {" + slot + "}");
        };
    }

    private String actor() {
        return actorNames.get(chance.skewed(actorNames.size(), 3));
    }
}
