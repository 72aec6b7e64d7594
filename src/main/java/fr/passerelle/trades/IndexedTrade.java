package fr.passerelle.trades;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A fiche of the current release as the trade search indexes it, read from the view {@code rome_search_trade}: its
 * label and the labels of its job titles (so that "soudeuse" finds the fiche), and what the facets count — grand
 * domain, professional domain, sectors of activity, ecological-transition kind and tags. Never written: the index is
 * rebuilt when the current release changes.
 */
@Entity
@Immutable
@Table(name = "rome_search_trade")
@Indexed(index = "rome_trade")
class IndexedTrade {

    @Id
    @KeywordField(name = "code", normalizer = TradeAnalysis.SORT, projectable = Projectable.YES)
    private String code;

    @FullTextField(analyzer = TradeAnalysis.TEXT, projectable = Projectable.YES)
    @FullTextField(name = "labelPrefix", analyzer = TradeAnalysis.PREFIX, searchAnalyzer = TradeAnalysis.PREFIX_QUERY)
    @KeywordField(name = "label_sort", normalizer = TradeAnalysis.SORT, sortable = Sortable.YES)
    private String label;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "domain_code")
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String domainCode;

    @Column(name = "grand_domain_code")
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String grandDomainCode;

    @Column(name = "ecological_transition")
    private String ecologicalTransition;

    @Column(name = "digital_transition")
    private boolean digitalTransition;

    @Column(name = "demographic_transition")
    private boolean demographicTransition;

    private boolean regulated;

    private boolean executive;

    @OneToMany
    @JoinColumn(name = "trade_code", insertable = false, updatable = false)
    @BatchSize(size = 200)
    @IndexedEmbedded(includePaths = {"labelStem", "labelPrefix"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private List<IndexedJobTitle> jobTitles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "rome_search_trade_sector", joinColumns = @JoinColumn(name = "trade_code"))
    @Column(name = "sector_code")
    @BatchSize(size = 200)
    @KeywordField(name = "sector", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private Set<String> sectors = new HashSet<>();

    protected IndexedTrade() {
    }

    /** The ecological-transition kind, as the facet counts it (GREEN, BROWN…); null when ROME gives none. */
    @Transient
    @KeywordField(name = "ecological", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "ecologicalTransition")))
    public String getEcological() {
        return EcologicalTransition.fromRome(ecologicalTransition).map(Enum::name).orElse(null);
    }

    /** The yes/no tags the fiche carries (DIGITAL, REGULATED…). */
    @Transient
    @KeywordField(name = "tag", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "digitalTransition")),
            @ObjectPath(@PropertyValue(propertyName = "demographicTransition")),
            @ObjectPath(@PropertyValue(propertyName = "regulated")),
            @ObjectPath(@PropertyValue(propertyName = "executive"))})
    public List<String> getTags() {
        List<String> tags = new ArrayList<>();
        if (digitalTransition) {
            tags.add(TradeTag.DIGITAL.name());
        }
        if (demographicTransition) {
            tags.add(TradeTag.DEMOGRAPHIC.name());
        }
        if (regulated) {
            tags.add(TradeTag.REGULATED.name());
        }
        if (executive) {
            tags.add(TradeTag.EXECUTIVE.name());
        }
        return tags;
    }
}
