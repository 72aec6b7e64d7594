package fr.passerelle.jobs.offers;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.territory.Territories;
import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public job board through the search index: only published offers whose expiry date has not passed, found by
 * words and trade, filtered by facets and distance from a commune. The facets without a chosen value are counted in
 * the search itself; each facet with chosen values is counted once more without its own filter, so that the reader
 * sees what another value would give.
 */
@Service
class JobBoard {

    private static final Comparator<String> FRENCH = Collator.getInstance(Locale.FRENCH)::compare;

    private final EntityManager entityManager;
    private final Territories territories;
    private final Clusters clusters;
    private final JobOfferService service;

    JobBoard(EntityManager entityManager, Territories territories, Clusters clusters, JobOfferService service) {
        this.entityManager = entityManager;
        this.territories = territories;
        this.clusters = clusters;
        this.service = service;
    }

    private record FacetSpec(BoardQuery.Dimension dimension, String field, Class<?> type, String parameter, String title,
                             Collection<?> selected, Function<Object, String> label) {
    }

    private List<FacetSpec> specs(BoardQuery q) {
        return List.of(
                new FacetSpec(BoardQuery.Dimension.CONTRACT, "contract", JobOfferContract.class, "contrat", "Type de contrat", q.contracts(),
                        v -> ((JobOfferContract) v).label()),
                new FacetSpec(BoardQuery.Dimension.DOMAIN, "domainCode", String.class, "domaine", "Secteur (grand domaine du ROME)", q.domains(),
                        v -> RomeDomains.label((String) v)),
                new FacetSpec(BoardQuery.Dimension.REGION, "regionCode", String.class, "region", "Région", q.regions(),
                        v -> territories.regionName((String) v)),
                new FacetSpec(BoardQuery.Dimension.LEVEL, "level", JobOfferLevel.class, "niveau", "Niveau demandé", q.levels(),
                        v -> ((JobOfferLevel) v).label()),
                new FacetSpec(BoardQuery.Dimension.CLUSTER, "clusterId", UUID.class, "cluster", "Cluster", q.clusters(),
                        v -> clusters.cluster((UUID) v).map(ClusterCard::displayName).orElse("Cluster")));
    }

    @Transactional(readOnly = true)
    BoardResults search(BoardQuery q) {
        LocalDate today = service.today();
        SearchSession session = Search.session(entityManager);
        List<FacetSpec> specs = specs(q);
        AggregationKey<Map<JobOfferContract, Long>> contracts = AggregationKey.of("contract");
        AggregationKey<Map<String, Long>> domains = AggregationKey.of("domainCode");
        AggregationKey<Map<String, Long>> regions = AggregationKey.of("regionCode");
        AggregationKey<Map<JobOfferLevel, Long>> levels = AggregationKey.of("level");
        AggregationKey<Map<UUID, Long>> clusterKey = AggregationKey.of("clusterId");
        SearchResult<JobOffer> result = session.search(JobOffer.class)
                .where(f -> predicate(f, q, null, today, null, null))
                .sort(f -> q.near() != null
                        ? f.distance("location", GeoPoint.of(q.near().latitude(), q.near().longitude())).then().field("publishedOn").desc()
                        : q.text().isEmpty() ? f.field("publishedOn").desc() : f.score().then().field("publishedOn").desc())
                .aggregation(contracts, f -> f.terms().field("contract", JobOfferContract.class).maxTermCount(100))
                .aggregation(domains, f -> f.terms().field("domainCode", String.class).maxTermCount(100))
                .aggregation(regions, f -> f.terms().field("regionCode", String.class).maxTermCount(100))
                .aggregation(levels, f -> f.terms().field("level", JobOfferLevel.class).maxTermCount(100))
                .aggregation(clusterKey, f -> f.terms().field("clusterId", UUID.class).maxTermCount(100))
                .fetch(q.offset(), q.size());
        Map<BoardQuery.Dimension, Map<?, Long>> inSearch = Map.of(BoardQuery.Dimension.CONTRACT, result.aggregation(contracts),
                BoardQuery.Dimension.DOMAIN, result.aggregation(domains), BoardQuery.Dimension.REGION, result.aggregation(regions),
                BoardQuery.Dimension.LEVEL, result.aggregation(levels), BoardQuery.Dimension.CLUSTER, result.aggregation(clusterKey));
        List<BoardResults.Facet> facets = new ArrayList<>();
        for (FacetSpec spec : specs) {
            @SuppressWarnings("unchecked") Map<Object, Long> counts = q.filters(spec.dimension()) ? countWithout(session, q, spec, today)
                    : (Map<Object, Long>) inSearch.get(spec.dimension());
            facets.add(facet(spec, counts));
        }
        if (q.near() != null) {
            facets.add(distanceFacet(session, q, today));
        }
        List<OfferView> items = result.hits().stream().map(OfferView::of).toList();
        Map<UUID, Double> distances = new HashMap<>();
        if (q.near() != null) {
            items.stream().filter(o -> o.latitude() != null && o.longitude() != null)
                    .forEach(o -> distances.put(o.id(), kilometres(q.near().latitude(), q.near().longitude(), o.latitude(), o.longitude())));
        }
        return new BoardResults(items, result.total().hitCount(), q.page(), q.size(), facets, distances);
    }

    /** The newest public offers of some clusters or companies, for the pages of a cluster, a company or a campus. */
    @Transactional(readOnly = true)
    List<OfferView> latest(Set<UUID> clusterIds, Set<UUID> companyIds, int limit) {
        if (clusterIds.isEmpty() && companyIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = service.today();
        BoardQuery all = new BoardQuery("", null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, 1, limit);
        return Search.session(entityManager).search(JobOffer.class)
                .where(f -> predicate(f, all, null, today, clusterIds, companyIds))
                .sort(f -> f.field("publishedOn").desc())
                .fetchHits(limit).stream().map(OfferView::of).toList();
    }

    /**
     * The public offers of a search published after {@code after} and up to {@code through}, newest first ({@code limit}
     * at most), and their total: what an alert on that search sends.
     */
    @Transactional(readOnly = true)
    SearchResult<JobOffer> publishedBetween(BoardQuery q, LocalDate after, LocalDate through, int limit) {
        LocalDate today = service.today();
        return Search.session(entityManager).search(JobOffer.class)
                .where(f -> f.bool().filter(predicate(f, q, null, today, null, null))
                        .filter(f.range().field("publishedOn").between(after.plusDays(1), through)))
                .sort(f -> f.field("publishedOn").desc())
                .fetch(limit);
    }

    java.time.LocalDate today() {
        return service.today();
    }

    /** An offer the public may read today. */
    @Transactional(readOnly = true)
    Optional<OfferView> publicOffer(UUID id) {
        JobOffer offer = entityManager.find(JobOffer.class, id);
        return offer != null && offer.isPublicOn(service.today()) ? Optional.of(OfferView.of(offer)) : Optional.empty();
    }

    private Map<Object, Long> countWithout(SearchSession session, BoardQuery q, FacetSpec spec, LocalDate today) {
        AggregationKey<Map<Object, Long>> key = AggregationKey.of(spec.field());
        @SuppressWarnings("unchecked") Class<Object> type = (Class<Object>) spec.type();
        return session.search(JobOffer.class).where(f -> predicate(f, q, spec.dimension(), today, null, null))
                .aggregation(key, f -> f.terms().field(spec.field(), type).maxTermCount(100)).fetch(0).aggregation(key);
    }

    private BoardResults.Facet facet(FacetSpec spec, Map<Object, Long> counts) {
        List<BoardResults.FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new BoardResults.FacetValue(code(value), spec.label().apply(value), count,
                spec.selected().contains(value))));
        spec.selected().stream().filter(v -> !counts.containsKey(v))
                .forEach(v -> values.add(new BoardResults.FacetValue(code(v), spec.label().apply(v), 0, true)));
        values.sort(Comparator.comparing(BoardResults.FacetValue::label, FRENCH));
        return new BoardResults.Facet(spec.parameter(), spec.title(), values);
    }

    private BoardResults.Facet distanceFacet(SearchSession session, BoardQuery q, LocalDate today) {
        List<BoardResults.FacetValue> values = new ArrayList<>();
        for (int km : BoardQuery.RADII) {
            BoardQuery.Near near = new BoardQuery.Near(q.near().label(), q.near().latitude(), q.near().longitude(), km);
            BoardQuery at = new BoardQuery(q.text(), q.tradeCode(), q.jobTitleOgr(), q.contracts(), q.domains(), q.regions(), q.levels(),
                    q.clusters(), near, q.placeTyped(), 1, 0);
            long count = session.search(JobOffer.class).where(f -> predicate(f, at, null, today, null, null)).fetchTotalHitCount();
            values.add(new BoardResults.FacetValue(Integer.toString(km), "À moins de " + km + " km de " + q.near().label(), count,
                    km == q.near().kilometres()));
        }
        return new BoardResults.Facet("rayon", "Distance", values);
    }

    private static String code(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, BoardQuery q, BoardQuery.Dimension without, LocalDate today,
                                                Set<UUID> clusterIds, Set<UUID> companyIds) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool()
                .filter(f.match().field("status").matching(OfferStatus.PUBLISHED))
                .filter(f.range().field("expiresOn").atLeast(today));
        if (!q.text().isEmpty()) {
            bool.must(f.simpleQueryString()
                    .field("title").boost(3f)
                    .field("jobTitleLabel").boost(2f)
                    .field("description")
                    .field("companyName")
                    .field("municipalityName")
                    .matching(q.text())
                    .defaultOperator(BooleanOperator.AND));
        }
        if (q.tradeCode() != null) {
            bool.filter(f.match().field("tradeCode").matching(q.tradeCode()));
        }
        if (q.jobTitleOgr() != null) {
            bool.filter(f.match().field("jobTitleOgr").matching(q.jobTitleOgr()));
        }
        if (q.near() != null && without != BoardQuery.Dimension.DISTANCE) {
            bool.filter(f.spatial().within().field("location")
                    .circle(GeoPoint.of(q.near().latitude(), q.near().longitude()), q.near().kilometres(), DistanceUnit.KILOMETERS));
        }
        filter(f, bool, "contract", q.contracts(), without != BoardQuery.Dimension.CONTRACT);
        filter(f, bool, "domainCode", q.domains(), without != BoardQuery.Dimension.DOMAIN);
        filter(f, bool, "regionCode", q.regions(), without != BoardQuery.Dimension.REGION);
        filter(f, bool, "level", q.levels(), without != BoardQuery.Dimension.LEVEL);
        filter(f, bool, "clusterId", q.clusters(), without != BoardQuery.Dimension.CLUSTER);
        if (clusterIds != null && companyIds != null) {
            var either = f.bool();
            if (!clusterIds.isEmpty()) {
                either.should(f.terms().field("clusterId").matchingAny(clusterIds));
            }
            if (!companyIds.isEmpty()) {
                either.should(f.terms().field("companyId").matchingAny(companyIds));
            }
            bool.filter(either);
        }
        return bool;
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field, Collection<?> values, boolean apply) {
        if (apply && !values.isEmpty()) {
            bool.filter(f.terms().field(field).matchingAny(values));
        }
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
