package org.brtimeline.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news text into sentences. A line break always ends one; a full stop, question or
 * exclamation mark ends one when followed (after closing quotes or brackets) by white space and
 * a capital letter, digit or opening quote (also the wire's {@code ``}), unless it ends an abbreviation (Dec., U.S., Mr.) or
 * an initial (D. Peskov).
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr",
            "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "n.w", "a.m", "p.m", "fig", "approx", "est", "mt",
            "ft");

    private SentenceSplitter() {}

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
                end = i + 1;
                while (end < length && "\"'”’)]".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
            }
            if (end >= 0) {
                add(sentences, text, start, end);
                start = end;
                i = Math.max(i, end - 1);
            }
        }
        add(sentences, text, start, length);
        return sentences;
    }

    private static boolean endsSentence(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && "\"'”’)]".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        // "…sovereignty.“None of the programs…": a quotation opened right after the full stop, its space lost
        boolean quoteOpens = next + 1 < text.length()
                && "“‘`".indexOf(text.charAt(next)) >= 0
                && Character.isUpperCase(text.charAt(next + 1));
        if (next < text.length() && !Character.isWhitespace(text.charAt(next)) && !quoteOpens) {
            return false;
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next < text.length()
                && !(Character.isUpperCase(text.charAt(next))
                        || Character.isDigit(text.charAt(next))
                        || "\"“'‘`".indexOf(text.charAt(next)) >= 0
                        || text.charAt(next) == '\n')) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase();
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(wordStart));
        return !initial && !ABBREVIATIONS.contains(word);
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(start, end));
        }
    }
}
