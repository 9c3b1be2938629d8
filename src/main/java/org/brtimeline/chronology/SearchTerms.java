package org.brtimeline.chronology;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader's search means: every word (or "quoted phrase") must match, case does not matter,
 * and a person's name matches in every spelling the corpus lists for them ("Lukashenka" finds
 * "Lukashenko", "Makey" finds "Makei"). Places and states are not widened: "Minsk" is not "Belarus".
 */
record SearchTerms(List<Set<String>> terms) {

    private static final Pattern TERM = Pattern.compile("\"([^\"]+)\"|(\\S+)");

    /** The terms of {@code text}, each with the spellings it stands for (lower case); empty for a blank text. */
    static SearchTerms of(String text, List<Actor> actors) {
        List<Set<String>> terms = new ArrayList<>();
        if (text == null) {
            return new SearchTerms(terms);
        }
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            String term = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (term.isEmpty()) {
                continue;
            }
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(lower(term));
            actors.stream()
                    .filter(a -> a.kind() == ActorKind.PERSON && a.isCalled(term))
                    .forEach(a -> {
                        spellings.add(lower(a.name()));
                        a.aliases().forEach(alias -> spellings.add(lower(alias)));
                    });
            terms.add(spellings);
        }
        return new SearchTerms(List.copyOf(terms));
    }

    /** How many words and "phrases" the text holds (the terms {@link #of} makes of it). */
    static int count(String text) {
        return text == null
                ? 0
                : (int) TERM.matcher(text).results().filter(SearchTerms::isTerm).count();
    }

    /** The text up to the end of its {@code most}-th term: all of it when it has no more. */
    static String first(String text, int most) {
        Matcher m = TERM.matcher(text);
        int end = 0;
        for (int found = 0; found < most && m.find(); ) {
            if (isTerm(m)) {
                found++;
                end = m.end();
            }
        }
        return text.substring(0, end);
    }

    private static boolean isTerm(java.util.regex.MatchResult m) {
        return !(m.group(1) != null ? m.group(1) : m.group(2)).isBlank();
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    private static String lower(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
