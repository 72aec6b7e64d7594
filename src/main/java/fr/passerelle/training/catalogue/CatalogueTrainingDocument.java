package fr.passerelle.training.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A training of the catalogue as the search index sees it: read-only, written by the importer in SQL, indexed again
 * in full after each import and when the platform starts ({@link CatalogueIndex}).
 */
@Entity
@Immutable
@Table(name = "catalogue_training")
@Indexed(index = "catalogue_training")
class CatalogueTrainingDocument {

    /** The analyser and normaliser the campus module declares for French (see campus.SearchAnalysis). */
    static final String FRENCH = "french_folded";
    static final String SORT = "sort";

    @Id
    private UUID id;

    @KeywordField
    private String code;

    @FullTextField(analyzer = FRENCH)
    @KeywordField(name = "label_sort", normalizer = SORT, sortable = Sortable.YES)
    private String label;

    @Column(name = "type_label")
    @FullTextField(analyzer = FRENCH)
    private String typeLabel;

    @FullTextField(analyzer = FRENCH)
    private String domain;

    @Column(name = "national_level")
    private Short nationalLevel;

    @Column(name = "nsf_code")
    private String nsfCode;

    private String routes;

    @Column(name = "region_codes")
    private String regionCodes;

    @Column(name = "rncp_code")
    @KeywordField
    private String rncpCode;

    protected CatalogueTrainingDocument() {
    }

    UUID id() {
        return id;
    }

    /** The code as words too, so that "40025214" or "RNCP38381" finds it. */
    @FullTextField(name = "codes", analyzer = FRENCH)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getCodes() {
        return code + (rncpCode == null ? "" : " " + rncpCode);
    }

    /** The NSF domain (first two digits of the specialty group), the "sector" facet. */
    @KeywordField(name = "sector", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSector() {
        return nsfCode == null || nsfCode.length() < 2 ? null : nsfCode.substring(0, 2);
    }

    @KeywordField(name = "level", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getLevel() {
        return nationalLevel == null ? null : nationalLevel.toString();
    }

    @KeywordField(name = "route", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    List<String> getRouteList() {
        return split(routes);
    }

    @KeywordField(name = "region", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    List<String> getRegionList() {
        return split(regionCodes);
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
