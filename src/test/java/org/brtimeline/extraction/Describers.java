package org.brtimeline.extraction;

import java.util.List;
import java.util.stream.Stream;

/** The describers the rule tests use, with the actors of the sentences they read, and ways to point at a sentence's dates. */
final class Describers {

    /** Actors of the corpus articles. */
    private static final EventDescriber CORPUS = new EventDescriber(
            List.of(
                    new KnownActor("Svyatlana Tsikhanouskaya", "PERSON", List.of("Tsikhanouskaya")),
                    new KnownActor("Dmytro Kuleba", "PERSON", List.of("Kuleba")),
                    new KnownActor("Mikhail Mishustin", "PERSON", List.of("Mishustin")),
                    new KnownActor("Alexander Lukashenko", "PERSON", List.of("Lukashenka", "Alyaksandr Lukashenka")),
                    new KnownActor("Vladimir Putin", "PERSON", List.of("Putin")),
                    new KnownActor("Dmitry Peskov", "PERSON", List.of("Peskov")),
                    new KnownActor("Sergei Lavrov", "PERSON", List.of("Lavrov")),
                    new KnownActor("Belarus", "STATE", List.of("Minsk", "Belarusian")),
                    new KnownActor("Russia", "STATE", List.of("Moscow", "Russian")),
                    new KnownActor("Ukraine", "STATE", List.of("Kiev", "Ukrainian"))),
            Gazetteer.instance());

    /** Actors of the TimeBank and AQUAINT news some sentences come from. */
    private static final EventDescriber WIRE = new EventDescriber(
            List.of(
                    new KnownActor("Saddam Hussein", "PERSON", List.of("Saddam")),
                    new KnownActor("George Bush", "PERSON", List.of("Bush")),
                    new KnownActor("Iraq", "STATE", List.of("Baghdad", "Iraqi")),
                    new KnownActor("Cambodia", "STATE", List.of("Cambodian")),
                    new KnownActor("Kenya", "STATE", List.of("Kenyan", "Nairobi")),
                    new KnownActor("United States", "STATE", List.of("U.S."))),
            Gazetteer.instance());

    private Describers() {}

    static EventDescriber corpus() {
        return CORPUS;
    }

    static EventDescriber wire() {
        return WIRE;
    }

    /** A describer that knows one person besides the states of the corpus and the United States. */
    static EventDescriber withPeople(String name, String alias) {
        return new EventDescriber(
                List.of(
                        new KnownActor(name, "PERSON", List.of(alias)),
                        new KnownActor("United States", "STATE", List.of("U.S.")),
                        new KnownActor("Ukraine", "STATE", List.of("Kiev", "Ukrainian")),
                        new KnownActor("Belarus", "STATE", List.of("Minsk", "Belarusian")),
                        new KnownActor("Russia", "STATE", List.of("Moscow", "Russian"))),
                Gazetteer.instance());
    }

    /** A sentence of the corpus articles described, with no date in it. */
    static EventDescriber.Description describe(String sentence) {
        return CORPUS.describe(sentence, List.of());
    }

    /** A sentence of the corpus articles described, with its dates. */
    static EventDescriber.Description describe(String sentence, List<int[]> dates) {
        return CORPUS.describe(sentence, dates);
    }

    /** The title of the candidate for {@code date}, in a sentence whose dates are {@code dates} (in any order). */
    static String titleFor(String sentence, String date, String... dates) {
        List<int[]> all = Stream.of(dates).map(d -> span(sentence, d)).toList();
        return CORPUS.describe(sentence, all, span(sentence, date), null).title();
    }

    /** The title of a news sentence whose dates are {@code dates} (none, one or more). */
    static String wireTitle(String sentence, String... dates) {
        return WIRE.describe(
                        sentence, Stream.of(dates).map(d -> span(sentence, d)).toList())
                .title();
    }

    /** As {@link #titleFor}, for a news sentence. */
    static String wireTitleFor(String sentence, String date, String... dates) {
        List<int[]> all = Stream.of(dates).map(d -> span(sentence, d)).toList();
        return WIRE.describe(sentence, all, span(sentence, date), null).title();
    }

    /** Where the words are in the sentence. */
    static int[] span(String sentence, String words) {
        int at = sentence.indexOf(words);
        return new int[] {at, at + words.length()};
    }

    /** The sentence's only date, {@code date}. */
    static List<int[]> datesIn(String sentence, String date) {
        return List.of(span(sentence, date));
    }
}
