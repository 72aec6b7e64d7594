package fr.passerelle.trades;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A job title (appellation) of the current release as the search indexes it, read from the view
 * {@code rome_search_job_title}. The picker searches its label as whole words ({@code label}, folded) and beginnings
 * of words ({@code labelPrefix}): what is typed is a beginning, never stemmed (stemming "cuisin" would find every
 * "cuisine" before "Cuisinier"); the trade search embeds the stemmed words ({@code labelStem}) and the beginnings.
 * Never written: the index is rebuilt when the current release changes.
 */
@Entity
@Immutable
@Table(name = "rome_search_job_title")
@Indexed(index = "rome_job_title")
class IndexedJobTitle {

    @Id
    @GenericField(projectable = Projectable.YES)
    private Integer ogr;

    @FullTextField(analyzer = TradeAnalysis.PREFIX_QUERY, projectable = Projectable.YES)
    @FullTextField(name = "labelStem", analyzer = TradeAnalysis.TEXT)
    @FullTextField(name = "labelPrefix", analyzer = TradeAnalysis.PREFIX, searchAnalyzer = TradeAnalysis.PREFIX_QUERY)
    @KeywordField(name = "label_sort", normalizer = TradeAnalysis.SORT, sortable = Sortable.YES)
    private String label;

    @Column(name = "trade_code")
    @KeywordField(normalizer = TradeAnalysis.SORT, projectable = Projectable.YES)
    private String tradeCode;

    @Column(name = "trade_label")
    @KeywordField(projectable = Projectable.YES)
    private String tradeLabel;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private boolean principal;

    @Column(name = "rarely_used")
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private boolean rarelyUsed;

    protected IndexedJobTitle() {
    }

    Integer ogr() {
        return ogr;
    }
}
