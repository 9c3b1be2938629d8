package org.brtimeline.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How readers' text is analysed for search: words in any case and with or without diacritics
 * ("Łukašenka" is "lukasenka") and in any English inflection ("protests" is "protest"). No stop
 * words are dropped, so a phrase in quotes matches word for word. The search index and the marking
 * of hits ({@link #words}) use the same chain, so what is marked is what was found. This configures the embedded
 * Lucene index; {@link OpenSearchTextAnalysis} defines the same chain for a shared OpenSearch index.
 */
public class TextAnalysis implements LuceneAnalysisConfigurer {

    /** The analyzer of every searchable text: titles, summaries, places, quotes, names. */
    public static final String READER_TEXT = "reader_text";

    private record Filter(Class<? extends TokenFilterFactory> factory, Map<String, String> params) {}

    private static final List<Filter> FILTERS = List.of(
            new Filter(EnglishPossessiveFilterFactory.class, Map.of()),
            new Filter(LowerCaseFilterFactory.class, Map.of()),
            new Filter(ASCIIFoldingFilterFactory.class, Map.of()),
            new Filter(SnowballPorterFilterFactory.class, Map.of("language", "English")));

    private static final Analyzer ANALYZER = build();

    /** One word of a text as the index sees it, with where it stands in the text: {@code [start, end)}. */
    public record Word(String term, int start, int end) {}

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        var analyzer = context.analyzer(READER_TEXT).custom().tokenizer(StandardTokenizerFactory.class);
        for (Filter filter : FILTERS) {
            var step = analyzer.tokenFilter(filter.factory());
            filter.params().forEach(step::param);
        }
    }

    /** The words of a text as the index sees them, in text order. */
    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream(READER_TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Analyzer build() {
        try {
            var builder = CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class);
            for (Filter filter : FILTERS) {
                builder.addTokenFilter(filter.factory(), new java.util.HashMap<>(filter.params()));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
