package fr.passerelle.campus;

import fr.passerelle.territory.Territories;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.springframework.util.MultiValueMap;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of the registry with facets. Each facet counts the campuses that match every other filter,
 * so that one can see what choosing another value of that facet would give.
 */
@Service
class CampusSearch {

    private static final Comparator<String> FRENCH = java.text.Collator.getInstance(java.util.Locale.FRENCH)::compare;

    private final EntityManager entityManager;
    private final CampusRegistry registry;
    private final Territories territories;

    CampusSearch(EntityManager entityManager, CampusRegistry registry, Territories territories) {
        this.entityManager = entityManager;
        this.registry = registry;
        this.territories = territories;
    }

    /** Reads a query from URL parameters, the place resolved to a commune's centre (see {@link CampusQueryParameters}). */
    CampusQuery parse(MultiValueMap<String, String> params, int defaultSize, List<String> errors) {
        return CampusQueryParameters.parse(params, defaultSize, errors, territories::locate);
    }

    @Transactional(readOnly = true)
    SearchResults search(CampusQuery query) {
        SearchSession session = Search.session(entityManager);
        Near near = query.near();
        var result = session.search(Campus.class)
                .where(f -> predicate(f, query, null))
                .sort(f -> near != null
                        ? f.distance("location", GeoPoint.of(near.latitude(), near.longitude())).then().field("name_sort")
                        : query.text().isEmpty() ? f.field("name_sort") : f.score().then().field("name_sort"))
                .fetch(query.offset(), query.size());
        List<CampusCard> items = result.hits().stream().map(registry::card).toList();
        Map<UUID, Double> distances = new HashMap<>();
        if (near != null) {
            items.stream().filter(c -> c.latitude() != null && c.longitude() != null)
                    .forEach(c -> distances.put(c.id(), near.kilometresTo(c.latitude(), c.longitude())));
        }

        List<SearchResults.Facet> facets = new ArrayList<>();
        facets.add(facet(session, query, CampusQuery.Dimension.REGION, "regionCode", String.class, "region", "Région",
                query.regions(), territories::regionName, true));
        facets.add(facet(session, query, CampusQuery.Dimension.ACADEMY, "academyCode", String.class, "academie", "Académie",
                query.academies(), territories::academyName, true));
        facets.add(facet(session, query, CampusQuery.Dimension.SECTOR, "sector", Sector.class, "filiere", "Filière",
                query.sectors(), Sector::label, true));
        facets.add(facet(session, query, CampusQuery.Dimension.CATEGORY, "category", LabelCategory.class, "categorie",
                "Catégorie", query.categories(), LabelCategory::label, false));
        facets.add(facet(session, query, CampusQuery.Dimension.STATUS, "labelStatus", LabelStatus.class, "statut",
                "Statut du label", query.statuses(), LabelStatus::label, false));
        return new SearchResults(items, result.total().hitCount(), query.page(), query.size(), facets, distances);
    }

    private <T> SearchResults.Facet facet(SearchSession session, CampusQuery query, CampusQuery.Dimension dimension,
                                          String field, Class<T> type, String parameter, String title,
                                          Collection<T> selected, Function<T, String> label, boolean byLabel) {
        AggregationKey<Map<T, Long>> key = AggregationKey.of(field);
        Map<T, Long> counts = session.search(Campus.class)
                .where(f -> predicate(f, query, dimension))
                .aggregation(key, f -> f.terms().field(field, type).maxTermCount(200))
                .fetch(0)
                .aggregation(key);
        List<SearchResults.FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new SearchResults.FacetValue(code(value), label.apply(value), count,
                selected.contains(value))));
        selected.stream().filter(v -> !counts.containsKey(v))
                .forEach(v -> values.add(new SearchResults.FacetValue(code(v), label.apply(v), 0, true)));
        values.sort(byLabel ? Comparator.comparing(SearchResults.FacetValue::label, FRENCH)
                : Comparator.comparing(SearchResults.FacetValue::value));
        return new SearchResults.Facet(parameter, title, values);
    }

    private static String code(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(SearchPredicateFactory f, CampusQuery query, CampusQuery.Dimension without) {
        var bool = f.bool().must(f.matchAll());
        if (!query.text().isEmpty()) {
            bool.must(f.simpleQueryString()
                    .field("name").boost(3f)
                    .field("searchKeywords").boost(1.5f)
                    .field("description")
                    .matching(query.text())
                    .defaultOperator(BooleanOperator.AND));
        }
        if (query.near() != null) {
            Near near = query.near();
            bool.filter(f.spatial().within().field("location")
                    .circle(GeoPoint.of(near.latitude(), near.longitude()), near.kilometres(), DistanceUnit.KILOMETERS));
        }
        filter(f, bool, "regionCode", query.regions(), without != CampusQuery.Dimension.REGION);
        filter(f, bool, "academyCode", query.academies(), without != CampusQuery.Dimension.ACADEMY);
        filter(f, bool, "sector", query.sectors(), without != CampusQuery.Dimension.SECTOR);
        filter(f, bool, "category", query.categories(), without != CampusQuery.Dimension.CATEGORY);
        filter(f, bool, "labelStatus", query.statuses(), without != CampusQuery.Dimension.STATUS);
        return bool;
    }

    private static void filter(SearchPredicateFactory f,
                               org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> bool,
                               String field, Collection<?> values, boolean apply) {
        if (apply && !values.isEmpty()) {
            bool.filter(f.terms().field(field).matchingAny(values));
        }
    }
}
