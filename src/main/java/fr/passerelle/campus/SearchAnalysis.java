package fr.passerelle.campus;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * French full-text analysis, the same on both backends: words are lower-cased, stripped of accents ("numerique"
 * finds "Numérique") and of plural marks; the sort normaliser keeps whole names, lower-cased and without accents.
 */
final class SearchAnalysis {

    static final String FRENCH = "french_folded";
    static final String SORT = "sort";

    private SearchAnalysis() {
    }

    /** For the Lucene backend (local index). */
    @org.springframework.stereotype.Component("luceneAnalysisConfigurer")
    static final class Lucene implements LuceneAnalysisConfigurer {
        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            context.analyzer(FRENCH).custom()
                    .tokenizer("standard")
                    .tokenFilter("elision")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding")
                    .tokenFilter("frenchMinimalStem");
            context.normalizer(SORT).custom()
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding");
        }
    }

    /** For the Elasticsearch / OpenSearch backend (several nodes). */
    @org.springframework.stereotype.Component("elasticsearchAnalysisConfigurer")
    static final class Elasticsearch implements ElasticsearchAnalysisConfigurer {
        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext context) {
            context.analyzer(FRENCH).custom()
                    .tokenizer("standard")
                    .tokenFilters("french_elision", "lowercase", "asciifolding", "french_minimal_stem");
            context.tokenFilter("french_elision").type("elision")
                    .param("articles_case", true)
                    .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
            context.tokenFilter("french_minimal_stem").type("stemmer").param("language", "minimal_french");
            context.normalizer(SORT).custom().tokenFilters("lowercase", "asciifolding");
        }
    }
}
