package fr.passerelle.training.catalogue;

import fr.passerelle.territory.Territories;
import fr.passerelle.training.TrainingRoute;
import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of the training catalogue with facets (sector as NSF domain, level, route, région of the
 * establishments), accents and case ignored. Each facet counts the trainings that match every other filter.
 */
@Service
class TrainingSearch {

    private static final Comparator<String> FRENCH = Collator.getInstance(Locale.FRENCH)::compare;

    private final EntityManager entityManager;
    private final CatalogueQueries queries;
    private final Territories territories;
    private final JdbcClient jdbc;

    TrainingSearch(EntityManager entityManager, CatalogueQueries queries, Territories territories, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    record Results(List<CatalogueQueries.TrainingRow> items, long total, int page, int size, List<Facet> facets) {
        int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    record Facet(String parameter, String title, List<FacetValue> values) {
    }

    record FacetValue(String value, String label, long count, boolean selected) {
    }

    @Transactional(readOnly = true)
    Results search(TrainingQuery query) {
        SearchSession session = Search.session(entityManager);
        var result = session.search(CatalogueTrainingDocument.class)
                .where(f -> predicate(f, query, null))
                .sort(f -> query.text().isEmpty() ? f.field("label_sort") : f.score().then().field("label_sort"))
                .fetch(query.offset(), query.size());
        List<CatalogueQueries.TrainingRow> items = queries.rows(result.hits().stream().map(CatalogueTrainingDocument::id).toList());
        Map<String, String> sectorLabels = sectorLabels();
        List<Facet> facets = new ArrayList<>();
        facets.add(facet(session, query, TrainingQuery.Dimension.SECTOR, "sector", "secteur", "Secteur (domaine NSF)", query.sectors(),
                code -> sectorLabels.getOrDefault(code, "Domaine " + code), true));
        facets.add(facet(session, query, TrainingQuery.Dimension.LEVEL, "level", "niveau", "Niveau", query.levels(), NIVEAU_LABEL, false));
        facets.add(facet(session, query, TrainingQuery.Dimension.ROUTE, "route", "voie", "Voie", query.routes(),
                code -> TrainingRoute.valueOf(code).label(), false));
        facets.add(facet(session, query, TrainingQuery.Dimension.REGION, "region", "region", "Région des établissements", query.regions(),
                territories::regionName, true));
        return new Results(items, result.total().hitCount(), query.page(), query.size(), facets);
    }

    private static final Function<String, String> NIVEAU_LABEL = level -> "Niveau " + level + switch (level) {
        case "3" -> " (CAP)";
        case "4" -> " (bac)";
        case "5" -> " (bac + 2)";
        case "6" -> " (bac + 3)";
        case "7" -> " (bac + 5)";
        case "8" -> " (doctorat)";
        default -> "";
    };

    /** The NSF domains by their two digits: the label of their "x9" group row, else of their first group. */
    Map<String, String> sectorLabels() {
        Map<String, String> labels = new HashMap<>();
        jdbc.sql("select domain_code, code, label from training_specialty_group order by code desc").query((rs, n) -> {
            String domain = rs.getString(1);
            String label = rs.getString(3);
            if (rs.getString(2).endsWith("9") || !labels.containsKey(domain)) {
                labels.put(domain, capitalised(label));
            }
            return null;
        }).list();
        return labels;
    }

    private static String capitalised(String label) {
        String lower = label.strip().toLowerCase(Locale.FRENCH);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private Facet facet(SearchSession session, TrainingQuery query, TrainingQuery.Dimension dimension, String field, String parameter, String title,
                        Collection<String> selected, Function<String, String> label, boolean byLabel) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(field);
        Map<String, Long> counts = session.search(CatalogueTrainingDocument.class)
                .where(f -> predicate(f, query, dimension))
                .aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(200))
                .fetch(0)
                .aggregation(key);
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new FacetValue(value, label.apply(value), count, selected.contains(value))));
        selected.stream().filter(v -> !counts.containsKey(v)).forEach(v -> values.add(new FacetValue(v, label.apply(v), 0, true)));
        values.sort(byLabel ? Comparator.comparing(FacetValue::label, FRENCH) : Comparator.comparing(FacetValue::value));
        return new Facet(parameter, title, values);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, TrainingQuery query, TrainingQuery.Dimension without) {
        var bool = f.bool().must(f.matchAll());
        if (!query.text().isEmpty()) {
            bool.must(f.simpleQueryString()
                    .field("label").boost(3f)
                    .field("typeLabel").boost(1.5f)
                    .field("domain")
                    .field("codes").boost(2f)
                    .matching(query.text())
                    .defaultOperator(BooleanOperator.AND));
        }
        filter(f, bool, "sector", query.sectors(), without != TrainingQuery.Dimension.SECTOR);
        filter(f, bool, "level", query.levels(), without != TrainingQuery.Dimension.LEVEL);
        filter(f, bool, "route", query.routes(), without != TrainingQuery.Dimension.ROUTE);
        filter(f, bool, "region", query.regions(), without != TrainingQuery.Dimension.REGION);
        return bool;
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field, Collection<String> values, boolean apply) {
        if (apply && !values.isEmpty()) {
            bool.filter(f.terms().field(field).matchingAny(values));
        }
    }
}
