package org.brtimeline.base;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link TextAnalysis} for the shared OpenSearch (or Elasticsearch) index of several nodes: the same analyzer under the
 * same name, built from the server's components that wrap the same Lucene filters in the same order (standard
 * tokenizer, English possessive, lowercase, ASCII folding, Snowball English), so that a search finds the same events
 * on either backend and hits are still marked by {@link TextAnalysis#words}.
 */
public class OpenSearchTextAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String POSSESSIVE = "reader_possessive";
    private static final String STEMMER = "reader_stemmer";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(TextAnalysis.READER_TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", STEMMER);
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(STEMMER).type("snowball").param("language", "English");
    }
}
