package fr.passerelle.trades;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The analysis of the trade and job-title indexes, the same on both backends. Words are lower-cased and stripped of
 * accents and elided articles ("cuisiniere" finds "Cuisinière", "l'engin" finds "engins"). {@link #TEXT} also strips
 * plural and feminine endings, so that "soudeuse" and "soudeur" meet; {@link #PREFIX} indexes the beginnings of every
 * word (2 to 20 letters), searched with {@link #PREFIX_QUERY}, so that what is being typed finds the job titles
 * ("cuis" finds "Cuisinier").
 */
final class TradeAnalysis {

    static final String TEXT = "trades_text";
    static final String PREFIX = "trades_prefix";
    static final String PREFIX_QUERY = "trades_prefix_query";
    static final String SORT = "trades_sort";
    /** The longest beginning of a word indexed for typing; longer words are found by {@link #TEXT}. */
    static final int MAX_PREFIX = 20;

    private TradeAnalysis() {
    }

    /** For the Lucene backend (local index). */
    @Component("tradesLuceneAnalysisConfigurer")
    static final class Lucene implements LuceneAnalysisConfigurer {
        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            context.analyzer(TEXT).custom()
                    .tokenizer("standard")
                    .tokenFilter("elision")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding")
                    .tokenFilter("frenchMinimalStem");
            context.analyzer(PREFIX).custom()
                    .tokenizer("standard")
                    .tokenFilter("elision")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding")
                    .tokenFilter("edgeNGram").param("minGramSize", "2").param("maxGramSize", String.valueOf(MAX_PREFIX));
            context.analyzer(PREFIX_QUERY).custom()
                    .tokenizer("standard")
                    .tokenFilter("elision")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding");
            context.normalizer(SORT).custom()
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding");
        }
    }

    /** For the Elasticsearch / OpenSearch backend (several nodes). */
    @Component("tradesElasticsearchAnalysisConfigurer")
    static final class Elasticsearch implements ElasticsearchAnalysisConfigurer {
        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext context) {
            context.analyzer(TEXT).custom()
                    .tokenizer("standard")
                    .tokenFilters("trades_elision", "lowercase", "asciifolding", "trades_minimal_stem");
            context.analyzer(PREFIX).custom()
                    .tokenizer("standard")
                    .tokenFilters("trades_elision", "lowercase", "asciifolding", "trades_edge_ngram");
            context.analyzer(PREFIX_QUERY).custom()
                    .tokenizer("standard")
                    .tokenFilters("trades_elision", "lowercase", "asciifolding");
            context.tokenFilter("trades_elision").type("elision")
                    .param("articles_case", true)
                    .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
            context.tokenFilter("trades_minimal_stem").type("stemmer").param("language", "minimal_french");
            context.tokenFilter("trades_edge_ngram").type("edge_ngram").param("min_gram", 2).param("max_gram", MAX_PREFIX);
            context.normalizer(SORT).custom().tokenFilters("lowercase", "asciifolding");
        }
    }
}
